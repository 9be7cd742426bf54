//! Code objects as the VM holds them: the compiler's `CodeObject` plus its constants and
//! names turned into objects, and the instruction array that quickening may rewrite.

use crate::object::{alloc, Kind, Payload};
use crate::objects::str::{new_str, StrData};
use crate::value::Value;
use crate::vm::types;
use ember_bytecode::{CodeObject, Constant, Instr};
use std::cell::UnsafeCell;
use std::rc::Rc;

pub struct CodeData {
    pub code: Rc<CodeObject>,
    /// The instructions the interpreter runs (quickened in place).
    pub instrs: UnsafeCell<Box<[Instr]>>,
    pub consts: Box<[Value]>,
    /// Interned names.
    pub names: Box<[Value]>,
    pub name: Value,
    pub qualname: Value,
    pub filename: Value,
    /// Interned varnames (for keyword argument binding).
    pub varnames: Box<[Value]>,
    /// Parameters are plain positional ones (no `*args`, `**kwargs`, keyword-only), so
    /// a call with exactly `argcount` positional arguments copies them straight in.
    pub simple_args: bool,
    /// The frame needs cells made at entry (cell or free variables exist).
    pub has_cells: bool,
    /// The number of positional arguments of a call that needs no argument binder (simple
    /// parameters, no cells, not a generator), or `usize::MAX`: one compare decides the
    /// interpreter's fast call.
    pub fast_argc: usize,
    /// Registers of a frame (`code.nregs`, read on every call).
    pub nregs: usize,
    /// Inline caches of `LoadGlobal`, indexed by the instruction's position.
    pub global_cache: Box<[GlobalCache]>,
}

/// The cache of one `LoadGlobal`: the value found, valid while the globals dict (by
/// identity and version) and the builtins dict (by version) are unchanged. A write to
/// either dict changes its version, so a hit is two compares and a clone, never a hash
/// lookup (the dict-watcher scheme of DESIGN.md section 5, in its simplest form).
#[derive(Default)]
pub struct GlobalCache {
    pub globals_id: std::cell::Cell<usize>,
    pub globals_version: std::cell::Cell<u64>,
    pub builtins_version: std::cell::Cell<u64>,
    pub value: crate::slot::Slot,
}

impl Payload for CodeData {
    const KIND: Kind = Kind::Code;
}

impl CodeData {
    #[inline]
    pub fn instrs(&self) -> &[Instr] {
        // SAFETY: instructions are rewritten only one at a time by quickening, to an
        // instruction of the same family and size; no reference to one is held across it.
        unsafe { &*self.instrs.get() }
    }
}

/// Wraps a compiled code object, converting its constants recursively.
pub fn new_code(code: Rc<CodeObject>) -> Value {
    let consts = code.consts.iter().map(constant_to_value).collect();
    let names = code.names.iter().map(|n| StrData::intern(n)).collect();
    let varnames = code.varnames.iter().map(|n| StrData::intern(n)).collect();
    let simple_args = code.kwonlyargcount == 0
        && !code.has_flag(ember_bytecode::flags::VARARGS)
        && !code.has_flag(ember_bytecode::flags::VARKEYWORDS);
    let has_cells = !code.cellvars.is_empty() || !code.freevars.is_empty();
    let generator = code.has_flag(ember_bytecode::flags::GENERATOR);
    let data = CodeData {
        instrs: UnsafeCell::new(code.instrs.clone().into_boxed_slice()),
        consts,
        names,
        name: StrData::intern(&code.name),
        qualname: new_str(&code.qualname),
        filename: new_str(&code.filename),
        varnames,
        simple_args,
        has_cells,
        fast_argc: if simple_args && !has_cells && !generator {
            code.argcount as usize
        } else {
            usize::MAX
        },
        nregs: code.nregs as usize,
        global_cache: (0..code.instrs.len())
            .map(|_| GlobalCache::default())
            .collect(),
        code,
    };
    alloc(&types().code, data)
}

/// A constant as an object.
pub fn constant_to_value(c: &Constant) -> Value {
    use crate::objects::*;
    match c {
        Constant::None => Value::NONE,
        Constant::True => Value::TRUE,
        Constant::False => Value::FALSE,
        Constant::Ellipsis => Value::ELLIPSIS,
        Constant::Int(i) => int::new_int(*i),
        Constant::BigInt(b) => int::new_bigint(b.clone()),
        Constant::Float(f) => float::new_float(*f),
        Constant::Complex(re, im) => complex::new_complex(*re, *im),
        Constant::Str(s) => {
            if s.len() <= 32 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                StrData::intern(s)
            } else {
                new_str(s)
            }
        }
        Constant::Bytes(b) => bytes::new_bytes(b.clone()),
        Constant::Tuple(items) => tuple::new_tuple(items.iter().map(constant_to_value).collect()),
        Constant::Code(code) => new_code(code.clone()),
    }
}
