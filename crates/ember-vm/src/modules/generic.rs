//! `types.GenericAlias` and `types.UnionType` (`py/_ember_generic.py`): made by the
//! built-in classes' `__class_getitem__` (`list[int]`) and by `type.__or__`
//! (`int | str`).

use super::frozen;
use crate::error::PyResult;
use crate::ops;
use crate::value::Value;
use std::cell::RefCell;

thread_local! {
    static MODULE: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// A function of the generic-alias module, created on first use.
fn function(name: &'static str) -> Value {
    let m = frozen::cached(&MODULE, || {
        frozen::create("_ember_generic", include_str!("py/_ember_generic.py"), &[])
    });
    frozen::function(&m, name)
}

/// `GenericAlias(origin, args)`.
pub fn generic_alias(origin: &Value, args: &Value) -> PyResult<Value> {
    ops::call(
        &function("GenericAlias"),
        &[origin.clone(), args.clone()],
        &[],
    )
}

/// `a | b` for classes, None, aliases and unions (NotImplemented for anything else).
pub fn union(a: &Value, b: &Value) -> PyResult<Value> {
    ops::call(&function("_union"), &[a.clone(), b.clone()], &[])
}

/// `cls.__class_getitem__(item)` of the built-in generic classes.
pub fn class_getitem(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::types::args::Args::new(args, kw).arity("__class_getitem__", 2, 2)?;
    generic_alias(&args[0], &args[1])
}

/// `type.__or__(self, other)`.
pub fn type_or(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::types::args::Args::new(args, kw).arity("__or__", 2, 2)?;
    union(&args[0], &args[1])
}

/// `type.__ror__(self, other)`.
pub fn type_ror(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::types::args::Args::new(args, kw).arity("__ror__", 2, 2)?;
    union(&args[1], &args[0])
}
