//! Code objects as the VM holds them: the compiler's `CodeObject` plus its constants and
//! names turned into objects, and the instruction array that quickening may rewrite.

use crate::interp::cache::{AttrCache, GlobalCache};
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
    /// As `fast_argc`, for an `async def` whose awaited calls run eagerly
    /// (`CallAwaited`); `usize::MAX` for other code.
    pub eager_argc: usize,
    /// Registers of a frame (`code.nregs`, read on every call).
    pub nregs: usize,
    /// Per instruction, the index of its inline cache in `global_cache` (`LoadGlobal`)
    /// or `attr_cache` (`LoadAttr`, `StoreAttr`, `LoadMethod`); unused for others.
    pub cache_index: Box<[u32]>,
    pub global_cache: Box<[GlobalCache]>,
    pub attr_cache: Box<[AttrCache]>,
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
    let generator = code.flags & ember_bytecode::flags::SUSPENDABLE != 0;
    let (mut nglobal, mut nattr) = (0u32, 0u32);
    let cache_index = code
        .instrs
        .iter()
        .map(|i| {
            let counter = match i {
                Instr::LoadGlobal { .. } => &mut nglobal,
                Instr::LoadAttr { .. } | Instr::StoreAttr { .. } | Instr::LoadMethod { .. } => {
                    &mut nattr
                }
                _ => return u32::MAX,
            };
            *counter += 1;
            *counter - 1
        })
        .collect();
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
        eager_argc: if simple_args && !has_cells && code.has_flag(ember_bytecode::flags::COROUTINE)
        {
            code.argcount as usize
        } else {
            usize::MAX
        },
        nregs: code.nregs as usize,
        cache_index,
        global_cache: (0..nglobal).map(|_| GlobalCache::default()).collect(),
        attr_cache: (0..nattr).map(|_| AttrCache::default()).collect(),
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
        Constant::StrWithSurrogates(cps) => {
            let mut b = str::StrBuf::with_capacity(cps.len() * 3);
            cps.iter().for_each(|&c| b.push_code_point(c));
            b.finish()
        }
        Constant::Bytes(b) => bytes::new_bytes(b.clone()),
        Constant::Tuple(items) => tuple::new_tuple(items.iter().map(constant_to_value).collect()),
        Constant::Code(code) => new_code(code.clone()),
    }
}
