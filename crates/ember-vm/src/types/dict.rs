//! `dict` and its views: constructor, methods, `update` from mappings and pairs.

use crate::error::{PyErr, PyResult};
use crate::object::{alloc, Kind};
use crate::objects::dict::{DictData, DictViewData, ViewKind};
use crate::objects::str::as_str;
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::type_name;
use crate::ops;
use crate::types::args::Args;
use crate::value::Value;
use crate::vm::types;
use ember_bytecode::{BinOp, CmpOp};

pub fn install(ty: &Value) {
    super::add_staticmethod(ty, "__new__", dict_new);
    super::add_method(ty, "__init__", dict_init);
    super::add_method(ty, "keys", dict_keys);
    super::add_method(ty, "values", dict_values);
    super::add_method(ty, "items", dict_items);
    super::add_method(ty, "get", dict_get);
    super::add_method(ty, "setdefault", dict_setdefault);
    super::add_method(ty, "pop", dict_pop);
    super::add_method(ty, "popitem", dict_popitem);
    super::add_method(ty, "update", dict_update);
    super::add_method(ty, "copy", dict_copy);
    super::add_method(ty, "clear", dict_clear);
    super::add_classmethod(ty, "fromkeys", dict_fromkeys);
    super::add_attr(ty, "__hash__", Value::NONE);
}

/// `self` of a dict method.
pub fn self_dict<'a>(v: &'a Value, method: &str) -> PyResult<&'a DictData> {
    v.downcast::<DictData>().ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{}' for 'dict' objects doesn't apply to a '{}' object",
            method,
            type_name(v)
        ))
    })
}

fn dict_new(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if !args[0].is(&types().dict) {
        return Err(PyErr::not_implemented("dict subclasses are not supported by ember yet"));
    }
    Ok(DictData::new_value())
}

fn dict_init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    dict_update(args, kw)
}

fn dict_update(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    if a.pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "update expected at most 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    let d = self_dict(&a.pos[0], "update")?;
    if let Some(other) = a.pos.get(1) {
        update_from_any(d, other)?;
    }
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        d.set(k.clone(), v.clone())?;
    }
    Ok(Value::NONE)
}

/// `d.update(other)`: a mapping (has `keys`) or an iterable of pairs.
pub fn update_from_any(d: &DictData, other: &Value) -> PyResult<()> {
    if let Some(o) = other.downcast::<DictData>() {
        return d.update_from(o);
    }
    if ops::lookup_special(other, "keys").is_some() {
        let keys = ops::call_method(other, "keys", &[])?;
        for k in ops::collect(&keys)? {
            let v = ops::getitem(other, &k)?;
            d.set(k, v)?;
        }
        return Ok(());
    }
    let it = ops::get_iter(other)?;
    let mut i = 0;
    while let Some(item) = ops::next(&it)? {
        let pair = ops::collect(&item).map_err(|_| {
            PyErr::type_error(format!(
                "cannot convert dictionary update sequence element #{} to a sequence",
                i
            ))
        })?;
        if pair.len() != 2 {
            return Err(PyErr::value_error(format!(
                "dictionary update sequence element #{} has length {}; 2 is required",
                i,
                pair.len()
            )));
        }
        let mut p = pair.into_iter();
        let k = p.next().expect("two items");
        let v = p.next().expect("two items");
        d.set(k, v)?;
        i += 1;
    }
    Ok(())
}

/// `{**other}` and `f(**other)` (with `func` naming the callee: duplicates are errors).
pub fn dict_update_mapping(dict: &Value, other: &Value, func: Option<&str>) -> PyResult<()> {
    let d = dict.downcast::<DictData>().expect("a dict under construction");
    let is_mapping = other.kind() == Some(Kind::Dict) || ops::lookup_special(other, "keys").is_some();
    if !is_mapping {
        return Err(PyErr::type_error(match func {
            Some(f) => format!("{} argument after ** must be a mapping, not {}", f, type_name(other)),
            None => format!("'{}' object is not a mapping", type_name(other)),
        }));
    }
    match func {
        None => update_from_any(d, other),
        Some(f) => {
            let src = DictData::new();
            update_from_any(&src, other)?;
            for (k, v) in src.items() {
                if as_str(&k).is_none() {
                    return Err(PyErr::type_error(format!("{} keywords must be strings", f)));
                }
                if d.get(&k)?.is_some() {
                    return Err(PyErr::type_error(format!(
                        "{} got multiple values for keyword argument '{}'",
                        f,
                        as_str(&k).unwrap_or("")
                    )));
                }
                d.set(k, v)?;
            }
            Ok(())
        }
    }
}

/// `a |= b` for dicts.
pub fn dict_update_from(a: &Value, b: &Value) -> PyResult<()> {
    let d = a.downcast::<DictData>().expect("dict");
    update_from_any(d, b)
}

fn view(d: &Value, which: ViewKind) -> Value {
    let t = types();
    let ty = match which {
        ViewKind::Keys => &t.dict_keys,
        ViewKind::Values => &t.dict_values,
        ViewKind::Items => &t.dict_items,
    };
    alloc(ty, DictViewData { dict: d.clone(), which })
}

fn dict_keys(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    self_dict(&args[0], "keys")?;
    Ok(view(&args[0], ViewKind::Keys))
}
fn dict_values(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    self_dict(&args[0], "values")?;
    Ok(view(&args[0], ViewKind::Values))
}
fn dict_items(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    self_dict(&args[0], "items")?;
    Ok(view(&args[0], ViewKind::Items))
}

fn dict_get(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("get", 2, 3)?;
    let d = self_dict(&a.pos[0], "get")?;
    Ok(d.get(&a.pos[1])?
        .unwrap_or_else(|| a.pos.get(2).cloned().unwrap_or(Value::NONE)))
}

fn dict_setdefault(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("setdefault", 2, 3)?;
    let d = self_dict(&a.pos[0], "setdefault")?;
    if let Some(v) = d.get(&a.pos[1])? {
        return Ok(v);
    }
    let v = a.pos.get(2).cloned().unwrap_or(Value::NONE);
    d.set(a.pos[1].clone(), v.clone())?;
    Ok(v)
}

fn dict_pop(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("pop", 2, 3)?;
    let d = self_dict(&a.pos[0], "pop")?;
    match d.remove(&a.pos[1])? {
        Some(v) => Ok(v),
        None => match a.pos.get(2) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(PyErr::key_error(a.pos[1].clone())),
        },
    }
}

fn dict_popitem(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = self_dict(&args[0], "popitem")?;
    match d.pop_last() {
        Some((k, v)) => Ok(new_tuple(vec![k, v])),
        None => Err(PyErr::key_error(crate::objects::str::new_str(
            "popitem(): dictionary is empty",
        ))),
    }
}

fn dict_copy(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = self_dict(&args[0], "copy")?;
    Ok(alloc(&types().dict, d.copy()))
}

fn dict_clear(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    self_dict(&args[0], "clear")?.clear();
    Ok(Value::NONE)
}

fn dict_fromkeys(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("fromkeys", 2, 3)?;
    let d = DictData::new_value();
    let dd = d.downcast::<DictData>().expect("dict");
    let v = a.pos.get(2).cloned().unwrap_or(Value::NONE);
    for k in ops::collect(&a.pos[1])? {
        dd.set(k, v.clone())?;
    }
    Ok(d)
}

fn view_items(v: &Value) -> Vec<Value> {
    let view = v.downcast::<DictViewData>().expect("view");
    let d = view.dict.downcast::<DictData>().expect("dict");
    match view.which {
        ViewKind::Keys => d.keys(),
        ViewKind::Values => d.values(),
        ViewKind::Items => d.items().into_iter().map(|(k, x)| new_tuple(vec![k, x])).collect(),
    }
}

/// `x in view`.
pub fn view_contains(v: &Value, item: &Value) -> PyResult<bool> {
    let view = v.downcast::<DictViewData>().expect("view");
    let d = view.dict.downcast::<DictData>().expect("dict");
    match view.which {
        ViewKind::Keys => Ok(d.get(item)?.is_some()),
        ViewKind::Items => {
            let Some(t) = crate::objects::tuple::as_tuple(item) else {
                return Ok(false);
            };
            if t.len() != 2 {
                return Ok(false);
            }
            match d.get(&t[0])? {
                Some(x) => ops::eq_bool(&x, &t[1]),
                None => Ok(false),
            }
        }
        ViewKind::Values => {
            for x in d.values() {
                if ops::eq_bool(&x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn as_set_of(v: &Value) -> PyResult<Value> {
    let s = crate::objects::set::new_set(false);
    let sd = s.downcast::<crate::objects::set::SetData>().expect("set");
    for x in ops::collect(v)? {
        sd.add(x)?;
    }
    Ok(s)
}

/// Comparisons of keys/items views (set-like).
pub fn view_compare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
    let set_like = |v: &Value| {
        v.downcast::<DictViewData>()
            .is_some_and(|w| w.which != ViewKind::Values)
            || v.kind() == Some(Kind::Set)
    };
    if !set_like(a) || !set_like(b) {
        return Ok(None);
    }
    let (x, y) = (as_set_of(a)?, as_set_of(b)?);
    let r = ops::richcompare(&x, &y, op)?;
    Ok(Some(ops::is_true(&r)?))
}

/// Set operators on keys/items views: results are sets.
pub fn view_binop(a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    if !matches!(op, BinOp::And | BinOp::Or | BinOp::Sub | BinOp::Xor) {
        return Ok(None);
    }
    if !(ops::is_iterable(a) && ops::is_iterable(b)) {
        return Ok(None);
    }
    let (x, y) = (as_set_of(a)?, as_set_of(b)?);
    super::set::set_binop(&x, &y, op).map(Some)
}

/// The items of a view, for iteration helpers.
pub fn view_values(v: &Value) -> Vec<Value> {
    view_items(v)
}
