//! Functions and methods written in Rust (`builtin_function_or_method` and method
//! descriptors of built-in types).

use crate::error::PyResult;
use crate::object::{alloc, Kind, Payload};
use crate::value::Value;
use crate::vm::types;

/// The signature of every native function: positional and keyword argument values in
/// `args`, the last `kwnames.len()` of them named by `kwnames` (strs). Methods receive
/// `self` as `args[0]`.
pub type NativeFn = fn(args: &[Value], kwnames: &[Value]) -> PyResult<Value>;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Binding {
    /// A plain function (`len`): never binds.
    Function,
    /// A method of a built-in type: binds to an instance like a Python function.
    Method,
    /// A class method of a built-in type (`dict.fromkeys`): binds to the class.
    ClassMethod,
    /// A static method of a built-in type (`str.maketrans`).
    StaticMethod,
}

pub struct NativeFunctionData {
    pub name: &'static str,
    pub func: NativeFn,
    pub binding: Binding,
    /// The object it is bound to (`[].append`), or UNBOUND.
    pub bound_self: Value,
    /// The type that defines it (for methods), or the module name's str, or NONE.
    pub owner: Value,
    pub doc: Option<&'static str>,
}

impl Payload for NativeFunctionData {
    const KIND: Kind = Kind::NativeFunction;
}

pub fn new_native(name: &'static str, func: NativeFn, binding: Binding, owner: Value) -> Value {
    let ty = if binding == Binding::Function {
        &types().builtin_function
    } else {
        &types().method_descriptor
    };
    alloc(
        ty,
        NativeFunctionData {
            name,
            func,
            binding,
            bound_self: Value::UNBOUND,
            owner,
            doc: None,
        },
    )
}

/// A native method bound to `self_` (`[].append`).
pub fn bind_native(f: &NativeFunctionData, self_: Value) -> Value {
    alloc(
        &types().builtin_function,
        NativeFunctionData {
            name: f.name,
            func: f.func,
            binding: f.binding,
            bound_self: self_,
            owner: f.owner.clone(),
            doc: f.doc,
        },
    )
}
