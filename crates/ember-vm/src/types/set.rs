//! `set` and `frozenset`: constructors, methods and operators.

use crate::error::{PyErr, PyResult};
use crate::objects::set::{as_set, is_frozen, new_set, SetData};
use crate::objects::typeobj::type_name;
use crate::ops;
use crate::types::args::Args;
use crate::value::Value;
use crate::vm::types;
use ember_bytecode::BinOp;

pub fn install(ty: &Value) {
    super::add_staticmethod(ty, "__new__", set_new);
    super::add_method(ty, "__init__", set_init);
    super::add_method(ty, "add", set_add);
    super::add_method(ty, "discard", set_discard);
    super::add_method(ty, "remove", set_remove);
    super::add_method(ty, "pop", set_pop);
    super::add_method(ty, "clear", set_clear);
    super::add_method(ty, "update", set_update);
    install_common(ty);
    super::add_attr(ty, "__hash__", Value::NONE);
}

pub fn install_frozenset(ty: &Value) {
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
}

fn self_set<'a>(v: &'a Value, method: &str) -> PyResult<&'a SetData> {
    as_set(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{}' for 'set' objects doesn't apply to a '{}' object",
            method,
            type_name(v)
        ))
    })
}

fn set_from(items: Vec<Value>, frozen: bool) -> PyResult<Value> {
    let s = new_set(frozen);
    let sd = as_set(&s).expect("set");
    for x in items {
        sd.add(x)?;
    }
    Ok(s)
}

fn set_new(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if !args[0].is(&types().set) {
        return Err(PyErr::not_implemented("set subclasses are not supported by ember yet"));
    }
    Ok(new_set(false))
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
    let s = self_set(&a.pos[0], "__init__")?;
    s.table.clear();
    if let Some(it) = a.pos.get(1) {
        for x in ops::collect(it)? {
            s.add(x)?;
        }
    }
    Ok(Value::NONE)
}

fn frozenset_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.no_kwargs("frozenset")?;
    match a.pos.get(1) {
        None => Ok(new_set(true)),
        Some(x) if is_frozen(x) && x.kind() == Some(crate::object::Kind::Set) => Ok(x.clone()),
        Some(x) => set_from(ops::collect(x)?, true),
    }
}

fn set_add(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("add", 2, 2)?;
    self_set(&args[0], "add")?.add(args[1].clone())?;
    Ok(Value::NONE)
}

fn set_discard(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("discard", 2, 2)?;
    self_set(&args[0], "discard")?.table.remove(&args[1])?;
    Ok(Value::NONE)
}

fn set_remove(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("remove", 2, 2)?;
    if self_set(&args[0], "remove")?.table.remove(&args[1])?.is_none() {
        return Err(PyErr::key_error(args[1].clone()));
    }
    Ok(Value::NONE)
}

fn set_pop(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = self_set(&args[0], "pop")?;
    match s.table.next_entry(0) {
        Some((_, k, _)) => {
            s.table.remove(&k)?;
            Ok(k)
        }
        None => Err(PyErr::key_error(crate::objects::str::new_str(
            "pop from an empty set",
        ))),
    }
}

fn set_clear(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    self_set(&args[0], "clear")?.table.clear();
    Ok(Value::NONE)
}

fn set_update(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = self_set(&args[0], "update")?;
    for other in &args[1..] {
        for x in ops::collect(other)? {
            s.add(x)?;
        }
    }
    Ok(Value::NONE)
}

fn set_copy(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = self_set(&args[0], "copy")?;
    set_from(s.items(), is_frozen(&args[0]))
}

fn others_op(args: &[Value], op: BinOp) -> PyResult<Value> {
    let frozen = is_frozen(&args[0]);
    let mut acc = set_from(self_set(&args[0], "union")?.items(), frozen)?;
    for other in &args[1..] {
        let o = set_from(ops::collect(other)?, false)?;
        acc = set_binop(&acc, &o, op)?;
    }
    Ok(acc)
}

fn set_union(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    others_op(args, BinOp::Or)
}
fn set_intersection(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    others_op(args, BinOp::And)
}
fn set_difference(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    others_op(args, BinOp::Sub)
}
fn set_symmetric_difference(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("symmetric_difference", 2, 2)?;
    others_op(args, BinOp::Xor)
}

fn set_issubset(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let a = self_set(&args[0], "issubset")?;
    let o = set_from(ops::collect(&args[1])?, false)?;
    let od = as_set(&o).expect("set");
    for x in a.items() {
        if !od.contains(&x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn set_issuperset(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let a = self_set(&args[0], "issuperset")?;
    for x in ops::collect(&args[1])? {
        if !a.contains(&x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn set_isdisjoint(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let a = self_set(&args[0], "isdisjoint")?;
    for x in ops::collect(&args[1])? {
        if a.contains(&x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for two sets; the result has `a`'s kind.
pub fn set_binop(a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let (x, y) = (as_set(a).expect("set"), as_set(b).expect("set"));
    let mut out = Vec::new();
    match op {
        BinOp::Or => {
            out = x.items();
            out.extend(y.items());
        }
        BinOp::And => {
            for k in x.items() {
                if y.contains(&k)? {
                    out.push(k);
                }
            }
        }
        BinOp::Sub => {
            for k in x.items() {
                if !y.contains(&k)? {
                    out.push(k);
                }
            }
        }
        _ => {
            for k in x.items() {
                if !y.contains(&k)? {
                    out.push(k);
                }
            }
            for k in y.items() {
                if !x.contains(&k)? {
                    out.push(k);
                }
            }
        }
    }
    set_from(out, is_frozen(a))
}

/// `a |= b` etc. on a mutable set.
pub fn set_inplace(a: &Value, b: &Value, op: BinOp) -> PyResult<()> {
    let r = set_binop(a, b, op)?;
    let x = as_set(a).expect("set");
    x.table.clear();
    for k in as_set(&r).expect("set").items() {
        x.add(k)?;
    }
    Ok(())
}
