//! `slice`: the constructor and `indices()`. Repr, comparison and the unhashable hash
//! live with the generic operations (`ops::repr`, `ops::compare`, `ops::hash`).

use crate::error::{PyErr, PyResult};
use crate::objects::int::{new_bigint, to_bigint};
use crate::objects::slice::{new_slice, SliceData};
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::type_name;
use crate::ops;
use crate::types::args::Args;
use crate::value::Value;
use crate::vm::types;
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

pub fn install(ty: &Value) {
    super::add_staticmethod(ty, "__new__", slice_new);
    super::add_method(ty, "indices", slice_indices);
    super::add_method(ty, "__reduce__", slice_reduce);
    super::add_attr(ty, "__hash__", Value::NONE);
}

fn slice_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.no_kwargs("slice")?;
    if !a.pos[0].is(&types().slice) {
        return Err(PyErr::type_error(
            "type 'slice' is not an acceptable base type",
        ));
    }
    let p = &a.pos[1..];
    match p.len() {
        0 => Err(PyErr::type_error(
            "slice expected at least 1 argument, got 0",
        )),
        1 => Ok(new_slice(Value::NONE, p[0].clone(), Value::NONE)),
        2 => Ok(new_slice(p[0].clone(), p[1].clone(), Value::NONE)),
        3 => Ok(new_slice(p[0].clone(), p[1].clone(), p[2].clone())),
        n => Err(PyErr::type_error(format!(
            "slice expected at most 3 arguments, got {}",
            n
        ))),
    }
}

fn self_slice(v: &Value) -> PyResult<&SliceData> {
    v.downcast::<SliceData>().ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor 'indices' for 'slice' objects doesn't apply to a '{}' object",
            type_name(v)
        ))
    })
}

/// A slice bound as an int: `__index__` is honoured, anything else is a TypeError.
fn bound(v: &Value) -> PyResult<BigInt> {
    match ops::index_opt(v)? {
        Some(i) => Ok(to_bigint(&i).expect("__index__ returns an int")),
        None => Err(PyErr::type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

/// `(start, stop, step)` of `s` over a sequence of `len` items, exactly (CPython's
/// `_PySlice_GetLongIndices`).
pub fn long_indices(s: &SliceData, len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let step = if s.step.is_none() {
        BigInt::from(1)
    } else {
        bound(&s.step)?
    };
    if step.is_zero() {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    let back = step.is_negative();
    let (lower, upper) = if back {
        (BigInt::from(-1), len - 1)
    } else {
        (BigInt::zero(), len.clone())
    };
    let adjust = |v: &Value, default: &BigInt| -> PyResult<BigInt> {
        if v.is_none() {
            return Ok(default.clone());
        }
        let mut i = bound(v)?;
        if i.is_negative() {
            i += len;
            if i < lower {
                i = lower.clone();
            }
        } else if i > upper {
            i = upper.clone();
        }
        Ok(i)
    };
    let start = adjust(&s.start, if back { &upper } else { &lower })?;
    let stop = adjust(&s.stop, if back { &lower } else { &upper })?;
    Ok((start, stop, step))
}

fn slice_indices(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = self_slice(&args[0])?;
    let a = Args::new(args, kw);
    a.no_kwargs("slice.indices")?;
    if a.pos.len() != 2 {
        return Err(PyErr::type_error(format!(
            "slice.indices() takes exactly one argument ({} given)",
            a.pos.len() - 1
        )));
    }
    let len = match ops::index_opt(&a.pos[1])? {
        Some(i) => to_bigint(&i).expect("__index__ returns an int"),
        None => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(&a.pos[1])
            )))
        }
    };
    if len.is_negative() {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let (start, stop, step) = long_indices(s, &len)?;
    Ok(new_tuple(vec![
        new_bigint(start),
        new_bigint(stop),
        new_bigint(step),
    ]))
}

fn slice_reduce(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = self_slice(&args[0])?;
    Ok(new_tuple(vec![
        types().slice.clone(),
        new_tuple(vec![s.start.clone(), s.stop.clone(), s.step.clone()]),
    ]))
}
