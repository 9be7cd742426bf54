//! The `_collections` module that CPython's `collections` package imports: `deque`
//! (deque.rs), `defaultdict` (defaultdict.rs), `_count_elements` (Counter's counting
//! loop) and `_tuplegetter` (the field descriptor of namedtuple classes).

mod defaultdict;
mod deque;

use crate::error::{PyErr, PyResult};
use crate::object::Kind;
use crate::objects::dict::DictData;
use crate::objects::module::{new_module, ModuleData};
use crate::objects::native_state::{expect_state, new_with_state};
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::objects::typeobj::{type_data, type_name, type_of};
use crate::ops;
use crate::types::args::{as_ssize, Args};
use crate::value::Value;
use crate::vm::types;
use ember_bytecode::BinOp;

pub(crate) use super::native_types::short_type_name;

/// A type of this module with the instance layout (its objects keep their Rust state in
/// a `NativeStateData`); CPython names it `collections.<name>`.
fn native_type(module: &str, name: &str, subclassable: bool) -> Value {
    super::native_types::new_native_type(module, name, Kind::Instance, subclassable)
}

/// A native iterator type of this module (not subclassable, made by methods only).
fn iter_type(module: &str, name: &str) -> Value {
    super::native_types::new_iter_type(module, name, None, false)
}

/// The registered type `collections.<name>` (or `_collections.<name>` for iterators).
fn module_type(name: &str) -> Value {
    let module = if name.starts_with('_') {
        "_collections"
    } else {
        "collections"
    };
    super::native_types::registered_in(module, name)
}

fn cls_arg<'a>(args: &'a [Value], name: &str) -> PyResult<&'a Value> {
    crate::types::new_target(args, &module_type(name))
}

/// A new `_collections` module.
pub fn create() -> Value {
    let m = new_module("_collections");
    let md = m.downcast::<ModuleData>().expect("module");
    let add = |name: &str, v: Value| md.dict().set_str(&StrData::intern(name), v);
    for (name, ty) in deque::types() {
        add(name, ty);
    }
    add("defaultdict", defaultdict::make_type());
    add("_tuplegetter", tuplegetter_type());
    super::add_function(md, "_count_elements", count_elements);
    m
}

/// `_count_elements(mapping, iterable)`: `mapping[x] = mapping.get(x, 0) + 1` for each
/// item, straight on the dict when the mapping's `get` and `__setitem__` are dict's.
fn count_elements(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).no_kwargs("_count_elements")?;
    crate::types::args::check_positional("_count_elements", args.len(), 2, 2)?;
    let (mapping, iterable) = (&args[0], &args[1]);
    let it = ops::get_iter(iterable)?;
    let one = Value::small_int(1);
    let dict_methods = mapping.downcast::<DictData>().is_some() && {
        let ty = type_data(type_of(mapping));
        let base = type_data(&types().dict);
        let same = |n: &'static str| {
            let k = StrData::intern_static(n);
            match (ty.lookup(&k), base.lookup(&k)) {
                (Some(a), Some(b)) => a.is(&b),
                _ => false,
            }
        };
        same("get") && same("__setitem__")
    };
    if dict_methods {
        let d = mapping.downcast::<DictData>().expect("checked");
        while let Some(x) = ops::next(&it)? {
            let new = match d.get(&x)? {
                Some(old) => ops::binary_op(&old, &one, BinOp::Add)?,
                None => one.clone(),
            };
            d.set(x, new)?;
        }
        return Ok(Value::NONE);
    }
    let get = ops::getattr(mapping, &StrData::intern_static("get"))?;
    while let Some(x) = ops::next(&it)? {
        let old = ops::call(&get, &[x.clone(), Value::small_int(0)], &[])?;
        let new = ops::binary_op(&old, &one, BinOp::Add)?;
        ops::setitem(mapping, &x, new)?;
    }
    Ok(Value::NONE)
}

/// `_tuplegetter(index, doc)`: `obj[index]` for tuple instances, read-only.
struct TupleGetter {
    index: usize,
    doc: crate::slot::Slot,
}

const TUPLEGETTER: &str = "_collections._tuplegetter";

fn tuplegetter_type() -> Value {
    let ty = native_type("_collections", "_tuplegetter", false);
    crate::types::add_staticmethod(&ty, "__new__", tuplegetter_new);
    crate::types::add_method(&ty, "__get__", tuplegetter_get);
    crate::types::add_method(&ty, "__set__", tuplegetter_set);
    crate::types::add_method(&ty, "__delete__", tuplegetter_delete);
    crate::types::add_method(&ty, "__reduce__", tuplegetter_reduce);
    super::native_types::add_property(&ty, "__doc__", doc_get, Some(doc_set));
    ty
}

fn tuplegetter_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = crate::types::new_target(args, &super::native_types::registered(TUPLEGETTER))?;
    Args::new(args, kw).no_kwargs("_tuplegetter")?;
    crate::types::args::check_positional("_tuplegetter", args.len() - 1, 2, 2)?;
    let index = as_ssize(&args[1])?;
    Ok(new_with_state(
        cls,
        TupleGetter {
            index: index.max(0) as usize,
            doc: crate::slot::Slot::new(args[2].clone()),
        },
    ))
}

fn tuplegetter_get(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__get__", 2, 3)?;
    let g = expect_state::<TupleGetter>(&args[0], TUPLEGETTER, "__get__")?;
    let obj = &args[1];
    if obj.is_none() {
        return Ok(args[0].clone());
    }
    let Some(t) = obj.downcast::<TupleData>() else {
        return Err(PyErr::type_error(format!(
            "descriptor for index '{}' for tuple subclasses doesn't apply to '{}' object",
            g.index,
            type_name(obj)
        )));
    };
    t.0.get(g.index)
        .cloned()
        .ok_or_else(|| PyErr::index_error("tuple index out of range"))
}

fn doc_get(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = expect_state::<TupleGetter>(&args[0], TUPLEGETTER, "__doc__")?;
    Ok(g.doc.get())
}

fn doc_set(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = expect_state::<TupleGetter>(&args[0], TUPLEGETTER, "__doc__")?;
    g.doc.set(args.get(1).cloned().unwrap_or(Value::NONE));
    Ok(Value::NONE)
}

fn tuplegetter_set(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(PyErr::attribute_error("can't set attribute"))
}

fn tuplegetter_delete(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(PyErr::attribute_error("can't delete attribute"))
}

fn tuplegetter_reduce(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = expect_state::<TupleGetter>(&args[0], TUPLEGETTER, "__reduce__")?;
    let doc = g.doc.get();
    Ok(crate::objects::tuple::new_tuple(vec![
        type_of(&args[0]).clone(),
        crate::objects::tuple::new_tuple(vec![crate::objects::int::new_int(g.index as i64), doc]),
    ]))
}
