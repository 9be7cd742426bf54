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
use crate::object::Kind;
use crate::objects::iter::NativeIterData;
use crate::objects::module::{new_module, ModuleData};
use crate::objects::native::NativeFn;
use crate::objects::str::StrData;
use crate::objects::typeobj::{new_type, type_data, type_name};
use crate::value::Value;
use crate::vm::types;

/// A native iterator type `itertools.<name>` built by `new`; `subclassable` as CPython's
/// `Py_TPFLAGS_BASETYPE`.
pub(crate) fn iter_type(
    module: &str,
    name: &str,
    new: Option<NativeFn>,
    subclassable: bool,
) -> Value {
    let ty = new_type(
        &format!("{}.{}", module, name),
        vec![types().object.clone()],
        Kind::NativeIter,
        true,
    )
    .expect("a type over object");
    let td = type_data(&ty);
    td.set_qualname(name.to_string());
    td.base_type.set(subclassable);
    crate::types::add_attr(&ty, "__module__", crate::objects::str::new_str(module));
    REGISTRY.with(|r| r.borrow_mut().push((name.to_string(), ty.clone())));
    if let Some(new) = new {
        crate::types::add_staticmethod(&ty, "__new__", new);
    }
    crate::types::add_method(&ty, "__next__", crate::types::function::native_iter_next);
    crate::types::add_method(&ty, "__iter__", iter_self);
    ty
}

thread_local! {
    /// The types made by `iter_type`, by short name, for the checks of their `__new__`.
    static REGISTRY: std::cell::RefCell<Vec<(String, Value)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The class argument of the `__new__` of the module type `name`, checked as CPython's
/// `tp_new_wrapper` does.
pub(crate) fn cls_arg<'a>(args: &'a [Value], name: &str) -> PyResult<&'a Value> {
    let base = REGISTRY
        .with(|r| {
            r.borrow()
                .iter()
                .rev()
                .find(|(n, _)| n == name)
                .map(|(_, t)| t.clone())
        })
        .expect("the type was registered when its module was made");
    crate::types::new_target(args, &base)
}

fn iter_self(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(args[0].clone())
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

/// The short name of `v`'s type, as CPython's reprs use it (`_PyType_Name`).
pub(crate) fn short_type_name(v: &Value) -> String {
    let n = type_name(v);
    n.rsplit('.').next().unwrap_or("").to_string()
}

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
    add(
        "tee",
        crate::objects::native::new_native(
            "tee",
            tee::tee,
            crate::objects::native::Binding::Function,
            Value::NONE,
        ),
    );
    m
}
