//! Python functions and bound methods.

use crate::object::{alloc, Kind, Payload};
use crate::objects::code::CodeData;
use crate::slot::Slot;
use crate::value::Value;
use crate::vm::types;

pub struct FunctionData {
    /// The code object; `__code__` assignment retires the old one (`retire_code`).
    pub code: Slot,
    pub globals: Value,
    pub name: Slot,
    pub qualname: Slot,
    /// A tuple, or None.
    pub defaults: Slot,
    /// A dict, or None.
    pub kwdefaults: Slot,
    /// A tuple of cells, or None.
    pub closure: Value,
    pub doc: Slot,
    /// A dict, or UNBOUND until asked for.
    pub annotations: Slot,
    pub module: Slot,
    /// The function's `__dict__` (UNBOUND until needed).
    pub dict: Slot,
}

impl Payload for FunctionData {
    const KIND: Kind = Kind::Function;
}

impl FunctionData {
    #[inline]
    pub fn code(&self) -> &CodeData {
        // SAFETY: a function's code is a code object; one replaced by `__code__`
        // assignment is kept alive for good (`retire_code`), so the reference stays valid.
        unsafe { self.code.borrow().downcast_unchecked::<CodeData>() }
    }

    /// `f.__code__ = code`: frames and callers borrow a function's code without
    /// counting it, so the old code object is kept alive for the rest of the process.
    pub fn replace_code(&self, code: Value) {
        let old = self.code.take();
        RETIRED_CODE.with(|r| r.borrow_mut().push(old));
        self.code.set(code);
    }
}

thread_local! {
    /// Code objects replaced by `__code__` assignment (rare), never freed.
    static RETIRED_CODE: std::cell::RefCell<Vec<Value>> = const { std::cell::RefCell::new(Vec::new()) };
}

pub fn new_function(data: FunctionData) -> Value {
    alloc(&types().function, data)
}

/// A method bound to an instance: `obj.meth`.
pub struct BoundMethodData {
    pub self_: Value,
    pub func: Value,
}

impl Payload for BoundMethodData {
    const KIND: Kind = Kind::BoundMethod;
}

pub fn new_bound_method(func: Value, self_: Value) -> Value {
    alloc(&types().method, BoundMethodData { self_, func })
}
