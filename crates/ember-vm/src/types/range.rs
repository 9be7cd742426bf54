//! `range`: construction, length, indexing, containment, iteration and repr.

use crate::error::{PyErr, PyResult};
use crate::object::alloc;
use crate::objects::int::{new_bigint, new_int, to_bigint};
use crate::objects::iter::{new_native_iter, NativeIterator};
use crate::objects::range::RangeData;
use crate::objects::slice::SliceData;
use crate::objects::typeobj::type_name;
use crate::ops;
use crate::types::args::Args;
use crate::value::Value;
use crate::vm::types;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

pub fn install(ty: &Value) {
    super::add_staticmethod(ty, "__new__", range_new);
    super::add_method(ty, "index", range_index);
    super::add_method(ty, "count", range_count);
}

fn as_index(v: &Value) -> PyResult<BigInt> {
    match ops::index_opt(v)? {
        Some(i) => Ok(to_bigint(&i).expect("index returns int")),
        None => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))),
    }
}

/// A new range object.
pub fn new_range(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    let len = range_len_big(&start, &stop, &step);
    let small = match (start.to_i64(), stop.to_i64(), step.to_i64(), len.to_i64()) {
        (Some(a), Some(b), Some(c), Some(_)) => Some((a, b, c)),
        _ => None,
    };
    alloc(
        &types().range,
        RangeData {
            start_v: new_bigint(start.clone()),
            stop_v: new_bigint(stop.clone()),
            step_v: new_bigint(step.clone()),
            start,
            stop,
            step,
            small,
        },
    )
}

fn range_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.no_kwargs("range")?;
    let p = &a.pos[1..];
    let (start, stop, step) = match p.len() {
        1 => (BigInt::zero(), as_index(&p[0])?, BigInt::from(1)),
        2 => (as_index(&p[0])?, as_index(&p[1])?, BigInt::from(1)),
        3 => (as_index(&p[0])?, as_index(&p[1])?, as_index(&p[2])?),
        0 => return Err(PyErr::type_error("range expected at least 1 argument, got 0")),
        n => {
            return Err(PyErr::type_error(format!(
                "range expected at most 3 arguments, got {}",
                n
            )))
        }
    };
    if step.is_zero() {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    Ok(new_range(start, stop, step))
}

fn range_len_big(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() {
        if start < stop {
            (stop - start - 1) / step + 1
        } else {
            BigInt::zero()
        }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        BigInt::zero()
    }
}

fn data(v: &Value) -> &RangeData {
    v.downcast::<RangeData>().expect("range")
}

/// `len(range)` (saturating; OverflowError is raised by `len()` callers for huge ranges).
pub fn range_len(v: &Value) -> usize {
    let r = data(v);
    range_len_big(&r.start, &r.stop, &r.step).to_usize().unwrap_or(usize::MAX)
}

/// (len, first, step) identifying equal ranges.
pub fn range_items_key(v: &Value) -> (BigInt, BigInt, BigInt) {
    let r = data(v);
    let len = range_len_big(&r.start, &r.stop, &r.step);
    if len.is_zero() {
        return (len, BigInt::zero(), BigInt::zero());
    }
    if len == BigInt::from(1) {
        return (len, r.start.clone(), BigInt::zero());
    }
    (len, r.start.clone(), r.step.clone())
}

/// `range[key]`.
pub fn range_getitem(v: &Value, key: &Value) -> PyResult<Value> {
    let r = data(v);
    let len = range_len_big(&r.start, &r.stop, &r.step);
    if let Some(s) = key.downcast::<SliceData>() {
        let n = len.to_usize().unwrap_or(usize::MAX);
        let (start, stop, step, _) = ops::slice_indices(s, n)?;
        let b = |i: isize| &r.start + &r.step * BigInt::from(i);
        return Ok(new_range(b(start), b(stop), &r.step * BigInt::from(step)));
    }
    let Some(i) = ops::index_opt(key)? else {
        return Err(PyErr::type_error(format!(
            "range indices must be integers or slices, not {}",
            type_name(key)
        )));
    };
    let mut i = to_bigint(&i).expect("int");
    if i.is_negative() {
        i += &len;
    }
    if i.is_negative() || i >= len {
        return Err(PyErr::index_error("range object index out of range"));
    }
    Ok(new_bigint(&r.start + &r.step * i))
}

/// `x in range`.
pub fn range_contains(v: &Value, item: &Value) -> PyResult<bool> {
    let r = data(v);
    let Some(x) = (if item.is_bool() { None } else { to_bigint(item) }) else {
        let it = ops::get_iter(v)?;
        while let Some(y) = ops::next(&it)? {
            if ops::eq_bool(&y, item)? {
                return Ok(true);
            }
        }
        return Ok(false);
    };
    let inside = if r.step.is_positive() {
        r.start <= x && x < r.stop
    } else {
        r.stop < x && x <= r.start
    };
    Ok(inside && (&x - &r.start).mod_floor(&r.step.abs()).is_zero())
}

struct RangeIter {
    next: i64,
    stop: i64,
    step: i64,
}
impl NativeIterator for RangeIter {
    fn next(&mut self) -> PyResult<Option<Value>> {
        if (self.step > 0 && self.next < self.stop) || (self.step < 0 && self.next > self.stop) {
            let v = self.next;
            self.next = v.saturating_add(self.step);
            Ok(Some(new_int(v)))
        } else {
            Ok(None)
        }
    }
}

struct BigRangeIter {
    next: BigInt,
    left: BigInt,
    step: BigInt,
}
impl NativeIterator for BigRangeIter {
    fn next(&mut self) -> PyResult<Option<Value>> {
        if !self.left.is_positive() {
            return Ok(None);
        }
        let v = self.next.clone();
        self.next += &self.step;
        self.left -= 1;
        Ok(Some(new_bigint(v)))
    }
}

/// `iter(range)`.
pub fn range_iter(v: &Value) -> Value {
    let r = data(v);
    let t = types();
    match r.small {
        Some((start, stop, step)) => new_native_iter(
            &t.range_iterator,
            Box::new(RangeIter {
                next: start,
                stop,
                step,
            }),
        ),
        None => new_native_iter(
            &t.range_iterator,
            Box::new(BigRangeIter {
                next: r.start.clone(),
                left: range_len_big(&r.start, &r.stop, &r.step),
                step: r.step.clone(),
            }),
        ),
    }
}

/// `repr(range)`.
pub fn range_repr(v: &Value) -> PyResult<String> {
    let r = data(v);
    if r.step == BigInt::from(1) {
        Ok(format!("range({}, {})", r.start, r.stop))
    } else {
        Ok(format!("range({}, {}, {})", r.start, r.stop, r.step))
    }
}

/// `start`, `stop`, `step`.
pub fn range_attr(v: &Value, name: &str) -> PyResult<Option<Value>> {
    let r = data(v);
    Ok(match name {
        "start" => Some(r.start_v.clone()),
        "stop" => Some(r.stop_v.clone()),
        "step" => Some(r.step_v.clone()),
        _ => None,
    })
}

fn range_index(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = data(&args[0]);
    if range_contains(&args[0], &args[1])? {
        if let Some(x) = to_bigint(&args[1]) {
            return Ok(new_bigint((x - &r.start) / &r.step));
        }
    }
    Err(PyErr::value_error(format!("{} is not in range", ops::repr(&args[1])?)))
}

fn range_count(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_int(i64::from(range_contains(&args[0], &args[1])?)))
}
