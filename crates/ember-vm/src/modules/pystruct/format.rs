//! `_struct` format strings: parsing (byte order, sizes and alignment as CPython's
//! `prepare_s`), and packing and unpacking of each format character with CPython's
//! per-table behaviour (native `@`, little-endian `<`/`=` which on this platform reuses
//! the native routines where sizes agree, big-endian `>`/`!`).

use super::struct_error;
use crate::error::{PyErr, PyResult};
use crate::modules::math::as_double;
use crate::objects::bytes::{new_bytes, ByteArrayData, BytesData};
use crate::objects::float::new_float;
use crate::objects::int::{new_bigint, new_int, to_bigint};
use crate::ops;
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// The byte order and size mode given by a format's first character.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Mode {
    /// `@`: native order, sizes and alignment.
    Native,
    /// `<` and `=`: little-endian, standard sizes, no alignment.
    Little,
    /// `>` and `!`: big-endian, standard sizes, no alignment.
    Big,
}

/// One format code with its repeat count.
#[derive(Clone, Copy, Debug)]
pub(super) struct Code {
    pub ch: u8,
    pub count: usize,
    /// Offset of the first item in the packed bytes.
    pub offset: usize,
    /// Size of one item.
    pub size: usize,
}

/// A parsed format.
pub(super) struct Format {
    pub mode: Mode,
    pub codes: Vec<Code>,
    /// Total size in bytes.
    pub size: usize,
    /// Number of values packed or unpacked.
    pub len: usize,
}

/// Size and alignment of a format character in a mode, None when it is not one.
fn size_align(mode: Mode, c: u8) -> Option<(usize, usize)> {
    let native = mode == Mode::Native;
    let size = match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    };
    let align = if native && !matches!(c, b's' | b'p' | b'x') {
        size
    } else {
        0
    };
    Some((size, align))
}

#[cold]
fn too_long() -> PyErr {
    struct_error("total struct size too long")
}

/// Parses a format (CPython's `prepare_s`).
pub(super) fn parse(fmt: &[u8]) -> PyResult<Format> {
    let (mode, body) = match fmt.first() {
        Some(b'@') => (Mode::Native, &fmt[1..]),
        Some(b'<' | b'=') => (Mode::Little, &fmt[1..]),
        Some(b'>' | b'!') => (Mode::Big, &fmt[1..]),
        _ => (Mode::Native, fmt),
    };
    let mut codes = Vec::new();
    let (mut size, mut len) = (0usize, 0usize);
    let mut i = 0;
    while i < body.len() {
        let mut c = body[i];
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            count = usize::from(c - b'0');
            loop {
                let Some(&d) = body.get(i) else {
                    return Err(struct_error("repeat count given without format specifier"));
                };
                i += 1;
                if !d.is_ascii_digit() {
                    c = d;
                    break;
                }
                count = count
                    .checked_mul(10)
                    .and_then(|n| n.checked_add(usize::from(d - b'0')))
                    .filter(|&n| n <= isize::MAX as usize)
                    .ok_or_else(too_long)?;
            }
        }
        let Some((item, align)) = size_align(mode, c) else {
            return Err(struct_error("bad char in struct format"));
        };
        match c {
            b's' | b'p' => len += 1,
            b'x' => {}
            _ => len += count,
        }
        if align > 0 && size > 0 {
            size += (align - 1) - (size - 1) % align;
        }
        let total = count
            .checked_mul(item)
            .and_then(|n| n.checked_add(size))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(too_long)?;
        codes.push(Code {
            ch: c,
            count,
            offset: size,
            size: item,
        });
        size = total;
    }
    Ok(Format {
        mode,
        codes,
        size,
        len,
    })
}

// ---- packing -----------------------------------------------------------------------

/// An int argument (`get_pylong`): ints, or objects with `__index__`.
fn get_int(v: &Value) -> PyResult<BigInt> {
    if let Some(i) = to_bigint(v) {
        return Ok(i);
    }
    match ops::index_opt(v)? {
        Some(i) => Ok(to_bigint(&i).expect("__index__ gives an int")),
        None => Err(struct_error("required argument is not an integer")),
    }
}

#[cold]
fn out_of_range() -> PyErr {
    struct_error("argument out of range")
}

/// CPython's `_range_error`: the limits of an item of `size` bytes.
#[cold]
fn range_error(c: u8, size: usize, unsigned: bool) -> PyErr {
    let ulargest: u64 = u64::MAX >> ((8 - size) * 8);
    if unsigned {
        struct_error(format!(
            "'{}' format requires 0 <= number <= {}",
            c as char, ulargest
        ))
    } else {
        let largest = (ulargest >> 1) as i64;
        struct_error(format!(
            "'{}' format requires {} <= number <= {}",
            c as char, !largest, largest
        ))
    }
}

/// `get_long`: an int that fits an i64.
fn get_long(v: &Value) -> PyResult<i64> {
    get_int(v)?.to_i64().ok_or_else(out_of_range)
}

/// `get_ulong`: a non-negative int that fits a u64.
fn get_ulong(v: &Value) -> PyResult<u64> {
    get_int(v)?.to_u64().ok_or_else(out_of_range)
}

/// Raised as OverflowError; `pack` turns it into struct.error for int arguments.
#[cold]
fn int_too_large() -> PyErr {
    PyErr::overflow_error("int too large to convert")
}

/// The bits of an integer item, two's complement, before byte ordering.
fn int_bits(mode: Mode, c: u8, size: usize, v: &Value) -> PyResult<u64> {
    let native_routine = match mode {
        Mode::Native => true,
        // On a little-endian machine CPython swaps in the native routines wherever
        // the standard size equals the native one.
        Mode::Little => !matches!(c, b'l' | b'L'),
        Mode::Big => matches!(c, b'b' | b'B'),
    };
    if native_routine {
        return Ok(match c {
            b'b' => {
                let x = get_long(v)?;
                if !(-128..=127).contains(&x) {
                    return Err(struct_error("byte format requires -128 <= number <= 127"));
                }
                x as u64
            }
            b'B' => {
                let x = get_long(v)?;
                if !(0..=255).contains(&x) {
                    return Err(struct_error("ubyte format requires 0 <= number <= 255"));
                }
                x as u64
            }
            b'h' => {
                let x = get_long(v)?;
                if !(-32768..=32767).contains(&x) {
                    return Err(struct_error(
                        "short format requires -32768 <= number <= 32767",
                    ));
                }
                x as u64
            }
            b'H' => {
                let x = get_long(v)?;
                if !(0..=65535).contains(&x) {
                    return Err(struct_error("ushort format requires 0 <= number <= 65535"));
                }
                x as u64
            }
            b'i' => {
                let x = get_long(v)?;
                if i32::try_from(x).is_err() {
                    return Err(range_error(c, 4, false));
                }
                x as u64
            }
            b'I' => {
                let x = get_ulong(v)?;
                if x > u64::from(u32::MAX) {
                    return Err(range_error(c, 4, true));
                }
                x
            }
            b'l' | b'q' | b'n' => get_long(v)? as u64,
            b'L' | b'Q' | b'N' => get_ulong(v)?,
            // b'P': PyLong_AsVoidPtr.
            _ => {
                let i = get_int(v)?;
                match i.to_i64() {
                    Some(x) => x as u64,
                    None => i.to_u64().ok_or_else(int_too_large)?,
                }
            }
        });
    }
    // The standard routines (`lp_int`/`bp_int` and friends).
    let unsigned = c.is_ascii_uppercase();
    if size == 8 {
        let i = get_int(v)?;
        return if unsigned {
            i.to_u64().ok_or_else(int_too_large)
        } else {
            i.to_i64().map(|x| x as u64).ok_or_else(int_too_large)
        };
    }
    if unsigned {
        let x = get_ulong(v)?;
        if x >> (size * 8) != 0 {
            return Err(range_error(c, size, true));
        }
        Ok(x)
    } else {
        let x = get_long(v)?;
        let limit = 1i64 << (size * 8 - 1);
        if !(-limit..limit).contains(&x) {
            return Err(range_error(c, size, false));
        }
        Ok(x as u64)
    }
}

fn put_bits(mode: Mode, out: &mut [u8], bits: u64) {
    let size = out.len();
    for (k, b) in out.iter_mut().enumerate() {
        let shift = match mode {
            Mode::Big => (size - 1 - k) * 8,
            _ => k * 8,
        };
        *b = (bits >> shift) as u8;
    }
}

/// A float argument: struct.error for anything `PyFloat_AsDouble` refuses.
fn get_double(v: &Value) -> PyResult<f64> {
    as_double(v).map_err(|_| struct_error("required argument is not a float"))
}

/// A double rounded to IEEE half precision, ties to even (`PyFloat_Pack2`).
fn f64_to_half(x: f64) -> PyResult<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Ok(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Ok(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Ok(sign);
    }
    let (m, e) = ops::frexp(a); // a == m * 2**e, 0.5 <= m < 1
    if e < -13 {
        // Below 2**-14: a subnormal, in units of 2**-24 (the scaling is exact); 0x400
        // after rounding up is the smallest normal's encoding.
        let scaled = crate::modules::math::ldexp(a, 24);
        return Ok(sign | round_half_even(scaled) as u16);
    }
    // Normal: m*2 in [1, 2), ten fraction bits.
    let frac = round_half_even((m * 2.0 - 1.0) * 1024.0) as u32;
    let mut exp = (e - 1 + 15) as u16;
    let mut bits = frac as u16;
    if frac == 1024 {
        bits = 0;
        exp += 1;
    }
    if exp >= 31 {
        return Err(PyErr::overflow_error(
            "float too large to pack with e format",
        ));
    }
    Ok(sign | (exp << 10) | bits)
}

fn round_half_even(x: f64) -> f64 {
    let r = x.round();
    if (r - x).abs() == 0.5 && r % 2.0 != 0.0 {
        r - x.signum()
    } else {
        r
    }
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = (h >> 10) & 0x1f;
    let frac = f64::from(h & 0x3ff);
    sign * match exp {
        0 => frac * 2f64.powi(-24),
        31 => {
            if frac == 0.0 {
                f64::INFINITY
            } else {
                f64::NAN
            }
        }
        _ => (1.0 + frac / 1024.0) * 2f64.powi(i32::from(exp) - 15),
    }
}

/// Packs one value of code `c` (size `out.len()`) into `out`.
fn pack_one(mode: Mode, c: u8, v: &Value, out: &mut [u8]) -> PyResult<()> {
    match c {
        b'?' => out[0] = u8::from(ops::is_true(v)?),
        b'c' => {
            let b = byte_string(v)
                .filter(|b| b.len() == 1)
                .ok_or_else(|| struct_error("char format requires a bytes object of length 1"))?;
            out[0] = b[0];
        }
        b'e' => {
            let h = f64_to_half(get_double(v)?)?;
            put_bits(mode, out, u64::from(h));
        }
        b'f' => {
            let x = get_double(v)?;
            let y = x as f32;
            if y.is_infinite() && !x.is_infinite() && mode != Mode::Native {
                return Err(PyErr::overflow_error(
                    "float too large to pack with f format",
                ));
            }
            put_bits(mode, out, u64::from(y.to_bits()));
        }
        b'd' => put_bits(mode, out, get_double(v)?.to_bits()),
        _ => {
            let bits = int_bits(mode, c, out.len(), v)?;
            put_bits(mode, out, bits);
        }
    }
    Ok(())
}

/// The bytes of a bytes or bytearray argument.
fn byte_string(v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = v.downcast::<BytesData>() {
        return Some(b.0.to_vec());
    }
    v.downcast::<ByteArrayData>().map(|b| b.bytes().to_vec())
}

/// Packs `args` (exactly `fmt.len` of them) into `out` (`fmt.size` zeroed bytes).
pub(super) fn pack_into(fmt: &Format, args: &[Value], out: &mut [u8]) -> PyResult<()> {
    let mut args = args.iter();
    for code in &fmt.codes {
        let at = code.offset;
        match code.ch {
            b'x' => {}
            b's' | b'p' => {
                let v = args.next().expect("the caller checked the count");
                let data = byte_string(v).ok_or_else(|| {
                    struct_error(format!(
                        "argument for '{}' must be a bytes object",
                        code.ch as char
                    ))
                })?;
                let field = &mut out[at..at + code.count];
                if code.ch == b's' {
                    let n = data.len().min(code.count);
                    field[..n].copy_from_slice(&data[..n]);
                } else if code.count > 0 {
                    let n = data.len().min(code.count - 1);
                    field[1..1 + n].copy_from_slice(&data[..n]);
                    field[0] = n.min(255) as u8;
                }
            }
            c => {
                for k in 0..code.count {
                    let v = args.next().expect("the caller checked the count");
                    let start = at + k * code.size;
                    pack_one(fmt.mode, c, v, &mut out[start..start + code.size]).map_err(|e| {
                        if crate::objects::int::is_int(v)
                            && e.matches(&crate::vm::types().overflow_error)
                        {
                            struct_error("int too large to convert")
                        } else {
                            e
                        }
                    })?;
                }
            }
        }
    }
    Ok(())
}

// ---- unpacking ---------------------------------------------------------------------

fn get_bits(mode: Mode, data: &[u8]) -> u64 {
    let mut bits = 0u64;
    for (k, &b) in data.iter().enumerate() {
        let shift = match mode {
            Mode::Big => (data.len() - 1 - k) * 8,
            _ => k * 8,
        };
        bits |= u64::from(b) << shift;
    }
    bits
}

fn unpack_one(mode: Mode, c: u8, data: &[u8]) -> Value {
    let bits = get_bits(mode, data);
    match c {
        b'?' => Value::bool(data.iter().any(|&b| b != 0)),
        b'c' => new_bytes(data.to_vec()),
        b'e' => new_float(half_to_f64(bits as u16)),
        b'f' => new_float(f64::from(f32::from_bits(bits as u32))),
        b'd' => new_float(f64::from_bits(bits)),
        c if c.is_ascii_uppercase() => {
            if bits > i64::MAX as u64 {
                new_bigint(BigInt::from(bits))
            } else {
                new_int(bits as i64)
            }
        }
        _ => {
            let shift = 64 - data.len() * 8;
            new_int(((bits << shift) as i64) >> shift)
        }
    }
}

/// The values packed in `data` (exactly `fmt.size` bytes).
pub(super) fn unpack(fmt: &Format, data: &[u8]) -> Vec<Value> {
    let mut out = Vec::with_capacity(fmt.len);
    for code in &fmt.codes {
        let at = code.offset;
        match code.ch {
            b'x' => {}
            b's' => out.push(new_bytes(data[at..at + code.count].to_vec())),
            b'p' => {
                let field = &data[at..at + code.count];
                let n = field
                    .first()
                    .map_or(0, |&n| usize::from(n).min(code.count.saturating_sub(1)));
                out.push(new_bytes(
                    field.get(1..1 + n).map(<[u8]>::to_vec).unwrap_or_default(),
                ));
            }
            c => {
                for k in 0..code.count {
                    let start = at + k * code.size;
                    out.push(unpack_one(fmt.mode, c, &data[start..start + code.size]));
                }
            }
        }
    }
    out
}
