//! The `itertools` module, all native (CPython has no pure-Python fallback for it).
//! Every iterator type is a `NativeIterData` whose state implements `NativeIterator`,
//! so `for` loops and `next()` step it without a method call; subclasses (where CPython
//! allows them) get the same layout with an instance dict. Types are named
//! `itertools.<name>` as CPython's `tp_name`, so messages and reprs match.

mod basic;
mod combinatorics;
mod filtering;
mod groupby;
mod tee;

use crate::error::{PyErr, PyResult};
use crate::objects::iter::NativeIterData;
use crate::objects::module::{new_module, ModuleData};
use crate::objects::native::NativeFn;
use crate::objects::str::StrData;
use crate::objects::typeobj::type_name;
use crate::value::Value;

/// A native iterator type `itertools.<name>` built by `new`; `subclassable` as CPython's
/// `Py_TPFLAGS_BASETYPE`.
pub(crate) fn iter_type(
    module: &str,
    name: &str,
    new: Option<NativeFn>,
    subclassable: bool,
) -> Value {
    super::native_types::new_iter_type(module, name, new, subclassable)
}

/// The class argument of the `__new__` of `itertools.<name>`.
pub(crate) fn cls_arg<'a>(args: &'a [Value], name: &str) -> PyResult<&'a Value> {
    crate::types::new_target(args, &super::native_types::registered_in("itertools", name))
}

/// The registered type `itertools.<name>`.
pub(crate) fn module_type(name: &str) -> Value {
    super::native_types::registered_in("itertools", name)
}

/// Reads the state `T` of the native iterator `v` (the `self` of a method of `tyname`).
pub(crate) fn with_state<T: crate::objects::iter::NativeIterator, R>(
    v: &Value,
    tyname: &str,
    f: impl FnOnce(&mut T) -> R,
) -> PyResult<R> {
    v.downcast::<NativeIterData>()
        .and_then(|d| d.with_state(f))
        .ok_or_else(|| {
            PyErr::type_error(format!(
                "descriptor of '{}' object needs a '{}' object but received a '{}'",
                tyname,
                tyname,
                type_name(v)
            ))
        })
}

pub(crate) use super::native_types::short_type_name;

/// A new `itertools` module.
pub fn create() -> Value {
    let m = new_module("itertools");
    let md = m.downcast::<ModuleData>().expect("module");
    let add = |name: &str, v: Value| md.dict().set_str(&StrData::intern(name), v);
    for (name, ty) in basic::types()
        .into_iter()
        .chain(filtering::types())
        .chain(combinatorics::types())
        .chain(groupby::types())
        .chain(tee::types())
    {
        add(name, ty);
    }
    super::add_function(md, "tee", tee::tee);
    m
}
