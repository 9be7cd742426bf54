//! `dict` and its views: constructor, methods, `update` from mappings and pairs, and
//! the views' set operations (as CPython's `dictviews_*`, which decide result order).

use crate::error::{PyErr, PyResult};
use crate::object::{alloc, Kind};
use crate::objects::dict::{DictData, DictViewData, ViewKind};
use crate::objects::iter::{new_native_iter, NativeIterator};
use crate::objects::native::{new_native, Binding};
use crate::objects::set::{as_set, new_set, new_set_from};
use crate::objects::str::as_str;
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::{type_name, type_of};
use crate::ops;
use crate::types::args::Args;
use crate::types::list::{clinic_args, meth_noargs, meth_o};
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
    super::add_method(ty, "__reversed__", dict_reversed);
    super::add_classmethod(ty, "fromkeys", dict_fromkeys);
    super::add_attr(ty, "__hash__", Value::NONE);
    let t = types();
    for view_ty in [&t.dict_keys, &t.dict_values, &t.dict_items] {
        super::add_method(view_ty, "__reversed__", view_reversed);
        let getter = new_native("mapping", view_mapping, Binding::Function, view_ty.clone());
        let prop = alloc(
            &t.property,
            crate::objects::descr::PropertyData::new(getter, Value::NONE, Value::NONE, Value::NONE),
        );
        super::add_attr(view_ty, "mapping", prop);
        super::add_attr(view_ty, "__hash__", Value::NONE);
    }
    super::add_method(&t.dict_keys, "isdisjoint", view_isdisjoint);
    super::add_method(&t.dict_items, "isdisjoint", view_isdisjoint);
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
    let cls = super::new_target(args, &types().dict)?;
    crate::objects::subclass::instantiate(cls, DictData::new_value())
}

fn dict_init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::check_init_self(args, &types().dict)?;
    update_common(args, kw, "dict", "__init__")
}

fn dict_update(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    update_common(args, kw, "update", "update")
}

/// `dict(...)` and `d.update(...)`: one optional positional (a mapping or pairs), then
/// keywords (CPython's `dict_update_common`).
fn update_common(args: &[Value], kw: &[Value], fname: &str, method: &str) -> PyResult<Value> {
    let a = Args::new(args, kw);
    if a.pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "{} expected at most 1 argument, got {}",
            fname,
            a.pos.len() - 1
        )));
    }
    let d = self_dict(&a.pos[0], method)?;
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
    // A dict is copied directly unless its class iterates differently (CPython's
    // `dict_merge`): then `keys()` and `__getitem__` serve.
    if let Some(o) = other.downcast::<DictData>() {
        if ops::override_of(other, "__iter__").is_none() {
            return d.update_from(o);
        }
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
    let d = dict
        .downcast::<DictData>()
        .expect("a dict under construction");
    let is_mapping =
        other.kind() == Some(Kind::Dict) || ops::lookup_special(other, "keys").is_some();
    if !is_mapping {
        return Err(PyErr::type_error(match func {
            Some(f) => format!(
                "{} argument after ** must be a mapping, not {}",
                f,
                type_name(other)
            ),
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
                    return Err(PyErr::type_error("keywords must be strings"));
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
    alloc(
        ty,
        DictViewData {
            dict: d.clone(),
            which,
        },
    )
}

fn dict_keys(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    meth_noargs(args, kw, "dict.keys")?;
    self_dict(&args[0], "keys")?;
    Ok(view(&args[0], ViewKind::Keys))
}
fn dict_values(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    meth_noargs(args, kw, "dict.values")?;
    self_dict(&args[0], "values")?;
    Ok(view(&args[0], ViewKind::Values))
}
fn dict_items(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    meth_noargs(args, kw, "dict.items")?;
    self_dict(&args[0], "items")?;
    Ok(view(&args[0], ViewKind::Items))
}

fn dict_get(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = clinic_args(args, kw, "dict.get", "get", 1, 2)?;
    let d = self_dict(&args[0], "get")?;
    Ok(d.get(&p[0])?
        .unwrap_or_else(|| p.get(1).cloned().unwrap_or(Value::NONE)))
}

fn dict_setdefault(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = clinic_args(args, kw, "dict.setdefault", "setdefault", 1, 2)?;
    let d = self_dict(&args[0], "setdefault")?;
    if let Some(v) = d.get(&p[0])? {
        return Ok(v);
    }
    let v = p.get(1).cloned().unwrap_or(Value::NONE);
    d.set(p[0].clone(), v.clone())?;
    Ok(v)
}

fn dict_pop(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = clinic_args(args, kw, "dict.pop", "pop", 1, 2)?;
    let d = self_dict(&args[0], "pop")?;
    match d.remove(&p[0])? {
        Some(v) => Ok(v),
        None => match p.get(1) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(PyErr::key_error(p[0].clone())),
        },
    }
}

fn dict_popitem(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    meth_noargs(args, kw, "dict.popitem")?;
    let d = self_dict(&args[0], "popitem")?;
    match d.pop_last() {
        Some((k, v)) => Ok(new_tuple(vec![k, v])),
        None => Err(PyErr::key_error(crate::objects::str::new_str(
            "popitem(): dictionary is empty",
        ))),
    }
}

fn dict_copy(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    meth_noargs(args, kw, "dict.copy")?;
    let d = self_dict(&args[0], "copy")?;
    Ok(alloc(&types().dict, d.copy()))
}

fn dict_clear(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    meth_noargs(args, kw, "dict.clear")?;
    self_dict(&args[0], "clear")?.clear();
    Ok(Value::NONE)
}

fn dict_fromkeys(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = clinic_args(args, kw, "dict.fromkeys", "fromkeys", 1, 2)?;
    // `cls()`, filled through `__setitem__` unless it is a plain dict.
    let cls = &args[0];
    let d = if cls.is(&types().dict) {
        DictData::new_value()
    } else {
        ops::call(cls, &[], &[])?
    };
    let v = p.get(1).cloned().unwrap_or(Value::NONE);
    let it = ops::get_iter(&p[0])?;
    while let Some(k) = ops::next(&it)? {
        match d.downcast_exact::<DictData>() {
            Some(dd) => dd.set(k, v.clone())?,
            None => ops::setitem(&d, &k, v.clone())?,
        }
    }
    Ok(d)
}

/// Iterates a dict from its last entry to its first (CPython's reverse dict iterators).
struct DictReverseIter {
    dict: Value,
    /// Entry-array positions of the live entries when the iterator was made.
    positions: Vec<usize>,
    len: usize,
    which: ViewKind,
}

impl NativeIterator for DictReverseIter {
    fn next(&mut self) -> PyResult<Option<Value>> {
        let d = self.dict.downcast::<DictData>().expect("a dict");
        if d.len() != self.len {
            self.len = usize::MAX;
            self.positions.clear();
            return Err(PyErr::runtime_error(
                "dictionary changed size during iteration",
            ));
        }
        let Some(pos) = self.positions.pop() else {
            return Ok(None);
        };
        match d.next_entry(pos) {
            Some((next, k, v)) if next == pos + 1 => Ok(Some(match self.which {
                ViewKind::Keys => k,
                ViewKind::Values => v,
                ViewKind::Items => new_tuple(vec![k, v]),
            })),
            _ => {
                self.positions.clear();
                Err(PyErr::runtime_error(
                    "dictionary keys changed during iteration",
                ))
            }
        }
    }
}

/// `reversed(d)`, `reversed(d.keys())`, `reversed(d.values())`, `reversed(d.items())`.
pub fn reversed_iter(v: &Value) -> Option<Value> {
    let (dict, which) = match v.downcast::<DictViewData>() {
        Some(view) => (view.dict.clone(), view.which),
        None => (v.clone(), ViewKind::Keys),
    };
    let d = dict.downcast::<DictData>()?;
    let mut positions = Vec::with_capacity(d.len());
    let mut i = 0;
    while let Some((next, _, _)) = d.next_entry(i) {
        positions.push(next - 1);
        i = next;
    }
    let len = d.len();
    Some(new_native_iter(
        &types().reversed,
        Box::new(DictReverseIter {
            dict,
            positions,
            len,
            which,
        }),
    ))
}

fn dict_reversed(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    meth_noargs(args, kw, "dict.__reversed__")?;
    self_dict(&args[0], "__reversed__")?;
    Ok(reversed_iter(&args[0]).expect("checked to be a dict"))
}

fn self_view<'a>(v: &'a Value, method: &str) -> PyResult<&'a DictViewData> {
    v.downcast::<DictViewData>().ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{}' for 'dict_keys' objects doesn't apply to a '{}' object",
            method,
            type_name(v)
        ))
    })
}

fn view_reversed(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    meth_noargs(args, kw, "__reversed__")?;
    self_view(&args[0], "__reversed__")?;
    reversed_iter(&args[0]).ok_or_else(|| PyErr::type_error("dict view of a non-dict"))
}

/// `view.mapping`: the dict behind the view. (CPython wraps it in a read-only
/// `mappingproxy`, which ember does not have yet.)
fn view_mapping(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(super::mappingproxy::new_mappingproxy(
        self_view(&args[0], "mapping")?.dict.clone(),
    ))
}

/// True for a keys or items view (the set-like ones).
fn is_set_view(v: &Value) -> bool {
    v.downcast::<DictViewData>()
        .is_some_and(|w| w.which != ViewKind::Values)
}

fn view_len(v: &Value) -> usize {
    v.downcast::<DictViewData>()
        .and_then(|w| w.dict.downcast::<DictData>())
        .map_or(0, |d| d.len())
}

/// `view.isdisjoint(other)` (CPython's `dictviews_isdisjoint`).
fn view_isdisjoint(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let other = meth_o(args, kw, "isdisjoint")?;
    self_view(&args[0], "isdisjoint")?;
    let (mut this, mut other) = (args[0].clone(), other.clone());
    if this.is(&other) {
        return Ok(Value::bool(view_len(&this) == 0));
    }
    if (other.kind() == Some(Kind::Set) || is_set_view(&other))
        && ops::len(&other)? > view_len(&this)
    {
        std::mem::swap(&mut this, &mut other);
    }
    let it = ops::get_iter(&other)?;
    while let Some(x) = ops::next(&it)? {
        if ops::contains(&this, &x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn view_items(v: &Value) -> Vec<Value> {
    let view = v.downcast::<DictViewData>().expect("view");
    let d = view.dict.downcast::<DictData>().expect("dict");
    match view.which {
        ViewKind::Keys => d.keys(),
        ViewKind::Values => d.values(),
        ViewKind::Items => d
            .items()
            .into_iter()
            .map(|(k, x)| new_tuple(vec![k, x]))
            .collect(),
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
    new_set_from(v, false)
}

/// Comparisons of keys/items views (set-like).
pub fn view_compare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
    let set_like = |v: &Value| is_set_view(v) || v.kind() == Some(Kind::Set);
    if !set_like(a) || !set_like(b) {
        return Ok(None);
    }
    let (x, y) = (as_set_of(a)?, as_set_of(b)?);
    let r = ops::richcompare(&x, &y, op)?;
    Ok(Some(ops::is_true(&r)?))
}

/// The set a view operation starts from (CPython's `dictviews_to_set`): a keys view of
/// an exact dict copies the dict's keys with their hashes.
fn views_to_set(v: &Value) -> PyResult<Value> {
    if let Some(w) = v.downcast::<DictViewData>() {
        if w.which == ViewKind::Keys && type_of(&w.dict).is(&types().dict) {
            return new_set_from(&w.dict, false);
        }
    }
    new_set_from(v, false)
}

/// Set operators on keys/items views: results are sets (CPython's `dictviews_sub`,
/// `_PyDictView_Intersect`, `dictviews_or`, `dictviews_xor`). `a` need not be a view
/// (`[1] - d.keys()`); None when neither operand is a keys or items view.
pub fn view_binop(a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    if !matches!(op, BinOp::And | BinOp::Or | BinOp::Sub | BinOp::Xor) {
        return Ok(None);
    }
    if !is_set_view(a) && !is_set_view(b) {
        return Ok(None);
    }
    let result = match op {
        BinOp::Sub => {
            let r = views_to_set(a)?;
            super::set::difference_update(&r, b)?;
            r
        }
        BinOp::Or => {
            let r = views_to_set(a)?;
            as_set(&r).expect("a new set").update(b)?;
            r
        }
        BinOp::Xor => {
            if items_view(a).is_some() && items_view(b).is_some() {
                items_xor(a, b)?
            } else {
                let r = views_to_set(a)?;
                super::set::symmetric_difference_update(&r, b)?;
                r
            }
        }
        _ => views_intersect(a, b)?,
    };
    Ok(Some(result))
}

fn items_view(v: &Value) -> Option<&DictData> {
    let w = v.downcast::<DictViewData>()?;
    if w.which != ViewKind::Items {
        return None;
    }
    w.dict.downcast::<DictData>()
}

/// `view & other` (CPython's `_PyDictView_Intersect`).
fn views_intersect(a: &Value, b: &Value) -> PyResult<Value> {
    let (mut this, mut other) = (a.clone(), b.clone());
    if !is_set_view(&this) {
        std::mem::swap(&mut this, &mut other);
    }
    let len_this = view_len(&this);
    if type_of(&other).is(&types().set) && len_this <= ops::len(&other)? {
        return super::set::intersection(&other, &this);
    }
    if is_set_view(&other) && view_len(&other) > len_this {
        std::mem::swap(&mut this, &mut other);
    }
    let result = new_set(false);
    let r = as_set(&result).expect("a new set");
    let it = ops::get_iter(&other)?;
    while let Some(x) = ops::next(&it)? {
        if view_contains(&this, &x)? {
            r.add(x)?;
        }
    }
    Ok(result)
}

/// `a.items() ^ b.items()` (CPython's `dictitems_xor`).
fn items_xor(a: &Value, b: &Value) -> PyResult<Value> {
    let (d1, d2) = (
        items_view(a).expect("an items view"),
        items_view(b).expect("an items view"),
    );
    let temp = d1.copy();
    let result = new_set(false);
    let r = as_set(&result).expect("a new set");
    for e in d2.entries() {
        let keep = match temp.get_hashed(&e.key, e.hash)? {
            Some(v1) => !ops::eq_bool(&v1, &e.value)?,
            None => true,
        };
        if keep {
            r.add(new_tuple(vec![e.key, e.value]))?;
        } else {
            temp.remove(&e.key)?;
        }
    }
    for (k, v) in temp.items() {
        r.add(new_tuple(vec![k, v]))?;
    }
    Ok(result)
}

/// The items of a view, for iteration helpers.
pub fn view_values(v: &Value) -> Vec<Value> {
    view_items(v)
}
