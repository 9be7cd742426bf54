//! `set` and `frozenset`: constructors, methods and operators, following
//! `Objects/setobject.c` step for step (which set is iterated, which one is probed, when
//! the table is resized), since that decides the order a result prints in.

use crate::error::{PyErr, PyResult};
use crate::object::Kind;
use crate::objects::dict::DictData;
use crate::objects::set::{as_set, is_frozen, new_set, new_set_from, SetData};
use crate::objects::str::new_str;
use crate::objects::typeobj::{type_name, type_of};
use crate::ops;
use crate::types::args::Args;
use crate::value::Value;
use crate::vm::types;
use ember_bytecode::BinOp;

pub fn install(ty: &Value) {
    super::add_method(ty, "__reduce__", set_reduce);
    super::add_staticmethod(ty, "__new__", set_new);
    super::add_method(ty, "__init__", set_init);
    super::add_method(ty, "add", set_add);
    super::add_method(ty, "discard", set_discard);
    super::add_method(ty, "remove", set_remove);
    super::add_method(ty, "pop", set_pop);
    super::add_method(ty, "clear", set_clear);
    super::add_method(ty, "update", set_update);
    super::add_method(ty, "intersection_update", set_intersection_update);
    super::add_method(ty, "difference_update", set_difference_update);
    super::add_method(
        ty,
        "symmetric_difference_update",
        set_symmetric_difference_update,
    );
    install_common(ty);
    super::add_attr(ty, "__hash__", Value::NONE);
}

pub fn install_frozenset(ty: &Value) {
    super::add_method(ty, "__reduce__", set_reduce);
    super::add_staticmethod(ty, "__new__", frozenset_new);
    install_common(ty);
}

fn install_common(ty: &Value) {
    super::add_method(ty, "copy", set_copy);
    super::add_method(ty, "union", set_union);
    super::add_method(ty, "intersection", set_intersection);
    super::add_method(ty, "difference", set_difference);
    super::add_method(ty, "symmetric_difference", set_symmetric_difference);
    super::add_method(ty, "issubset", set_issubset);
    super::add_method(ty, "issuperset", set_issuperset);
    super::add_method(ty, "isdisjoint", set_isdisjoint);
    super::add_method(ty, "__contains__", set_contains);
    super::add_method(ty, "__len__", set_len);
}

/// "set" or "frozenset", as CPython names the methods in its messages.
fn kind_name(v: &Value) -> &'static str {
    if is_frozen(v) {
        "frozenset"
    } else {
        "set"
    }
}

/// `self` of a method shared by set and frozenset.
fn self_set<'a>(v: &'a Value, method: &str) -> PyResult<&'a SetData> {
    as_set(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{}' for 'set' objects doesn't apply to a '{}' object",
            method,
            type_name(v)
        ))
    })
}

/// `self` of a mutating method: a set, not a frozenset.
fn self_mut<'a>(v: &'a Value, method: &str) -> PyResult<&'a SetData> {
    match as_set(v) {
        Some(s) if !is_frozen(v) => Ok(s),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{}' for 'set' objects doesn't apply to a '{}' object",
            method,
            type_name(v)
        ))),
    }
}

/// Checks a METH_O method's call: one positional argument, no keywords.
fn one_arg<'a>(args: &'a [Value], kw: &[Value], method: &str) -> PyResult<&'a Value> {
    let n = args.len() - kw.len();
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}.{}() takes no keyword arguments",
            kind_name(&args[0]),
            method
        )));
    }
    if n != 2 {
        return Err(PyErr::type_error(format!(
            "{}.{}() takes exactly one argument ({} given)",
            kind_name(&args[0]),
            method,
            n - 1
        )));
    }
    Ok(&args[1])
}

/// Checks a METH_NOARGS method's call.
fn no_args(args: &[Value], kw: &[Value], method: &str) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}.{}() takes no keyword arguments",
            kind_name(&args[0]),
            method
        )));
    }
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "{}.{}() takes no arguments ({} given)",
            kind_name(&args[0]),
            method,
            args.len() - 1
        )));
    }
    Ok(())
}

/// The arguments of a METH_VARARGS method (no keywords allowed).
fn var_args<'a>(args: &'a [Value], kw: &[Value], method: &str) -> PyResult<&'a [Value]> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}.{}() takes no keyword arguments",
            kind_name(&args[0]),
            method
        )));
    }
    Ok(&args[1..])
}

fn data(v: &Value) -> &SetData {
    as_set(v).expect("checked to be a set")
}

/// An empty set of `like`'s base type (CPython's `make_new_set_basetype`).
fn new_like(like: &Value) -> Value {
    new_set(is_frozen(like))
}

/// A copy of `so` with its base type.
fn copy_of(so: &Value) -> PyResult<Value> {
    let r = new_like(so);
    data(&r).merge(data(so))?;
    Ok(r)
}

/// `v` as a dict payload when it is exactly a dict.
fn exact_dict(v: &Value) -> Option<&DictData> {
    if type_of(v).is(&types().dict) {
        v.downcast::<DictData>()
    } else {
        None
    }
}

fn set_new(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let cls = super::new_target(args, &types().set)?;
    crate::objects::subclass::instantiate(cls, new_set(false))
}

fn set_init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.no_kwargs("set")?;
    if a.pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "set expected at most 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    let s = self_mut(&a.pos[0], "__init__")?;
    if s.fill() > 0 {
        s.clear();
    }
    if let Some(it) = a.pos.get(1) {
        s.update(it)?;
    }
    Ok(Value::NONE)
}

fn frozenset_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::new_via(args, kw, &types().frozenset, frozenset_value)
}

fn frozenset_value(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.no_kwargs("frozenset")?;
    if a.pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "frozenset expected at most 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    match a.pos.get(1) {
        None => Ok(new_set(true)),
        Some(x) if type_of(x).is(&types().frozenset) => Ok(x.clone()),
        Some(x) => new_set_from(x, true),
    }
}

fn set_add(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(args, kw, "add")?;
    self_mut(&args[0], "add")?.add(x.clone())?;
    Ok(Value::NONE)
}

fn set_discard(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(args, kw, "discard")?;
    self_mut(&args[0], "discard")?.discard(x)?;
    Ok(Value::NONE)
}

fn set_remove(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(args, kw, "remove")?;
    if !self_mut(&args[0], "remove")?.discard(x)? {
        return Err(PyErr::key_error(x.clone()));
    }
    Ok(Value::NONE)
}

fn set_pop(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(args, kw, "pop")?;
    self_mut(&args[0], "pop")?
        .pop()
        .ok_or_else(|| PyErr::key_error(new_str("pop from an empty set")))
}

fn set_clear(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(args, kw, "clear")?;
    self_mut(&args[0], "clear")?.clear();
    Ok(Value::NONE)
}

fn set_contains(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(args, kw, "__contains__")?;
    Ok(Value::bool(
        self_set(&args[0], "__contains__")?.contains(x)?,
    ))
}

fn set_len(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(args, kw, "__len__")?;
    Ok(crate::objects::int::new_int(
        self_set(&args[0], "__len__")?.len() as i64,
    ))
}

fn set_update(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let others = var_args(args, kw, "update")?;
    let s = self_mut(&args[0], "update")?;
    for other in others {
        s.update(other)?;
    }
    Ok(Value::NONE)
}

fn set_copy(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(args, kw, "copy")?;
    self_set(&args[0], "copy")?;
    if type_of(&args[0]).is(&types().frozenset) {
        return Ok(args[0].clone());
    }
    copy_of(&args[0])
}

/// `so | other` and `so.union(*others)`.
fn union(so: &Value, others: &[Value]) -> PyResult<Value> {
    let result = copy_of(so)?;
    for other in others {
        if other.is(so) {
            continue;
        }
        data(&result).update(other)?;
    }
    Ok(result)
}

/// `so & other` for any iterable `other` (CPython's `set_intersection`): iterates the
/// smaller of two sets, probing the larger.
pub fn intersection(so: &Value, other: &Value) -> PyResult<Value> {
    let result = new_like(so);
    let r = data(&result);
    let s = data(so);
    if let Some(o) = as_set(other) {
        let (small, large) = if o.len() > s.len() { (s, o) } else { (o, s) };
        for (k, h) in small.entries() {
            if large.contains_hashed(&k, h)? {
                r.add_hashed(k, h)?;
            }
        }
        return Ok(result);
    }
    let it = ops::get_iter(other)?;
    while let Some(k) = ops::next(&it)? {
        let h = ops::hash(&k)?;
        if s.contains_hashed(&k, h)? {
            r.add_hashed(k, h)?;
        }
    }
    Ok(result)
}

fn intersection_multi(so: &Value, others: &[Value]) -> PyResult<Value> {
    if others.is_empty() {
        return copy_of(so);
    }
    let mut result = so.clone();
    for other in others {
        result = intersection(&result, other)?;
    }
    Ok(result)
}

/// `so - other` (CPython's `set_difference`).
fn difference(so: &Value, other: &Value) -> PyResult<Value> {
    let s = data(so);
    let other_size = if let Some(o) = as_set(other) {
        o.len()
    } else if let Some(d) = exact_dict(other) {
        d.len()
    } else {
        return copy_and_difference(so, other);
    };
    // When `so` is much larger, copying it and removing is cheaper.
    if (s.len() >> 2) > other_size {
        return copy_and_difference(so, other);
    }
    let result = new_like(so);
    let r = data(&result);
    if let Some(d) = exact_dict(other) {
        for (k, h) in s.entries() {
            if d.get_hashed(&k, h)?.is_none() {
                r.add_hashed(k, h)?;
            }
        }
        return Ok(result);
    }
    let o = data(other);
    for (k, h) in s.entries() {
        if !o.contains_hashed(&k, h)? {
            r.add_hashed(k, h)?;
        }
    }
    Ok(result)
}

fn copy_and_difference(so: &Value, other: &Value) -> PyResult<Value> {
    let result = copy_of(so)?;
    difference_update(&result, other)?;
    Ok(result)
}

fn difference_multi(so: &Value, others: &[Value]) -> PyResult<Value> {
    let Some((first, rest)) = others.split_first() else {
        return copy_of(so);
    };
    let result = difference(so, first)?;
    for other in rest {
        difference_update(&result, other)?;
    }
    Ok(result)
}

/// `so -= other` for any iterable (CPython's `set_difference_update_internal`).
pub fn difference_update(so: &Value, other: &Value) -> PyResult<()> {
    let s = data(so);
    if so.is(other) {
        s.clear();
        return Ok(());
    }
    if let Some(o) = as_set(other) {
        // A much larger other set is first cut down to the common keys.
        let keys = if (o.len() >> 3) > s.len() {
            data(&intersection(so, other)?).entries()
        } else {
            o.entries()
        };
        for (k, h) in keys {
            s.discard_hashed(&k, h)?;
        }
    } else {
        let it = ops::get_iter(other)?;
        while let Some(k) = ops::next(&it)? {
            s.discard(&k)?;
        }
    }
    // More than a quarter dummies: rebuild the table without them.
    if s.fill() - s.len() > s.mask() / 4 {
        let used = s.len();
        s.resize(if used > 50000 { used * 2 } else { used * 4 });
    }
    Ok(())
}

/// `so ^= other` (CPython's `set_symmetric_difference_update`).
pub fn symmetric_difference_update(so: &Value, other: &Value) -> PyResult<()> {
    let s = data(so);
    if so.is(other) {
        s.clear();
        return Ok(());
    }
    let keys = if let Some(d) = exact_dict(other) {
        d.entries().into_iter().map(|e| (e.key, e.hash)).collect()
    } else if let Some(o) = as_set(other) {
        o.entries()
    } else {
        data(&new_set_from(other, is_frozen(so))?).entries()
    };
    for (k, h) in keys {
        if !s.discard_hashed(&k, h)? {
            s.add_hashed(k, h)?;
        }
    }
    Ok(())
}

/// `so ^ other`: a copy of `other` (with `so`'s type) updated by `so`.
fn symmetric_difference(so: &Value, other: &Value) -> PyResult<Value> {
    let result = new_set_from(other, is_frozen(so))?;
    symmetric_difference_update(&result, so)?;
    Ok(result)
}

fn set_union(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let others = var_args(args, kw, "union")?;
    self_set(&args[0], "union")?;
    union(&args[0], others)
}

fn set_intersection(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let others = var_args(args, kw, "intersection")?;
    self_set(&args[0], "intersection")?;
    intersection_multi(&args[0], others)
}

fn set_difference(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let others = var_args(args, kw, "difference")?;
    self_set(&args[0], "difference")?;
    difference_multi(&args[0], others)
}

fn set_symmetric_difference(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let other = one_arg(args, kw, "symmetric_difference")?;
    self_set(&args[0], "symmetric_difference")?;
    symmetric_difference(&args[0], other)
}

fn set_intersection_update(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let others = var_args(args, kw, "intersection_update")?;
    let s = self_mut(&args[0], "intersection_update")?;
    let result = intersection_multi(&args[0], others)?;
    if !result.is(&args[0]) {
        s.swap_bodies(data(&result));
    }
    Ok(Value::NONE)
}

fn set_difference_update(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let others = var_args(args, kw, "difference_update")?;
    self_mut(&args[0], "difference_update")?;
    for other in others {
        difference_update(&args[0], other)?;
    }
    Ok(Value::NONE)
}

fn set_symmetric_difference_update(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let other = one_arg(args, kw, "symmetric_difference_update")?;
    self_mut(&args[0], "symmetric_difference_update")?;
    symmetric_difference_update(&args[0], other)?;
    Ok(Value::NONE)
}

/// `a <= b` for a set `a` and any iterable `b`.
fn issubset(a: &Value, b: &Value) -> PyResult<bool> {
    let Some(o) = as_set(b) else {
        return issubset(a, &new_set_from(b, false)?);
    };
    let s = data(a);
    if s.len() > o.len() {
        return Ok(false);
    }
    for (k, h) in s.entries() {
        if !o.contains_hashed(&k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn issuperset(a: &Value, b: &Value) -> PyResult<bool> {
    if as_set(b).is_some() {
        return issubset(b, a);
    }
    let s = data(a);
    let it = ops::get_iter(b)?;
    while let Some(k) = ops::next(&it)? {
        if !s.contains(&k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_issubset(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let other = one_arg(args, kw, "issubset")?;
    self_set(&args[0], "issubset")?;
    Ok(Value::bool(issubset(&args[0], other)?))
}

fn set_issuperset(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let other = one_arg(args, kw, "issuperset")?;
    self_set(&args[0], "issuperset")?;
    Ok(Value::bool(issuperset(&args[0], other)?))
}

fn set_isdisjoint(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let other = one_arg(args, kw, "isdisjoint")?;
    let s = self_set(&args[0], "isdisjoint")?;
    if other.is(&args[0]) {
        return Ok(Value::bool(s.is_empty()));
    }
    if let Some(o) = as_set(other) {
        let (small, large) = if o.len() > s.len() { (s, o) } else { (o, s) };
        for (k, h) in small.entries() {
            if large.contains_hashed(&k, h)? {
                return Ok(Value::FALSE);
            }
        }
        return Ok(Value::TRUE);
    }
    let it = ops::get_iter(other)?;
    while let Some(k) = ops::next(&it)? {
        if s.contains(&k)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for two sets; the result has `a`'s base type.
pub fn set_binop(a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    match op {
        BinOp::Or => union(a, std::slice::from_ref(b)),
        BinOp::And => intersection(a, b),
        BinOp::Sub => difference(a, b),
        _ => symmetric_difference(a, b),
    }
}

/// `a |= b` etc. on a mutable set `a` and a set `b`.
pub fn set_inplace(a: &Value, b: &Value, op: BinOp) -> PyResult<()> {
    match op {
        BinOp::Or => data(a).update(b),
        BinOp::And => {
            let r = intersection(a, b)?;
            data(a).swap_bodies(data(&r));
            Ok(())
        }
        BinOp::Sub => difference_update(a, b),
        _ => symmetric_difference_update(a, b),
    }
}

/// `s.update(other)` for the interpreter's `{*a, *b}` displays.
pub fn update(s: &Value, other: &Value) -> PyResult<()> {
    match as_set(s) {
        Some(sd) if s.kind() == Some(Kind::Set) => sd.update(other),
        _ => Err(PyErr::type_error("set.update() on a non-set")),
    }
}

/// `set.__reduce__()`: `(type(self), (list(self),), self.__dict__ or None)`, how copy
/// and pickle rebuild a set or frozenset (and their subclasses).
fn set_reduce(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__reduce__", 1, 1)?;
    let s = &args[0];
    let items = crate::objects::list::new_list(ops::collect(s)?);
    let state = crate::objects::subclass::instance_dict(s)
        .filter(|d| d.downcast::<DictData>().is_some_and(|d| !d.is_empty()))
        .unwrap_or(Value::NONE);
    Ok(crate::objects::tuple::new_tuple(vec![
        type_of(s).clone(),
        crate::objects::tuple::new_tuple(vec![items]),
        state,
    ]))
}
