//! `mappingproxy`: a read-only view of a mapping (`C.__dict__`, `d.keys().mapping`).
//! An instance wraps the mapping in `InstanceData::builtin_value`; reads go to it, and
//! there is no way to write through the proxy.

use crate::error::{PyErr, PyResult};
use crate::objects::instance::{new_instance, InstanceData};
use crate::objects::int::new_int;
use crate::objects::str::new_string;
use crate::ops;
use crate::types::args::Args;
use crate::value::Value;
use crate::vm::types;
use ember_bytecode::CmpOp;

/// A proxy for `mapping`.
pub fn new_mappingproxy(mapping: Value) -> Value {
    let p = new_instance(&types().mappingproxy);
    if let Some(inst) = p.downcast::<InstanceData>() {
        inst.builtin_value.set(mapping);
    }
    p
}

fn target(v: &Value) -> PyResult<Value> {
    v.downcast::<InstanceData>()
        .map(|i| i.builtin_value.get())
        .filter(|m| !m.is_unbound())
        .ok_or_else(|| PyErr::type_error("descriptor requires a 'mappingproxy' object"))
}

pub fn install(ty: &Value) {
    super::add_staticmethod(ty, "__new__", proxy_new);
    super::add_method(ty, "__getitem__", proxy_getitem);
    super::add_method(ty, "__len__", proxy_len);
    super::add_method(ty, "__iter__", proxy_iter);
    super::add_method(ty, "__contains__", proxy_contains);
    super::add_method(ty, "__repr__", proxy_repr);
    super::add_method(ty, "__str__", proxy_str);
    super::add_method(ty, "__eq__", proxy_eq);
    super::add_method(ty, "keys", proxy_keys);
    super::add_method(ty, "values", proxy_values);
    super::add_method(ty, "items", proxy_items);
    super::add_method(ty, "get", proxy_get);
    super::add_method(ty, "copy", proxy_copy);
}

fn proxy_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("mappingproxy", 2, 2)?;
    let m = &a.pos[1];
    if ops::lookup_special(m, "__getitem__").is_none()
        || m.kind() == Some(crate::object::Kind::List)
        || m.kind() == Some(crate::object::Kind::Tuple)
    {
        return Err(PyErr::type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            crate::objects::typeobj::type_name(m)
        )));
    }
    Ok(new_mappingproxy(m.clone()))
}

fn proxy_getitem(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ops::getitem(&target(&args[0])?, &args[1])
}
fn proxy_len(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_int(ops::len(&target(&args[0])?)? as i64))
}
fn proxy_iter(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ops::get_iter(&target(&args[0])?)
}
fn proxy_contains(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::bool(ops::contains(&target(&args[0])?, &args[1])?))
}
fn proxy_repr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_string(format!(
        "mappingproxy({})",
        ops::repr(&target(&args[0])?)?
    )))
}
fn proxy_str(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ops::str_value(&target(&args[0])?)
}
fn proxy_eq(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ops::richcompare(&target(&args[0])?, &args[1], CmpOp::Eq)
}
fn proxy_keys(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ops::call_method(&target(&args[0])?, "keys", &[])
}
fn proxy_values(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ops::call_method(&target(&args[0])?, "values", &[])
}
fn proxy_items(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ops::call_method(&target(&args[0])?, "items", &[])
}
fn proxy_get(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ops::call_method(&target(&args[0])?, "get", &args[1..])
}
fn proxy_copy(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ops::call_method(&target(&args[0])?, "copy", &[])
}
