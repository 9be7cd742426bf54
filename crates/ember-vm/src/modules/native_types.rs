//! Helpers shared by the native modules that define types (itertools, _collections,
//! _functools, _operator): making a type named `module.name` as CPython's `tp_name`
//! (so messages and reprs match), finding it again for the class check of its
//! `__new__`, and read-only attributes computed by native getters.

use crate::error::PyResult;
use crate::object::Kind;
use crate::objects::native::{new_native, Binding, NativeFn};
use crate::objects::str::new_str;
use crate::objects::typeobj::{new_type, set_bases_and_mro, type_data, type_name, TypeData};
use crate::value::Value;
use crate::vm::types;
use std::cell::RefCell;

thread_local! {
    /// Every type made by `new_native_type`, by module and name (the latest one wins,
    /// so a module imported afresh finds its own types).
    static REGISTRY: RefCell<Vec<(String, String, Value)>> = const { RefCell::new(Vec::new()) };
}

/// A new built-in type `module.name` whose instances have layout `kind`;
/// `subclassable` as CPython's `Py_TPFLAGS_BASETYPE`. `__module__` names the module
/// CPython's type reports (`collections` for `_collections.deque`).
pub fn new_native_type(module: &str, name: &str, kind: Kind, subclassable: bool) -> Value {
    let full = format!("{}.{}", module, name);
    let ty = if kind == Kind::Instance {
        // Like CPython's objects of these types, instances take no attributes (they
        // are instances only to reach their type's dunders; Python subclasses get a
        // dict as usual).
        let mut td = TypeData::new(&full, kind, true);
        td.has_instance_dict = false;
        td.dict.set(crate::objects::dict::DictData::new_value());
        let ty = crate::object::alloc(&types().type_, td);
        set_bases_and_mro(&ty, vec![types().object.clone()]).expect("a type over object");
        ty
    } else {
        new_type(&full, vec![types().object.clone()], kind, true).expect("a type over object")
    };
    let td = type_data(&ty);
    td.set_qualname(name.to_string());
    td.base_type.set(subclassable);
    crate::types::add_attr(&ty, "__module__", new_str(module));
    REGISTRY.with(|r| {
        r.borrow_mut()
            .push((module.to_string(), name.to_string(), ty.clone()))
    });
    ty
}

/// The type registered as `full_name` (`"itertools.count"`).
pub fn registered(full_name: &str) -> Value {
    let (module, name) = full_name.rsplit_once('.').unwrap_or(("", full_name));
    registered_in(module, name)
}

/// The type `name` registered by module `module` (no string is built: `__new__` of
/// every module type looks its class up here).
pub fn registered_in(module: &str, name: &str) -> Value {
    REGISTRY
        .with(|r| {
            r.borrow()
                .iter()
                .rev()
                .find(|(m, n, _)| m == module && n == name)
                .map(|(_, _, t)| t.clone())
        })
        .expect("the type was registered when its module was made")
}

/// A native iterator type: `__next__` runs the state's step, `__iter__` returns self.
pub fn new_iter_type(module: &str, name: &str, new: Option<NativeFn>, subclassable: bool) -> Value {
    let ty = new_native_type(module, name, Kind::NativeIter, subclassable);
    if let Some(new) = new {
        crate::types::add_staticmethod(&ty, "__new__", new);
    }
    crate::types::add_method(&ty, "__next__", crate::types::function::native_iter_next);
    crate::types::add_method(&ty, "__iter__", iter_self);
    ty
}

fn iter_self(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(args[0].clone())
}

/// A read-only attribute of the type's instances computed by `get(self)` (assigning it
/// raises CPython's error for a read-only member).
pub fn add_getter(ty: &Value, name: &'static str, get: NativeFn) {
    add_property(ty, name, get, Some(readonly));
}

fn readonly(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(crate::error::PyErr::attribute_error("readonly attribute"))
}

/// An attribute of the type's instances computed by `get(self)` and, when given,
/// assigned by `set(self, value)`.
pub fn add_property(ty: &Value, name: &'static str, get: NativeFn, set: Option<NativeFn>) {
    let fget = new_native(name, get, Binding::Function, Value::NONE);
    let fset = set.map_or(Value::NONE, |f| {
        new_native(name, f, Binding::Function, Value::NONE)
    });
    let p = crate::object::alloc(
        &types().property,
        crate::objects::descr::PropertyData::new(fget, fset, Value::NONE, Value::NONE),
    );
    crate::types::add_attr(ty, name, p);
}

/// `__length_hint__` of native iterators that know their remaining length.
pub fn iter_length_hint(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = args
        .first()
        .and_then(|v| v.downcast::<crate::objects::iter::NativeIterData>())
        .and_then(|d| d.length_hint())
        .unwrap_or(0);
    Ok(crate::objects::int::new_int(n as i64))
}

/// The short name of `v`'s type, as CPython's reprs use it (`_PyType_Name`).
pub fn short_type_name(v: &Value) -> String {
    let n = type_name(v);
    n.rsplit('.').next().unwrap_or("").to_string()
}

/// A class over `base` made as a class statement would make it (instances carry an
/// attribute dict, as CPython's `partial` and `defaultdict` objects do), reported as
/// `module.name`.
pub fn new_heap_class(module: &str, name: &str, base: &Value) -> Value {
    let ns = crate::objects::dict::DictData::new();
    ns.set_str(
        &crate::objects::str::StrData::intern_static("__module__"),
        new_str(module),
    );
    crate::types::typeobj::new_class(&types().type_, name, vec![base.clone()], &ns, &[], &[])
        .expect("a class over a built-in base")
}
