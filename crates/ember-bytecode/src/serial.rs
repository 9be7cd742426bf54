//! Code objects as bytes, for the bytecode cache (`__pycache__/*.ember-311.pyc`) and
//! `marshal`: a compact, versioned encoding (LEB128 integers, length-prefixed strings,
//! tagged constants) that decodes without trusting its input: a truncated or corrupt
//! payload gives `None`, never a panic, and every index an instruction holds is checked
//! against the code object it belongs to.

use crate::code::{CodeObject, Constant, ExceptionEntry, Position};
use crate::instr::{Instr, Opcode};
use crate::operand::{AnyOperand, Label, Reg};
use num_bigint::BigInt;
use std::rc::Rc;

/// Identifies the instruction table: a cache written by an Ember with another table
/// must not be read.
pub fn table_fingerprint() -> u64 {
    let mut h = Fnv::new();
    for op in Opcode::ALL {
        h.write(op.name().as_bytes());
        for n in op.operand_names() {
            h.write(n.as_bytes());
        }
        h.write(b";");
    }
    h.finish()
}

/// FNV-1a, 64 bits: the cache's checksum and fingerprints.
pub struct Fnv(u64);

impl Fnv {
    pub fn new() -> Fnv {
        Fnv(0xcbf29ce484222325)
    }
    pub fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= b as u64;
            self.0 = self.0.wrapping_mul(0x100000001b3);
        }
    }
    pub fn finish(&self) -> u64 {
        self.0
    }
}

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv::new()
    }
}

/// The bytes of `code` (and every code object nested in its constants).
pub fn encode(code: &CodeObject) -> Vec<u8> {
    let mut out = Vec::with_capacity(code.instrs.len() * 12 + 256);
    write_code(code, &mut out);
    out
}

/// The code object encoded in `bytes`, if they hold exactly one valid one.
pub fn decode(bytes: &[u8]) -> Option<CodeObject> {
    let mut input = bytes;
    let code = read_code(&mut input, 0)?;
    input.is_empty().then_some(code)
}

fn write_uint(mut n: u64, out: &mut Vec<u8>) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn write_bytes(b: &[u8], out: &mut Vec<u8>) {
    write_uint(b.len() as u64, out);
    out.extend_from_slice(b);
}

fn write_strs(v: &[String], out: &mut Vec<u8>) {
    write_uint(v.len() as u64, out);
    for s in v {
        write_bytes(s.as_bytes(), out);
    }
}

fn write_code(c: &CodeObject, out: &mut Vec<u8>) {
    for s in [&c.name, &c.qualname, &c.filename] {
        write_bytes(s.as_bytes(), out);
    }
    for n in [
        c.firstlineno,
        c.argcount,
        c.posonlyargcount,
        c.kwonlyargcount,
        c.flags,
        c.nregs,
    ] {
        write_uint(n as u64, out);
    }
    write_strs(&c.varnames, out);
    write_strs(&c.cellvars, out);
    write_uint(c.cell_args.len() as u64, out);
    for a in &c.cell_args {
        write_uint(a.map_or(0, |r| r.0 as u64 + 1), out);
    }
    write_strs(&c.freevars, out);
    write_strs(&c.names, out);
    write_uint(c.consts.len() as u64, out);
    for k in &c.consts {
        write_const(k, out);
    }
    write_uint(c.instrs.len() as u64, out);
    for i in &c.instrs {
        i.encode(out);
    }
    write_uint(c.positions.len() as u64, out);
    for p in &c.positions {
        for n in [p.line, p.end_line, p.col, p.end_col] {
            write_uint(n as u64, out);
        }
    }
    write_uint(c.exception_table.len() as u64, out);
    for e in &c.exception_table {
        for n in [
            e.start.0,
            e.end.0,
            e.handler.0,
            e.exc.0 as u32,
            e.temps.0 as u32,
        ] {
            write_uint(n as u64, out);
        }
    }
    match &c.docstring {
        Some(d) => {
            out.push(1);
            write_bytes(d.as_bytes(), out);
        }
        None => out.push(0),
    }
}

fn write_const(k: &Constant, out: &mut Vec<u8>) {
    match k {
        Constant::None => out.push(0),
        Constant::True => out.push(1),
        Constant::False => out.push(2),
        Constant::Ellipsis => out.push(3),
        Constant::Int(i) => {
            out.push(4);
            out.extend_from_slice(&i.to_le_bytes());
        }
        Constant::BigInt(b) => {
            out.push(5);
            write_bytes(&b.to_signed_bytes_le(), out);
        }
        Constant::Float(f) => {
            out.push(6);
            out.extend_from_slice(&f.to_bits().to_le_bytes());
        }
        Constant::Complex(re, im) => {
            out.push(7);
            out.extend_from_slice(&re.to_bits().to_le_bytes());
            out.extend_from_slice(&im.to_bits().to_le_bytes());
        }
        Constant::Str(s) => {
            out.push(8);
            write_bytes(s.as_bytes(), out);
        }
        Constant::StrWithSurrogates(cps) => {
            out.push(9);
            write_uint(cps.len() as u64, out);
            for &c in cps {
                write_uint(c as u64, out);
            }
        }
        Constant::Bytes(b) => {
            out.push(10);
            write_bytes(b, out);
        }
        Constant::Tuple(items) => {
            out.push(11);
            write_uint(items.len() as u64, out);
            for i in items {
                write_const(i, out);
            }
        }
        Constant::Code(c) => {
            out.push(12);
            write_code(c, out);
        }
    }
}

fn read_byte(input: &mut &[u8]) -> Option<u8> {
    let (&b, rest) = input.split_first()?;
    *input = rest;
    Some(b)
}

fn read_uint(input: &mut &[u8]) -> Option<u64> {
    let mut n = 0u64;
    for shift in (0..64).step_by(7) {
        let b = read_byte(input)?;
        n |= ((b & 0x7f) as u64) << shift;
        if b & 0x80 == 0 {
            return Some(n);
        }
    }
    None
}

fn read_u32(input: &mut &[u8]) -> Option<u32> {
    u32::try_from(read_uint(input)?).ok()
}

/// A length that cannot exceed what is left of the input (each item takes a byte).
fn read_len(input: &mut &[u8]) -> Option<usize> {
    let n = read_uint(input)? as usize;
    (n <= input.len()).then_some(n)
}

fn read_slice<'a>(input: &mut &'a [u8]) -> Option<&'a [u8]> {
    let n = read_len(input)?;
    let (b, rest) = input.split_at(n);
    *input = rest;
    Some(b)
}

fn read_string(input: &mut &[u8]) -> Option<String> {
    std::str::from_utf8(read_slice(input)?)
        .ok()
        .map(str::to_string)
}

fn read_strs(input: &mut &[u8]) -> Option<Vec<String>> {
    let n = read_len(input)?;
    (0..n).map(|_| read_string(input)).collect()
}

fn read_fixed<const N: usize>(input: &mut &[u8]) -> Option<[u8; N]> {
    let (b, rest) = input.split_first_chunk::<N>()?;
    *input = rest;
    Some(*b)
}

/// Nesting limit for code objects and constant tuples in a payload.
const MAX_DEPTH: u32 = 200;

fn read_code(input: &mut &[u8], depth: u32) -> Option<CodeObject> {
    if depth > MAX_DEPTH {
        return None;
    }
    let name = read_string(input)?;
    let qualname = read_string(input)?;
    let filename = read_string(input)?;
    let firstlineno = read_u32(input)?;
    let argcount = read_u32(input)?;
    let posonlyargcount = read_u32(input)?;
    let kwonlyargcount = read_u32(input)?;
    let flags = read_u32(input)?;
    let nregs = read_u32(input)?;
    let varnames = read_strs(input)?;
    let cellvars = read_strs(input)?;
    let n = read_len(input)?;
    let cell_args = (0..n)
        .map(|_| {
            let r = read_u32(input)?;
            Some(if r == 0 {
                None
            } else {
                Some(Reg(u16::try_from(r - 1).ok()?))
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let freevars = read_strs(input)?;
    let names = read_strs(input)?;
    let n = read_len(input)?;
    let consts = (0..n)
        .map(|_| read_const(input, depth + 1))
        .collect::<Option<Vec<_>>>()?;
    let n = read_len(input)?;
    let instrs = (0..n)
        .map(|_| Instr::decode(input))
        .collect::<Option<Vec<_>>>()?;
    let n = read_len(input)?;
    let positions = (0..n)
        .map(|_| {
            Some(Position {
                line: read_u32(input)?,
                end_line: read_u32(input)?,
                col: read_u32(input)?,
                end_col: read_u32(input)?,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let n = read_len(input)?;
    let exception_table = (0..n)
        .map(|_| {
            Some(ExceptionEntry {
                start: Label(read_u32(input)?),
                end: Label(read_u32(input)?),
                handler: Label(read_u32(input)?),
                exc: Reg(u16::try_from(read_u32(input)?).ok()?),
                temps: Reg(u16::try_from(read_u32(input)?).ok()?),
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let docstring = match read_byte(input)? {
        0 => None,
        1 => Some(read_string(input)?),
        _ => return None,
    };
    let code = CodeObject {
        name,
        qualname,
        filename,
        firstlineno,
        argcount,
        posonlyargcount,
        kwonlyargcount,
        flags,
        nregs,
        varnames,
        cellvars,
        cell_args,
        freevars,
        names,
        consts,
        instrs,
        positions,
        exception_table,
        docstring,
    };
    indexes_valid(&code).then_some(code)
}

fn read_const(input: &mut &[u8], depth: u32) -> Option<Constant> {
    if depth > MAX_DEPTH {
        return None;
    }
    Some(match read_byte(input)? {
        0 => Constant::None,
        1 => Constant::True,
        2 => Constant::False,
        3 => Constant::Ellipsis,
        4 => Constant::Int(i64::from_le_bytes(read_fixed(input)?)),
        5 => Constant::BigInt(BigInt::from_signed_bytes_le(read_slice(input)?)),
        6 => Constant::Float(f64::from_bits(u64::from_le_bytes(read_fixed(input)?))),
        7 => {
            let re = f64::from_bits(u64::from_le_bytes(read_fixed(input)?));
            let im = f64::from_bits(u64::from_le_bytes(read_fixed(input)?));
            Constant::Complex(re, im)
        }
        8 => Constant::Str(read_string(input)?),
        9 => {
            let n = read_len(input)?;
            let cps = (0..n)
                .map(|_| read_u32(input).filter(|&c| c <= 0x10ffff))
                .collect::<Option<Vec<_>>>()?;
            Constant::StrWithSurrogates(cps)
        }
        10 => Constant::Bytes(read_slice(input)?.to_vec()),
        11 => {
            let n = read_len(input)?;
            let items = (0..n)
                .map(|_| read_const(input, depth + 1))
                .collect::<Option<Vec<_>>>()?;
            Constant::Tuple(items)
        }
        12 => Constant::Code(Rc::new(read_code(input, depth + 1)?)),
        _ => return None,
    })
}

/// Every register, constant, name and jump target an instruction holds lies inside the
/// code object, and the side tables have one row per instruction: what the VM assumes
/// of the compiler's output. (Register windows are checked by their first register; the
/// VM reads windows through bounds-checked slices.)
fn indexes_valid(c: &CodeObject) -> bool {
    let nregs = c.nregs as usize;
    let ninstrs = c.instrs.len();
    if c.positions.len() != ninstrs
        || c.varnames.len() + c.cellvars.len() + c.freevars.len() > nregs
        || c.cell_args.len() != c.cellvars.len()
    {
        return false;
    }
    let ok_label = |l: Label| (l.0 as usize) <= ninstrs;
    let table_ok = c.exception_table.iter().all(|e| {
        ok_label(e.start) && ok_label(e.end) && ok_label(e.handler) && (e.exc.0 as usize) < nregs
    });
    table_ok
        && c.instrs.iter().all(|i| {
            let mut ok = true;
            i.for_each_operand(|o| {
                ok &= match o {
                    AnyOperand::Reg(r) => (r.0 as usize) < nregs,
                    AnyOperand::Const(k) => (k.0 as usize) < c.consts.len(),
                    AnyOperand::Name(n) => (n.0 as usize) < c.names.len(),
                    AnyOperand::Label(l) => ok_label(l),
                    AnyOperand::Count(_) | AnyOperand::Imm(_) => true,
                }
            });
            ok
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> CodeObject {
        let inner = CodeObject {
            name: "f".into(),
            qualname: "f".into(),
            filename: "m.py".into(),
            nregs: 2,
            varnames: vec!["x".into()],
            instrs: vec![Instr::Nop {}],
            positions: vec![Position::default()],
            ..CodeObject::default()
        };
        CodeObject {
            name: "<module>".into(),
            qualname: "<module>".into(),
            filename: "m.py".into(),
            nregs: 3,
            names: vec!["print".into()],
            consts: vec![
                Constant::Int(-5),
                Constant::BigInt(BigInt::from(1u8) << 100),
                Constant::Float(1.5),
                Constant::Str("héllo".into()),
                Constant::StrWithSurrogates(vec![0xd800, 0x41]),
                Constant::Tuple(vec![Constant::None, Constant::Bytes(vec![0, 255])]),
                Constant::Code(Rc::new(inner)),
            ],
            instrs: vec![Instr::Nop {}, Instr::Nop {}],
            positions: vec![Position::default(); 2],
            docstring: Some("doc".into()),
            ..CodeObject::default()
        }
    }

    #[test]
    fn round_trip() {
        let c = sample();
        assert_eq!(decode(&encode(&c)), Some(c));
    }

    #[test]
    fn truncated_or_corrupt_input_is_refused() {
        let bytes = encode(&sample());
        for n in 0..bytes.len() {
            assert_eq!(decode(&bytes[..n]), None, "prefix of {} bytes", n);
        }
        let mut extra = bytes.clone();
        extra.push(0);
        assert_eq!(decode(&extra), None);
    }
}
