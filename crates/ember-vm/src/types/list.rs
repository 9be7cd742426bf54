//! `list`: constructor and methods, including the stable `sort` with `key` and `reverse`.

use crate::error::{PyErr, PyResult};
use crate::objects::int::new_int;
use crate::objects::list::{new_list, ListData};
use crate::objects::typeobj::type_name;
use crate::ops;
use crate::types::args::Args;
use crate::value::Value;
use crate::vm::types;
use ember_bytecode::CmpOp;

pub fn install(ty: &Value) {
    super::add_staticmethod(ty, "__new__", list_new);
    super::add_method(ty, "__init__", list_init);
    super::add_method(ty, "append", list_append);
    super::add_method(ty, "extend", list_extend);
    super::add_method(ty, "pop", list_pop);
    super::add_method(ty, "insert", list_insert);
    super::add_method(ty, "sort", list_sort);
    super::add_method(ty, "reverse", list_reverse);
    super::add_method(ty, "index", list_index);
    super::add_method(ty, "count", list_count);
    super::add_method(ty, "remove", list_remove);
    super::add_method(ty, "copy", list_copy);
    super::add_method(ty, "clear", list_clear);
    super::add_attr(ty, "__hash__", Value::NONE);
}

/// `self` of a list method.
pub fn self_list<'a>(v: &'a Value, method: &str) -> PyResult<&'a ListData> {
    v.downcast::<ListData>().ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{}' for 'list' objects doesn't apply to a '{}' object",
            method,
            type_name(v)
        ))
    })
}

fn list_new(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if !args[0].is(&types().list) {
        return Err(PyErr::not_implemented("list subclasses are not supported by ember yet"));
    }
    Ok(new_list(Vec::new()))
}

fn list_init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.no_kwargs("list")?;
    if a.pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "list expected at most 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    let l = self_list(&a.pos[0], "__init__")?;
    let items = match a.pos.get(1) {
        Some(it) => ops::collect(it)?,
        None => Vec::new(),
    };
    l.replace(items);
    Ok(Value::NONE)
}

fn list_append(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("list.append", 2, 2).map_err(|_| {
        PyErr::type_error(format!(
            "list.append() takes exactly one argument ({} given)",
            args.len() - 1
        ))
    })?;
    self_list(&args[0], "append")?.push(args[1].clone());
    Ok(Value::NONE)
}

fn list_extend(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let l = self_list(&args[0], "extend")?;
    let items = ops::collect(&args[1])?;
    l.vec_mut().extend(items);
    Ok(Value::NONE)
}

fn list_pop(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("pop", 1, 2)?;
    let l = self_list(&a.pos[0], "pop")?;
    if l.is_empty() {
        return Err(PyErr::index_error("pop from empty list"));
    }
    let i = match a.pos.get(1) {
        Some(i) => ops::index_isize(i)?.ok_or_else(|| {
            PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(i)
            ))
        })?,
        None => -1,
    };
    match ops::norm_index(i, l.len()) {
        Some(j) => Ok(l.vec_mut().remove(j)),
        None => Err(PyErr::index_error("pop index out of range")),
    }
}

fn list_insert(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("insert", 3, 3)?;
    let l = self_list(&a.pos[0], "insert")?;
    let i = ops::index_isize(&a.pos[1])?.ok_or_else(|| {
        PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(&a.pos[1])
        ))
    })?;
    let n = l.len() as isize;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    l.vec_mut().insert(j, a.pos[2].clone());
    Ok(Value::NONE)
}

fn list_reverse(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    self_list(&args[0], "reverse")?.vec_mut().reverse();
    Ok(Value::NONE)
}

fn list_index(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("index", 2, 4)?;
    let l = self_list(&a.pos[0], "index")?;
    let len = l.len();
    let bound = |v: Option<&Value>, d: usize| -> PyResult<usize> {
        Ok(match v {
            None => d,
            Some(v) => {
                let i = ops::index_isize(v)?.unwrap_or(0);
                if i < 0 {
                    (i + len as isize).max(0) as usize
                } else {
                    (i as usize).min(len)
                }
            }
        })
    };
    let start = bound(a.pos.get(2), 0)?;
    let stop = bound(a.pos.get(3), len)?;
    let mut i = start;
    while i < stop {
        let Some(x) = l.get(i) else { break };
        if ops::eq_bool(&x, &a.pos[1])? {
            return Ok(new_int(i as i64));
        }
        i += 1;
    }
    Err(PyErr::value_error(format!(
        "{} is not in list",
        ops::repr(&a.pos[1])?
    )))
}

fn list_count(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("count", 2, 2)?;
    let l = self_list(&args[0], "count")?;
    let mut n = 0;
    for x in l.to_vec() {
        if ops::eq_bool(&x, &args[1])? {
            n += 1;
        }
    }
    Ok(new_int(n))
}

fn list_remove(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("remove", 2, 2)?;
    let l = self_list(&args[0], "remove")?;
    let mut i = 0;
    while let Some(x) = l.get(i) {
        if ops::eq_bool(&x, &args[1])? {
            if i < l.len() {
                l.vec_mut().remove(i);
            }
            return Ok(Value::NONE);
        }
        i += 1;
    }
    Err(PyErr::value_error("list.remove(x): x not in list"))
}

fn list_copy(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_list(self_list(&args[0], "copy")?.to_vec()))
}

fn list_clear(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    self_list(&args[0], "clear")?.replace(Vec::new());
    Ok(Value::NONE)
}

/// Stable merge sort by `a < b`, propagating the first comparison error.
pub fn sort_values(items: &mut Vec<(Value, Value)>) -> PyResult<()> {
    let mut err: Option<PyErr> = None;
    // `sort_by` is a stable merge sort; a failing comparison records the error and
    // answers "equal" so the sort finishes quickly and the error is raised after.
    items.sort_by(|x, y| {
        if err.is_some() {
            return std::cmp::Ordering::Equal;
        }
        match lt(&y.0, &x.0) {
            Ok(true) => std::cmp::Ordering::Greater,
            Ok(false) => match lt(&x.0, &y.0) {
                Ok(true) => std::cmp::Ordering::Less,
                Ok(false) => std::cmp::Ordering::Equal,
                Err(e) => {
                    err = Some(e);
                    std::cmp::Ordering::Equal
                }
            },
            Err(e) => {
                err = Some(e);
                std::cmp::Ordering::Equal
            }
        }
    });
    match err {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

fn lt(a: &Value, b: &Value) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Ok(x < y);
    }
    if let (Some(x), Some(y)) = (crate::objects::str::as_str(a), crate::objects::str::as_str(b)) {
        return Ok(x < y);
    }
    let r = ops::richcompare(a, b, CmpOp::Lt)?;
    ops::is_true(&r)
}

/// Sorts `items` in place by `key` (None for identity), reversed when asked, stably.
pub fn sort_list_items(items: Vec<Value>, key: &Value, reverse: bool) -> PyResult<Vec<Value>> {
    let mut keyed = Vec::with_capacity(items.len());
    for it in items {
        let k = if key.is_none() {
            it.clone()
        } else {
            ops::call(key, std::slice::from_ref(&it), &[])?
        };
        keyed.push((k, it));
    }
    if reverse {
        keyed.reverse();
    }
    sort_values(&mut keyed)?;
    if reverse {
        keyed.reverse();
    }
    Ok(keyed.into_iter().map(|(_, v)| v).collect())
}

fn list_sort(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    if a.pos.len() > 1 {
        return Err(PyErr::type_error("sort() takes no positional arguments"));
    }
    a.only_kwargs("sort", &["key", "reverse"])?;
    let l = self_list(&a.pos[0], "sort")?;
    let key = a.kw("key").cloned().unwrap_or(Value::NONE);
    let reverse = match a.kw("reverse") {
        Some(r) => ops::is_true(r)?,
        None => false,
    };
    // The list is empty while sorting, as in CPython: mutation is detected after.
    let items = std::mem::take(l.vec_mut());
    let result = sort_list_items(items.clone(), &key, reverse);
    let modified = !l.is_empty();
    match result {
        Ok(sorted) => {
            l.replace(sorted);
            if modified {
                return Err(PyErr::value_error("list modified during sort"));
            }
            Ok(Value::NONE)
        }
        Err(e) => {
            l.replace(items);
            Err(e)
        }
    }
}
