//! `tuple`: constructor and methods; and the `index(x, start, stop)` bounds that list and
//! tuple share.

use crate::error::{PyErr, PyResult};
use crate::objects::int::{new_int, to_bigint};
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::ops;
use crate::types::args::Args;
use crate::types::list::{clinic_args, meth_o};
use crate::value::Value;
use crate::vm::types;
use num_traits::{Signed, ToPrimitive};

pub fn install(ty: &Value) {
    super::add_staticmethod(ty, "__new__", tuple_new);
    super::add_method(ty, "index", tuple_index);
    super::add_method(ty, "count", tuple_count);
}

fn tuple_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::new_via(args, kw, &types().tuple, tuple_value)
}

fn tuple_value(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.no_kwargs("tuple")?;
    if a.pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "tuple expected at most 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    match a.pos.get(1) {
        None => Ok(new_tuple(Vec::new())),
        Some(x) if crate::objects::typeobj::type_of(x).is(&types().tuple) => Ok(x.clone()),
        Some(x) => Ok(new_tuple(ops::collect(x)?)),
    }
}

/// A `start`/`stop` argument of `index` (CPython's `_PyEval_SliceIndexNotNone`): any
/// `__index__` value, huge ones clamped.
pub fn slice_index(v: &Value) -> PyResult<isize> {
    match ops::index_opt(v)? {
        Some(i) => {
            let b = to_bigint(&i).expect("__index__ returns an int");
            Ok(b.to_isize().unwrap_or(if b.is_negative() {
                isize::MIN
            } else {
                isize::MAX
            }))
        }
        None => Err(PyErr::type_error(
            "slice indices must be integers or have an __index__ method",
        )),
    }
}

/// The `[start, stop)` range `index(x, start, stop)` searches in a sequence of `len`.
pub fn search_bounds(
    start: Option<&Value>,
    stop: Option<&Value>,
    len: usize,
) -> PyResult<(usize, usize)> {
    let clamp = |v: Option<&Value>, default: usize| -> PyResult<usize> {
        let Some(v) = v else {
            return Ok(default);
        };
        let i = slice_index(v)?;
        Ok(if i < 0 {
            (i.saturating_add(len as isize)).max(0) as usize
        } else {
            (i as usize).min(len)
        })
    };
    Ok((clamp(start, 0)?, clamp(stop, len)?))
}

fn self_tuple<'a>(v: &'a Value, method: &str) -> PyResult<&'a [Value]> {
    as_tuple(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{}' for 'tuple' objects doesn't apply to a '{}' object",
            method,
            crate::objects::typeobj::type_name(v)
        ))
    })
}

fn tuple_index(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = clinic_args(args, kw, "tuple.index", "index", 1, 3)?;
    let t = self_tuple(&args[0], "index")?;
    let (start, stop) = search_bounds(p.get(1), p.get(2), t.len())?;
    for (i, x) in t.iter().enumerate().take(stop).skip(start) {
        if ops::eq_bool(x, &p[0])? {
            return Ok(new_int(i as i64));
        }
    }
    Err(PyErr::value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = meth_o(args, kw, "tuple.count")?;
    let t = self_tuple(&args[0], "count")?;
    let mut n = 0;
    for y in t {
        if ops::eq_bool(y, x)? {
            n += 1;
        }
    }
    Ok(new_int(n))
}
