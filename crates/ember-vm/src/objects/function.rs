//! Python functions and bound methods.

use crate::object::{alloc, Kind, Payload};
use crate::objects::code::CodeData;
use crate::slot::Slot;
use crate::value::Value;
use crate::vm::types;

pub struct FunctionData {
    pub code: Value,
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
        // SAFETY: a function's code is a code object, set at creation and never replaced.
        unsafe { self.code.downcast_unchecked::<CodeData>() }
    }
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
