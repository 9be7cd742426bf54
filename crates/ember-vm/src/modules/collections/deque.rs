//! `collections.deque`: a ring buffer (`VecDeque`) with an optional maximum length, and
//! its iterators. A mutation counter (CPython's `state`) lets iterators and searches
//! that run Python code (`__eq__`) notice that the deque changed under them. No borrow
//! of the buffer is held across a call to Python code.

use super::{cls_arg, module_type, native_type};
use crate::error::{PyErr, PyResult};
use crate::objects::int::new_int;
use crate::objects::iter::{new_native_iter_for, NativeIterator};
use crate::objects::list::new_list;
use crate::objects::native_state::{expect_state, new_with_state, state_of};
use crate::objects::str::new_string;
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::{type_name, type_of};
use crate::ops;
use crate::types::args::{as_ssize, check_positional, Args, Params};
use crate::value::Value;
use ember_bytecode::CmpOp;
use std::cell::RefCell;
use std::collections::VecDeque;

const TYPE: &str = "collections.deque";

#[derive(Default)]
struct Inner {
    items: VecDeque<Value>,
    maxlen: Option<usize>,
    /// Bumped by every mutation.
    state: u64,
}

#[derive(Default)]
pub struct Deque {
    inner: RefCell<Inner>,
}

impl Deque {
    fn len(&self) -> usize {
        self.inner.borrow().items.len()
    }
    fn state(&self) -> u64 {
        self.inner.borrow().state
    }
    fn maxlen(&self) -> Option<usize> {
        self.inner.borrow().maxlen
    }
    fn get(&self, i: usize) -> Option<Value> {
        self.inner.borrow().items.get(i).cloned()
    }
    fn snapshot(&self) -> Vec<Value> {
        self.inner.borrow().items.iter().cloned().collect()
    }
    /// Appends on the right (`left` false) or the left, dropping from the other end at
    /// the maximum length.
    fn push(&self, v: Value, left: bool) {
        let dropped = {
            let mut d = self.inner.borrow_mut();
            d.state += 1;
            if d.maxlen == Some(0) {
                return;
            }
            if left {
                d.items.push_front(v);
            } else {
                d.items.push_back(v);
            }
            match d.maxlen {
                Some(m) if d.items.len() > m => {
                    if left {
                        d.items.pop_back()
                    } else {
                        d.items.pop_front()
                    }
                }
                _ => None,
            }
        };
        drop(dropped);
    }
    fn pop(&self, left: bool) -> PyResult<Value> {
        let mut d = self.inner.borrow_mut();
        d.state += 1;
        let v = if left {
            d.items.pop_front()
        } else {
            d.items.pop_back()
        };
        v.ok_or_else(|| PyErr::index_error("pop from an empty deque"))
    }
    fn replace(&self, items: VecDeque<Value>) {
        let old = {
            let mut d = self.inner.borrow_mut();
            d.state += 1;
            std::mem::replace(&mut d.items, items)
        };
        drop(old);
    }
}

/// The deque state of `v`, for method `method`.
fn dq<'a>(v: &'a Value, method: &str) -> PyResult<&'a Deque> {
    if let Some(d) = state_of::<Deque>(v) {
        return Ok(d);
    }
    if method.starts_with("__") {
        return Err(PyErr::type_error(format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            method,
            TYPE,
            type_name(v)
        )));
    }
    expect_state::<Deque>(v, TYPE, method)
}

fn is_deque(v: &Value) -> bool {
    state_of::<Deque>(v).is_some()
}

/// The `deque` type and its iterator types.
pub(super) fn types() -> Vec<(&'static str, Value)> {
    let ty = native_type("collections", "deque", true);
    let m = crate::types::add_method;
    crate::types::add_staticmethod(&ty, "__new__", deque_new);
    m(&ty, "__init__", deque_init);
    m(&ty, "append", append);
    m(&ty, "appendleft", appendleft);
    m(&ty, "pop", pop);
    m(&ty, "popleft", popleft);
    m(&ty, "extend", extend);
    m(&ty, "extendleft", extendleft);
    m(&ty, "rotate", rotate);
    m(&ty, "clear", clear);
    m(&ty, "copy", copy);
    m(&ty, "__copy__", copy);
    m(&ty, "count", count);
    m(&ty, "index", index);
    m(&ty, "insert", insert);
    m(&ty, "remove", remove);
    m(&ty, "reverse", reverse);
    m(&ty, "__len__", len);
    m(&ty, "__getitem__", getitem);
    m(&ty, "__setitem__", setitem);
    m(&ty, "__delitem__", delitem);
    m(&ty, "__contains__", contains);
    m(&ty, "__iter__", iter);
    m(&ty, "__reversed__", reversed);
    m(&ty, "__repr__", repr);
    m(&ty, "__eq__", eq);
    m(&ty, "__ne__", ne);
    m(&ty, "__lt__", lt);
    m(&ty, "__le__", le);
    m(&ty, "__gt__", gt);
    m(&ty, "__ge__", ge);
    m(&ty, "__add__", add);
    m(&ty, "__mul__", mul);
    m(&ty, "__rmul__", mul);
    m(&ty, "__iadd__", iadd);
    m(&ty, "__imul__", imul);
    m(&ty, "__reduce__", reduce);
    crate::types::add_attr(&ty, "__hash__", Value::NONE);
    super::super::native_types::add_property(
        &ty,
        "maxlen",
        maxlen_get,
        Some(|_, _| {
            Err(PyErr::attribute_error(
                "attribute 'maxlen' of 'collections.deque' objects is not writable",
            ))
        }),
    );
    let it = super::iter_type("_collections", "_deque_iterator");
    let rit = super::iter_type("_collections", "_deque_reverse_iterator");
    for t in [&it, &rit] {
        crate::types::add_method(
            t,
            "__length_hint__",
            super::super::native_types::iter_length_hint,
        );
    }
    vec![
        ("deque", ty),
        ("_deque_iterator", it),
        ("_deque_reverse_iterator", rit),
    ]
}

fn deque_new(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(args, "deque")?;
    Ok(new_with_state(cls, Deque::default()))
}

fn deque_init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = dq(&args[0], "__init__")?;
    let p = Params {
        fname: "deque",
        names: &["iterable", "maxlen"],
        posonly: 0,
        maxpos: 2,
        required: 0,
    }
    .parse(&args[1..], kw)?;
    let maxlen = match &p[1] {
        None => None,
        Some(m) if m.is_none() => None,
        Some(m) => {
            if !crate::objects::int::is_int(m) {
                return Err(PyErr::type_error("an integer is required"));
            }
            let n = as_ssize(m)?;
            if n < 0 {
                return Err(PyErr::value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
    };
    d.inner.borrow_mut().maxlen = maxlen;
    if d.len() > 0 {
        d.replace(VecDeque::new());
    }
    if let Some(it) = &p[0] {
        extend_from(&args[0], d, it, false)?;
    }
    Ok(Value::NONE)
}

/// `METH_O` arity: "deque.append() takes exactly one argument (0 given)".
fn one_arg<'a>(args: &'a [Value], kw: &[Value], name: &str) -> PyResult<&'a Value> {
    if !kw.is_empty() {
        Args::new(args, kw).no_kwargs(&format!("deque.{}", name))?;
    }
    if args.len() != 2 {
        return Err(PyErr::type_error(format!(
            "deque.{}() takes exactly one argument ({} given)",
            name,
            args.len().saturating_sub(1)
        )));
    }
    Ok(&args[1])
}

fn no_args(args: &[Value], kw: &[Value], name: &str) -> PyResult<()> {
    if !kw.is_empty() {
        Args::new(args, kw).no_kwargs(&format!("deque.{}", name))?;
    }
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "deque.{}() takes no arguments ({} given)",
            name,
            args.len().saturating_sub(1)
        )));
    }
    Ok(())
}

fn append(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = dq(&args[0], "append")?;
    let v = one_arg(args, kw, "append")?;
    d.push(v.clone(), false);
    Ok(Value::NONE)
}

fn appendleft(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = dq(&args[0], "appendleft")?;
    let v = one_arg(args, kw, "appendleft")?;
    d.push(v.clone(), true);
    Ok(Value::NONE)
}

fn pop(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = dq(&args[0], "pop")?;
    no_args(args, kw, "pop")?;
    d.pop(false)
}

fn popleft(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = dq(&args[0], "popleft")?;
    no_args(args, kw, "popleft")?;
    d.pop(true)
}

/// Extends `d` (the deque object `this`) with the items of `iterable`.
fn extend_from(this: &Value, d: &Deque, iterable: &Value, left: bool) -> PyResult<()> {
    if iterable.is(this) {
        let items = new_list(d.snapshot());
        return extend_from(this, d, &items, left);
    }
    let it = ops::get_iter(iterable)?;
    if d.maxlen() == Some(0) {
        while ops::next(&it)?.is_some() {}
        return Ok(());
    }
    while let Some(v) = ops::next(&it)? {
        d.push(v, left);
    }
    Ok(())
}

fn extend(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = dq(&args[0], "extend")?;
    let it = one_arg(args, kw, "extend")?;
    extend_from(&args[0], d, it, false)?;
    Ok(Value::NONE)
}

fn extendleft(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = dq(&args[0], "extendleft")?;
    let it = one_arg(args, kw, "extendleft")?;
    extend_from(&args[0], d, it, true)?;
    Ok(Value::NONE)
}

fn rotate(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = dq(&args[0], "rotate")?;
    Args::new(args, kw).no_kwargs("deque.rotate")?;
    check_positional("deque.rotate", args.len() - 1, 0, 1)?;
    let n = match args.get(1) {
        Some(v) => as_ssize(v)?,
        None => 1,
    };
    let mut inner = d.inner.borrow_mut();
    let len = inner.items.len();
    inner.state += 1;
    if len > 1 {
        let k = n.rem_euclid(len as isize) as usize;
        inner.items.rotate_right(k);
    }
    Ok(Value::NONE)
}

fn clear(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = dq(&args[0], "clear")?;
    no_args(args, kw, "clear")?;
    d.replace(VecDeque::new());
    Ok(Value::NONE)
}

/// A shallow copy keeping the type and maximum length (`type(d)(d, maxlen)` for
/// subclasses, as CPython).
fn copy_of(v: &Value) -> PyResult<Value> {
    let d = dq(v, "copy")?;
    let cls = type_of(v);
    if cls.is(&module_type("deque")) {
        let copy = Deque::default();
        {
            let mut c = copy.inner.borrow_mut();
            c.items = d.inner.borrow().items.clone();
            c.maxlen = d.maxlen();
        }
        return Ok(new_with_state(cls, copy));
    }
    match d.maxlen() {
        None => ops::call(cls, std::slice::from_ref(v), &[]),
        Some(m) => ops::call(cls, &[v.clone(), new_int(m as i64)], &[]),
    }
}

fn copy(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(args, kw, "copy")?;
    copy_of(&args[0])
}

#[cold]
fn mutated() -> PyErr {
    PyErr::runtime_error("deque mutated during iteration")
}

fn count(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = dq(&args[0], "count")?;
    let x = one_arg(args, kw, "count")?;
    let state = d.state();
    let mut n = 0;
    let mut i = 0;
    while let Some(item) = d.get(i) {
        if ops::eq_bool(&item, x)? {
            n += 1;
        }
        if d.state() != state {
            return Err(mutated());
        }
        i += 1;
    }
    Ok(new_int(n))
}

/// A slice bound of `index` (`_PyEval_SliceIndexNotNone`), clamped to the length.
fn bound(v: &Value, len: usize) -> PyResult<usize> {
    let n = match crate::types::args::as_ssize_clipped(v)? {
        Some(n) => n,
        None => {
            return Err(PyErr::type_error(
                "slice indices must be integers or have an __index__ method",
            ))
        }
    };
    Ok(if n < 0 {
        (n + len as isize).max(0) as usize
    } else {
        (n as usize).min(len)
    })
}

fn index(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = dq(&args[0], "index")?;
    Args::new(args, kw).no_kwargs("index")?;
    let n = args.len() - 1;
    if n == 0 {
        return Err(PyErr::type_error(
            "index() takes at least 1 argument (0 given)",
        ));
    }
    if n > 3 {
        return Err(PyErr::type_error(format!(
            "index() takes at most 3 arguments ({} given)",
            n
        )));
    }
    let x = &args[1];
    let len = d.len();
    let start = args.get(2).map_or(Ok(0), |v| bound(v, len))?;
    let stop = args.get(3).map_or(Ok(len), |v| bound(v, len))?;
    let state = d.state();
    for i in start..stop {
        let Some(item) = d.get(i) else { break };
        let found = ops::eq_bool(&item, x)?;
        if d.state() != state {
            return Err(mutated());
        }
        if found {
            return Ok(new_int(i as i64));
        }
    }
    Err(PyErr::value_error(format!(
        "{} is not in deque",
        ops::repr(x)?
    )))
}

fn insert(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = dq(&args[0], "insert")?;
    Args::new(args, kw).no_kwargs("insert")?;
    if args.len() != 3 {
        return Err(PyErr::type_error(format!(
            "insert() takes exactly 2 arguments ({} given)",
            args.len() - 1
        )));
    }
    let i = as_ssize(&args[1])?;
    let mut inner = d.inner.borrow_mut();
    let len = inner.items.len();
    if inner.maxlen == Some(len) {
        return Err(PyErr::index_error("deque already at its maximum size"));
    }
    let pos = if i < 0 {
        (i + len as isize).max(0) as usize
    } else {
        (i as usize).min(len)
    };
    inner.state += 1;
    inner.items.insert(pos, args[2].clone());
    Ok(Value::NONE)
}

fn remove(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = dq(&args[0], "remove")?;
    let x = one_arg(args, kw, "remove")?;
    let state = d.state();
    let mut i = 0;
    while let Some(item) = d.get(i) {
        let found = ops::eq_bool(&item, x)?;
        if d.state() != state {
            return Err(PyErr::index_error("deque mutated during iteration"));
        }
        if found {
            let removed = {
                let mut inner = d.inner.borrow_mut();
                inner.state += 1;
                inner.items.remove(i)
            };
            drop(removed);
            return Ok(Value::NONE);
        }
        i += 1;
    }
    Err(PyErr::value_error(format!(
        "{} is not in deque",
        ops::repr(x)?
    )))
}

fn reverse(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = dq(&args[0], "reverse")?;
    no_args(args, kw, "reverse")?;
    let mut inner = d.inner.borrow_mut();
    inner.state += 1;
    inner.items.make_contiguous().reverse();
    Ok(Value::NONE)
}

fn len(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_int(dq(&args[0], "__len__")?.len() as i64))
}

/// The position of index `key` (`sq_item` semantics: ints only, negative from the end).
fn position(d: &Deque, key: &Value) -> PyResult<usize> {
    let Some(i) = ops::index_opt(key)? else {
        return Err(PyErr::type_error(format!(
            "sequence index must be integer, not '{}'",
            type_name(key)
        )));
    };
    let Some(i) = crate::objects::int::to_i64(&i).and_then(|n| isize::try_from(n).ok()) else {
        return Err(PyErr::index_error(format!(
            "cannot fit '{}' into an index-sized integer",
            type_name(key)
        )));
    };
    let len = d.len() as isize;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(PyErr::index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn getitem(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = dq(&args[0], "__getitem__")?;
    Args::new(args, kw).arity("__getitem__", 2, 2)?;
    let i = position(d, &args[1])?;
    Ok(d.get(i).expect("position checked the index"))
}

fn setitem(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = dq(&args[0], "__setitem__")?;
    Args::new(args, kw).arity("__setitem__", 3, 3)?;
    let i = position(d, &args[1])?;
    let old = std::mem::replace(&mut d.inner.borrow_mut().items[i], args[2].clone());
    drop(old);
    Ok(Value::NONE)
}

fn delitem(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = dq(&args[0], "__delitem__")?;
    Args::new(args, kw).arity("__delitem__", 2, 2)?;
    let i = position(d, &args[1])?;
    let old = {
        let mut inner = d.inner.borrow_mut();
        inner.state += 1;
        inner.items.remove(i)
    };
    drop(old);
    Ok(Value::NONE)
}

fn contains(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = dq(&args[0], "__contains__")?;
    Args::new(args, kw).arity("__contains__", 2, 2)?;
    let state = d.state();
    let mut i = 0;
    while let Some(item) = d.get(i) {
        let found = ops::eq_bool(&item, &args[1])?;
        if d.state() != state {
            return Err(mutated());
        }
        if found {
            return Ok(Value::TRUE);
        }
        i += 1;
    }
    Ok(Value::FALSE)
}

struct DequeIter {
    deque: Value,
    /// Items left to produce, counted from the start (or the end when `reverse`).
    index: usize,
    left: usize,
    state: u64,
    reverse: bool,
}
impl NativeIterator for DequeIter {
    fn next(&mut self) -> PyResult<Option<Value>> {
        let d = state_of::<Deque>(&self.deque).expect("made over a deque");
        if d.state() != self.state {
            self.left = 0;
            return Err(mutated());
        }
        if self.left == 0 {
            return Ok(None);
        }
        let len = d.len();
        let i = if self.reverse {
            len - 1 - self.index
        } else {
            self.index
        };
        self.index += 1;
        self.left -= 1;
        Ok(d.get(i))
    }
    fn length_hint(&self) -> Option<usize> {
        Some(self.left)
    }
}

fn new_iter(v: &Value, reverse: bool) -> PyResult<Value> {
    let d = dq(v, if reverse { "__reversed__" } else { "__iter__" })?;
    let name = if reverse {
        "_deque_reverse_iterator"
    } else {
        "_deque_iterator"
    };
    Ok(new_native_iter_for(
        &module_type(name),
        Box::new(DequeIter {
            deque: v.clone(),
            index: 0,
            left: d.len(),
            state: d.state(),
            reverse,
        }),
    ))
}

fn iter(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    new_iter(&args[0], false)
}

fn reversed(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    new_iter(&args[0], true)
}

fn repr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = &args[0];
    let d = dq(v, "__repr__")?;
    // A deque inside itself shows as `[...]` (CPython's `Py_ReprEnter`).
    let mut entered = false;
    let r = ops::guarded(v, "[...]", || {
        entered = true;
        ops::repr(&new_list(d.snapshot()))
    })?;
    if !entered {
        return Ok(new_string(r));
    }
    let name = super::short_type_name(v);
    Ok(new_string(match d.maxlen() {
        None => format!("{}({})", name, r),
        Some(m) => format!("{}({}, maxlen={})", name, r, m),
    }))
}

fn compare(args: &[Value], op: CmpOp) -> PyResult<Value> {
    let a = dq(&args[0], "__eq__")?;
    let Some(b) = args.get(1).and_then(state_of::<Deque>) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let x = new_tuple(a.snapshot());
    let y = new_tuple(b.snapshot());
    ops::richcompare(&x, &y, op)
}

fn eq(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare(args, CmpOp::Eq)
}
fn ne(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare(args, CmpOp::Ne)
}
fn lt(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare(args, CmpOp::Lt)
}
fn le(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare(args, CmpOp::Le)
}
fn gt(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare(args, CmpOp::Gt)
}
fn ge(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare(args, CmpOp::Ge)
}

fn add(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__add__", 2, 2)?;
    dq(&args[0], "__add__")?;
    if !is_deque(&args[1]) {
        return Err(PyErr::type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            type_name(&args[1])
        )));
    }
    let new = copy_of(&args[0])?;
    let nd = dq(&new, "__add__")?;
    extend_from(&new, nd, &args[1], false)?;
    Ok(new)
}

/// `d *= n` on the deque `d` itself.
fn repeat_in_place(d: &Deque, n: &Value) -> PyResult<()> {
    let Some(n) = ops::index_opt(n)? else {
        return Err(PyErr::type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(n)
        )));
    };
    let Some(n) = crate::objects::int::to_i64(&n) else {
        return Err(PyErr::overflow_error(format!(
            "cannot fit '{}' into an index-sized integer",
            type_name(&n)
        )));
    };
    let items = d.snapshot();
    if n <= 0 || items.is_empty() {
        d.replace(VecDeque::new());
        return Ok(());
    }
    let maxlen = d.maxlen();
    let total = (items.len() as u128) * (n as u128);
    let keep = maxlen.map_or(total, |m| total.min(m as u128)) as usize;
    if maxlen.is_none() && total > (isize::MAX as u128) / 8 {
        return Err(PyErr::memory_error());
    }
    // The last `keep` items of the repetition (a bounded deque keeps the newest).
    let skip = (total - keep as u128) as usize % items.len();
    let out: VecDeque<Value> = items
        .iter()
        .cycle()
        .skip(skip)
        .take(keep)
        .cloned()
        .collect();
    d.replace(out);
    Ok(())
}

fn mul(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__mul__", 2, 2)?;
    dq(&args[0], "__mul__")?;
    let new = copy_of(&args[0])?;
    repeat_in_place(dq(&new, "__mul__")?, &args[1])?;
    Ok(new)
}

fn iadd(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__iadd__", 2, 2)?;
    let d = dq(&args[0], "__iadd__")?;
    extend_from(&args[0], d, &args[1], false)?;
    Ok(args[0].clone())
}

fn imul(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__imul__", 2, 2)?;
    let d = dq(&args[0], "__imul__")?;
    repeat_in_place(d, &args[1])?;
    Ok(args[0].clone())
}

fn reduce(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = dq(&args[0], "__reduce__")?;
    let state = match args[0].downcast::<crate::objects::instance::InstanceData>() {
        Some(inst) if !inst.attr_names().is_empty() => inst.dict(),
        _ => Value::NONE,
    };
    let cls = type_of(&args[0]).clone();
    let ctor_args = match d.maxlen() {
        None => new_tuple(vec![]),
        Some(m) => new_tuple(vec![new_tuple(vec![]), new_int(m as i64)]),
    };
    let it = new_iter(&args[0], false)?;
    Ok(new_tuple(vec![cls, ctor_args, state, it]))
}

fn maxlen_get(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::NONE);
    let d = dq(&v, "maxlen")?;
    Ok(d.maxlen().map_or(Value::NONE, |m| new_int(m as i64)))
}
