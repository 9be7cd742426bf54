//! Code objects as the compiler produces them: instructions, constants, names, the
//! register layout, source positions and the exception table.
//!
//! A `CodeObject` is plain data with no VM values in it, so the compiler never depends on
//! the VM. The VM turns `Constant`s into objects once, when it first loads a code object.

use crate::instr::Instr;
use crate::operand::{Label, Reg};
use num_bigint::BigInt;
use std::rc::Rc;

/// A constant of a code object.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    /// An int that fits in 64 bits.
    Int(i64),
    /// An int that does not.
    BigInt(BigInt),
    Float(f64),
    /// `complex(real, imag)`.
    Complex(f64, f64),
    Str(String),
    /// A str holding lone surrogates (`"\ud800"`), which a Rust `String` cannot: its
    /// code points.
    StrWithSurrogates(Vec<u32>),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    /// A nested function, lambda, comprehension or class body.
    Code(Rc<CodeObject>),
}

/// Code flags, as CPython's `co_flags` bits where CPython has the same flag.
pub mod flags {
    /// Locals live in registers (functions); otherwise names go through a mapping.
    pub const OPTIMIZED: u32 = 0x1;
    /// A new locals mapping per call.
    pub const NEWLOCALS: u32 = 0x2;
    /// Takes `*args`.
    pub const VARARGS: u32 = 0x4;
    /// Takes `**kwargs`.
    pub const VARKEYWORDS: u32 = 0x8;
    /// Defined inside another function.
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const COROUTINE: u32 = 0x80;
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;
    /// Code whose calls make a generator, coroutine or asynchronous generator object.
    pub const SUSPENDABLE: u32 = GENERATOR | COROUTINE | ASYNC_GENERATOR;
}

/// Source position of one instruction (1-based lines, 0-based UTF-8 columns as CPython's
/// `co_positions`). `line == 0` means no position (synthetic instructions).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// One row of the exception table: an exception raised by an instruction in
/// `start .. end` jumps to `handler` with the exception object in register `exc`.
/// Rows are ordered innermost first: the first row that covers a pc wins.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: Label,
    pub end: Label,
    pub handler: Label,
    pub exc: Reg,
    /// Registers from this one up are temporaries of the protected code, dead when the
    /// handler runs: unwinding releases them, as CPython pops its value stack.
    pub temps: Reg,
}

/// A compiled function, class body, module or comprehension.
///
/// Register layout: `varnames` occupy registers `0 .. varnames.len()` (parameters first,
/// in CPython's order: positional, keyword-only, `*args`, `**kwargs`), then one register
/// per cell variable (holding its cell), then one per free variable (holding the cell
/// taken from the closure), then temporaries up to `nregs`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct CodeObject {
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub nregs: u32,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    /// For each cell variable that is also a parameter, the parameter's register: the
    /// argument is moved into the new cell when the frame starts.
    pub cell_args: Vec<Option<Reg>>,
    pub freevars: Vec<String>,
    pub names: Vec<String>,
    pub consts: Vec<Constant>,
    pub instrs: Vec<Instr>,
    /// `positions[i]` is where `instrs[i]` came from.
    pub positions: Vec<Position>,
    pub exception_table: Vec<ExceptionEntry>,
    /// The docstring, when the body starts with one (functions, classes, modules).
    pub docstring: Option<String>,
}

impl CodeObject {
    /// The register holding the cell of cell variable `i`.
    pub fn cell_reg(&self, i: usize) -> Reg {
        Reg((self.varnames.len() + i) as u16)
    }
    /// The register holding the cell of free variable `i`.
    pub fn free_reg(&self, i: usize) -> Reg {
        Reg((self.varnames.len() + self.cellvars.len() + i) as u16)
    }
    /// Number of registers holding named locals and cells (the rest are temporaries).
    pub fn nnamed(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }
    /// The name of register `reg` when it holds a local or a cell, for error messages.
    pub fn reg_name(&self, reg: Reg) -> Option<&str> {
        let i = reg.index();
        let nv = self.varnames.len();
        let nc = self.cellvars.len();
        if i < nv {
            Some(&self.varnames[i])
        } else if i < nv + nc {
            Some(&self.cellvars[i - nv])
        } else {
            self.freevars.get(i - nv - nc).map(|s| s.as_str())
        }
    }
    pub fn has_flag(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }
    /// Total number of parameters, counting `*args` and `**kwargs`.
    pub fn total_args(&self) -> usize {
        (self.argcount
            + self.kwonlyargcount
            + u32::from(self.has_flag(flags::VARARGS))
            + u32::from(self.has_flag(flags::VARKEYWORDS))) as usize
    }
    /// The line of the instruction at `pc` (0 when unknown).
    pub fn line_at(&self, pc: usize) -> u32 {
        self.positions.get(pc).map_or(0, |p| p.line)
    }
    /// Disassembly of this code object and the ones nested in it, one instruction a line.
    pub fn disassemble(&self) -> String {
        let mut out = String::new();
        self.disassemble_into(&mut out);
        out
    }
    fn disassemble_into(&self, out: &mut String) {
        use std::fmt::Write;
        let _ = writeln!(
            out,
            "code {} ({}:{}) nregs={} varnames={:?} cellvars={:?} freevars={:?}",
            self.qualname,
            self.filename,
            self.firstlineno,
            self.nregs,
            self.varnames,
            self.cellvars,
            self.freevars
        );
        for (i, ins) in self.instrs.iter().enumerate() {
            let _ = writeln!(out, "  {:4} L{:<4} {}", i, self.line_at(i), ins);
        }
        for e in &self.exception_table {
            let _ = writeln!(
                out,
                "  except {}..{} -> {} exc={}",
                e.start, e.end, e.handler, e.exc
            );
        }
        for (i, c) in self.consts.iter().enumerate() {
            match c {
                Constant::Code(code) => {
                    let _ = writeln!(out, "  k{} = <code {}>", i, code.qualname);
                }
                other => {
                    let _ = writeln!(out, "  k{} = {:?}", i, other);
                }
            }
        }
        for c in &self.consts {
            if let Constant::Code(code) = c {
                out.push('\n');
                code.disassemble_into(out);
            }
        }
    }
}
