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
use crate::types::list::{meth_noargs, meth_o};
use crate::value::Value;
use crate::vm::types;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

pub fn install(ty: &Value) {
    super::add_staticmethod(ty, "__new__", range_new);
    super::add_method(ty, "index", range_index);
    super::add_method(ty, "count", range_count);
    super::add_method(ty, "__len__", range_len_method);
    super::add_method(ty, "__reversed__", range_reversed);
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
        0 => {
            return Err(PyErr::type_error(
                "range expected at least 1 argument, got 0",
            ))
        }
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
    range_len_big(&r.start, &r.stop, &r.step)
        .to_usize()
        .unwrap_or(usize::MAX)
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
        // CPython's `compute_slice`: exact bounds, however large.
        let (start, stop, step) = crate::types::slice::long_indices(s, &len)?;
        let item = |i: &BigInt| &r.start + &r.step * i;
        return Ok(new_range(item(&start), item(&stop), &r.step * step));
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

/// `x in range`: arithmetic for ints and bools, a linear search for anything else (as
/// CPython's `range_contains`).
pub fn range_contains(v: &Value, item: &Value) -> PyResult<bool> {
    match exact_int(item) {
        Some(x) => Ok(contains_int(data(v), &x)),
        None => Ok(iter_search(v, item)?.0.is_some()),
    }
}

/// `item` as a BigInt when it is exactly an int or a bool.
fn exact_int(item: &Value) -> Option<BigInt> {
    if item.is_bool() {
        return Some(BigInt::from(i64::from(item.is_true_imm())));
    }
    if item.is_small_int() || crate::objects::typeobj::type_of(item).is(&types().int) {
        return to_bigint(item);
    }
    None
}

fn contains_int(r: &RangeData, x: &BigInt) -> bool {
    let inside = if r.step.is_positive() {
        &r.start <= x && x < &r.stop
    } else {
        &r.stop < x && x <= &r.start
    };
    inside && (x - &r.start).mod_floor(&r.step.abs()).is_zero()
}

/// CPython's `_PySequence_IterSearch` over a range: the first index equal to `item`, and
/// the number of equal items.
fn iter_search(v: &Value, item: &Value) -> PyResult<(Option<usize>, usize)> {
    let it = ops::get_iter(v)?;
    let (mut first, mut count, mut i) = (None, 0, 0);
    while let Some(y) = ops::next(&it)? {
        if ops::eq_bool(&y, item)? {
            first.get_or_insert(i);
            count += 1;
        }
        i += 1;
    }
    Ok((first, count))
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
    fn length_hint(&self) -> Option<usize> {
        let (next, stop, step) = (self.next as i128, self.stop as i128, self.step as i128);
        let left = if step > 0 && next < stop {
            (stop - next - 1) / step + 1
        } else if step < 0 && next > stop {
            (next - stop - 1) / -step + 1
        } else {
            0
        };
        usize::try_from(left).ok()
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
    fn length_hint(&self) -> Option<usize> {
        self.left.to_usize()
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

fn range_index(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = meth_o(args, kw, "range.index")?;
    let r = data(&args[0]);
    match exact_int(x) {
        Some(i) if contains_int(r, &i) => Ok(new_bigint((i - &r.start).div_floor(&r.step))),
        Some(_) => Err(PyErr::value_error(format!(
            "{} is not in range",
            ops::repr(x)?
        ))),
        None => match iter_search(&args[0], x)?.0 {
            Some(i) => Ok(new_int(i as i64)),
            None => Err(PyErr::value_error("sequence.index(x): x not in sequence")),
        },
    }
}

fn range_count(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = meth_o(args, kw, "range.count")?;
    match exact_int(x) {
        Some(i) => Ok(new_int(i64::from(contains_int(data(&args[0]), &i)))),
        None => Ok(new_int(iter_search(&args[0], x)?.1 as i64)),
    }
}

/// `len(range)`, raising OverflowError when it does not fit a Py_ssize_t.
pub fn range_len_checked(v: &Value) -> PyResult<usize> {
    let r = data(v);
    range_len_big(&r.start, &r.stop, &r.step)
        .to_isize()
        .map(|n| n as usize)
        .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C ssize_t"))
}

fn range_len_method(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    meth_noargs(args, kw, "range.__len__")?;
    Ok(new_int(range_len_checked(&args[0])? as i64))
}

/// `reversed(range)`: an iterator from the last item down.
pub fn range_reversed_iter(v: &Value) -> Value {
    let r = data(v);
    let len = range_len_big(&r.start, &r.stop, &r.step);
    let last = &r.start + &r.step * (&len - 1);
    let step = -&r.step;
    let stop = &last + &step * &len;
    range_iter(&new_range(last, stop, step))
}

fn range_reversed(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    meth_noargs(args, kw, "range.__reversed__")?;
    Ok(range_reversed_iter(&args[0]))
}

/// `hash(range)`: the hash of `(len, start, step)`, with `start` and `step` replaced by
/// None where they do not matter (CPython's `range_hash`), so equal ranges hash equal.
pub fn range_hash(v: &Value) -> PyResult<i64> {
    let r = data(v);
    let len = range_len_big(&r.start, &r.stop, &r.step);
    let (start, step) = if len.is_zero() {
        (Value::NONE, Value::NONE)
    } else if len == BigInt::from(1) {
        (r.start_v.clone(), Value::NONE)
    } else {
        (r.start_v.clone(), r.step_v.clone())
    };
    ops::hash(&crate::objects::tuple::new_tuple(vec![
        new_bigint(len),
        start,
        step,
    ]))
}
