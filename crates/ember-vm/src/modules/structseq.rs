//! Struct sequences (`sys.version_info`, `sys.implementation.version` ...): tuples whose
//! items also have names. An instance wraps its tuple in `InstanceData::builtin_value`;
//! indexing, length, iteration, comparison and hashing go to the tuple, and the field
//! names (the type's `n_fields`-long `_ember_fields`) read its items. Like CPython's,
//! a type may have more fields than its tuple shows (`os.stat_result` has ten visible
//! items and nine more fields reached only by name, such as `st_atime_ns`): the hidden
//! ones live in a tuple in the instance's one slot. Visible items may be unnamed
//! (None in `_ember_fields`): `stat_result[7]` is the integer atime, `st_atime` the float.

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

/// The attribute name of each field, visible ones first (None for an unnamed one).
fn fields(ty: &Value) -> Vec<Option<String>> {
    type_data(ty)
        .dict()
        .get_str(&StrData::intern_static("_ember_fields"))
        .and_then(|f| {
            as_tuple(&f).map(|t| t.iter().map(|x| as_str(x).map(str::to_string)).collect())
        })
        .unwrap_or_default()
}

fn ss_repr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = tuple_of(&args[0])?;
    let ty = type_of(&args[0]);
    // CPython names the visible items by the type's members in order, skipping the
    // unnamed fields: `stat_result`'s repr shows `st_atime=` beside the integer item 7.
    let names: Vec<String> = fields(ty).into_iter().flatten().collect();
    let items = as_tuple(&t).unwrap_or(&[]);
    let mut parts = Vec::new();
    for (n, v) in names.iter().zip(items) {
        parts.push(format!("{}={}", n, ops::repr(v)?));
    }
    let module = module_of(ty);
    Ok(new_string(format!(
        "{}.{}({})",
        module,
        type_data(ty).name(),
        parts.join(", ")
    )))
}

/// A struct-sequence type `module.name` with the given field names, all visible.
pub fn new_structseq_type(module: &str, name: &str, field_names: &[&str]) -> Value {
    let names: Vec<Option<&str>> = field_names.iter().map(|n| Some(*n)).collect();
    new_structseq_type_hidden(module, name, &names, field_names.len())
}

/// A struct-sequence type whose first `n_sequence_fields` fields are its tuple items
/// and the rest reached only by name; None names an unnamed visible field.
pub fn new_structseq_type_hidden(
    module: &str,
    name: &str,
    field_names: &[Option<&str>],
    n_sequence_fields: usize,
) -> Value {
    let ty =
        new_type(name, vec![types().object.clone()], Kind::Instance, true).expect("a simple type");
    if field_names.len() > n_sequence_fields {
        type_data(&ty).nslots.set(1);
    }
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
    add(&ty, "__reduce__", ss_reduce);
    crate::types::add_staticmethod(&ty, "__new__", ss_new);
    crate::types::add_attr(&ty, "__module__", new_str(module));
    crate::types::add_attr(
        &ty,
        "_ember_fields",
        new_tuple(
            field_names
                .iter()
                .map(|n| n.map(new_str).unwrap_or(Value::NONE))
                .collect(),
        ),
    );
    let int = |n: usize| crate::objects::int::new_int(n as i64);
    crate::types::add_attr(&ty, "n_fields", int(field_names.len()));
    crate::types::add_attr(&ty, "n_sequence_fields", int(n_sequence_fields));
    let unnamed = field_names.iter().filter(|n| n.is_none()).count();
    crate::types::add_attr(&ty, "n_unnamed_fields", int(unnamed));
    ty
}

fn count_attr(ty: &Value, name: &'static str) -> usize {
    type_data(ty)
        .dict()
        .get_str(&StrData::intern_static(name))
        .and_then(|n| crate::objects::int::to_i64(&n))
        .unwrap_or(0) as usize
}

/// An instance of a struct-sequence type holding `items` (every field, visible first).
pub fn new_structseq(ty: &Value, mut items: Vec<Value>) -> Value {
    let v = new_instance(ty);
    let visible = count_attr(ty, "n_sequence_fields").min(items.len());
    let hidden = items.split_off(visible);
    if let Some(inst) = v.downcast::<InstanceData>() {
        inst.builtin_value.set(new_tuple(items));
        if !hidden.is_empty() {
            inst.set_slot(0, Some(new_tuple(hidden)));
        }
    }
    v
}

/// `T(sequence)`: a struct sequence from a sequence of n_sequence_fields to n_fields
/// items (missing hidden fields are None), as CPython's `structseq_new`.
fn ss_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (ty, items) = new_items(args, kw)?;
    Ok(new_structseq(&ty, items))
}

/// The class and the n_fields items of a `T(sequence)` call (for a type's own
/// `__new__` that completes the items, as `os.stat_result`'s does).
pub fn new_items(args: &[Value], kw: &[Value]) -> PyResult<(Value, Vec<Value>)> {
    let a = crate::types::args::Args::new(args, kw);
    let ty = a
        .pos
        .first()
        .cloned()
        .ok_or_else(|| PyErr::type_error("structseq.__new__(): not enough arguments"))?;
    let name = type_data(&ty).name().to_string();
    let seq = a
        .get(1, "sequence")
        .ok_or_else(|| {
            PyErr::type_error(format!(
                "{}() missing required argument 'sequence' (pos 1)",
                name
            ))
        })?
        .clone();
    if !ops::is_iterable(&seq) {
        return Err(PyErr::type_error("constructor requires a sequence"));
    }
    let items = ops::collect(&seq)?;
    let (min, max) = (
        count_attr(&ty, "n_sequence_fields"),
        count_attr(&ty, "n_fields"),
    );
    let full = format!("{}.{}", module_of(&ty), name);
    let n = items.len();
    let bound = if n < min { min } else { max };
    if n < min || n > max {
        let many = match (min == max, n < min) {
            (true, _) => "a",
            (false, true) => "an at least",
            (false, false) => "an at most",
        };
        return Err(PyErr::type_error(format!(
            "{}() takes {} {}-sequence ({}-sequence given)",
            full, many, bound, n
        )));
    }
    let mut items = items;
    items.resize(max, Value::NONE);
    Ok((ty, items))
}

/// `__reduce__`: `(type, (visible items, {hidden name: value}))`.
fn ss_reduce(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let ty = type_of(&args[0]).clone();
    let t = tuple_of(&args[0])?;
    let d = crate::objects::dict::DictData::new_value();
    let dd = d
        .downcast::<crate::objects::dict::DictData>()
        .expect("a new dict");
    let n = as_tuple(&t).map_or(0, |t| t.len());
    for name in fields(&ty).into_iter().skip(n).flatten() {
        if let Some(v) = field(&args[0], &name) {
            dd.set_str(&StrData::intern(&name), v);
        }
    }
    Ok(new_tuple(vec![ty, new_tuple(vec![t, d])]))
}

fn module_of(ty: &Value) -> String {
    type_data(ty)
        .dict()
        .get_str(&StrData::intern_static("__module__"))
        .and_then(|m| as_str(&m).map(str::to_string))
        .unwrap_or_default()
}

/// The named field of a struct sequence, for attribute lookup.
pub fn field(obj: &Value, name: &str) -> Option<Value> {
    let inst = obj.downcast::<InstanceData>()?;
    let t = inst.builtin_value.get();
    let items = as_tuple(&t)?;
    let i = fields(type_of(obj))
        .iter()
        .position(|f| f.as_deref() == Some(name))?;
    if i < items.len() {
        return items.get(i).cloned();
    }
    let hidden = inst.get_slot(0)?;
    as_tuple(&hidden)?.get(i - items.len()).cloned()
}
