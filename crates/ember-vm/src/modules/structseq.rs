//! Struct sequences (`sys.version_info`, `sys.implementation.version` ...): tuples whose
//! items also have names. An instance wraps its tuple in `InstanceData::builtin_value`;
//! indexing, length, iteration, comparison and hashing go to the tuple, and the field
//! names (the type's `n_fields`-long `_ember_fields`) read its items.

use crate::error::{PyErr, PyResult};
use crate::object::Kind;
use crate::objects::instance::{new_instance, InstanceData};
use crate::objects::str::{as_str, new_str, new_string, StrData};
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::objects::typeobj::{new_type, type_data, type_of};
use crate::ops;
use crate::value::Value;
use crate::vm::types;
use ember_bytecode::CmpOp;

fn tuple_of(v: &Value) -> PyResult<Value> {
    v.downcast::<InstanceData>()
        .map(|i| i.builtin_value.get())
        .filter(|t| as_tuple(t).is_some())
        .ok_or_else(|| PyErr::type_error("not a struct sequence"))
}

fn ss_getitem(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ops::getitem(&tuple_of(&args[0])?, &args[1])
}
fn ss_len(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(crate::objects::int::new_int(
        ops::len(&tuple_of(&args[0])?)? as i64,
    ))
}
fn ss_iter(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ops::get_iter(&tuple_of(&args[0])?)
}
fn ss_hash(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(crate::objects::int::new_int(ops::hash(&tuple_of(
        &args[0],
    )?)?))
}
fn other_tuple(v: &Value) -> Option<Value> {
    if as_tuple(v).is_some() {
        return Some(v.clone());
    }
    tuple_of(v).ok()
}
fn compare(args: &[Value], op: CmpOp) -> PyResult<Value> {
    let a = tuple_of(&args[0])?;
    match other_tuple(&args[1]) {
        Some(b) => ops::richcompare(&a, &b, op),
        None => Ok(Value::NOT_IMPLEMENTED),
    }
}
fn ss_eq(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare(args, CmpOp::Eq)
}
fn ss_ne(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare(args, CmpOp::Ne)
}
fn ss_lt(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare(args, CmpOp::Lt)
}
fn ss_le(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare(args, CmpOp::Le)
}
fn ss_gt(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare(args, CmpOp::Gt)
}
fn ss_ge(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare(args, CmpOp::Ge)
}

fn fields(ty: &Value) -> Vec<String> {
    type_data(ty)
        .dict()
        .get_str(&StrData::intern_static("_ember_fields"))
        .and_then(|f| {
            as_tuple(&f).map(|t| {
                t.iter()
                    .filter_map(|x| as_str(x).map(str::to_string))
                    .collect()
            })
        })
        .unwrap_or_default()
}

fn ss_repr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = tuple_of(&args[0])?;
    let ty = type_of(&args[0]);
    let names = fields(ty);
    let items = as_tuple(&t).unwrap_or(&[]);
    let mut parts = Vec::new();
    for (n, v) in names.iter().zip(items) {
        parts.push(format!("{}={}", n, ops::repr(v)?));
    }
    let module = type_data(ty)
        .dict()
        .get_str(&StrData::intern_static("__module__"))
        .and_then(|m| as_str(&m).map(str::to_string))
        .unwrap_or_default();
    Ok(new_string(format!(
        "{}.{}({})",
        module,
        type_data(ty).name(),
        parts.join(", ")
    )))
}

/// A struct-sequence type `module.name` with the given field names.
pub fn new_structseq_type(module: &str, name: &str, field_names: &[&str]) -> Value {
    let ty =
        new_type(name, vec![types().object.clone()], Kind::Instance, true).expect("a simple type");
    let add = crate::types::add_method;
    add(&ty, "__getitem__", ss_getitem);
    add(&ty, "__len__", ss_len);
    add(&ty, "__iter__", ss_iter);
    add(&ty, "__hash__", ss_hash);
    add(&ty, "__repr__", ss_repr);
    add(&ty, "__eq__", ss_eq);
    add(&ty, "__ne__", ss_ne);
    add(&ty, "__lt__", ss_lt);
    add(&ty, "__le__", ss_le);
    add(&ty, "__gt__", ss_gt);
    add(&ty, "__ge__", ss_ge);
    crate::types::add_attr(&ty, "__module__", new_str(module));
    crate::types::add_attr(
        &ty,
        "_ember_fields",
        new_tuple(field_names.iter().map(|n| new_str(n)).collect()),
    );
    crate::types::add_attr(
        &ty,
        "n_fields",
        crate::objects::int::new_int(field_names.len() as i64),
    );
    ty
}

/// An instance of a struct-sequence type holding `items`.
pub fn new_structseq(ty: &Value, items: Vec<Value>) -> Value {
    let v = new_instance(ty);
    if let Some(inst) = v.downcast::<InstanceData>() {
        inst.builtin_value.set(new_tuple(items));
    }
    v
}

/// The named field of a struct sequence, for attribute lookup.
pub fn field(obj: &Value, name: &str) -> Option<Value> {
    let inst = obj.downcast::<InstanceData>()?;
    let t = inst.builtin_value.get();
    let items = as_tuple(&t)?;
    let i = fields(type_of(obj)).iter().position(|f| f == name)?;
    items.get(i).cloned()
}
