//! `itertools` iterators that produce or reshape items: count, cycle, repeat,
//! accumulate, chain, pairwise, starmap, zip_longest and islice.

use super::{cls_arg, iter_type, short_type_name, with_state};
use crate::error::{PyErr, PyResult};
use crate::object::Kind;
use crate::objects::int::new_int;
use crate::objects::iter::{new_native_iter_for, NativeIterator};
use crate::objects::str::new_string;
use crate::objects::tuple::new_tuple;
use crate::ops;
use crate::types::args::{as_ssize, check_positional, Args, Params};
use crate::value::Value;
use ember_bytecode::BinOp;

/// The module's types of this file, by name.
pub(super) fn types() -> Vec<(&'static str, Value)> {
    let count = iter_type("itertools", "count", Some(count_new), true);
    crate::types::add_method(&count, "__repr__", count_repr);
    crate::types::add_method(&count, "__reduce__", count_reduce);
    let repeat = iter_type("itertools", "repeat", Some(repeat_new), true);
    crate::types::add_method(&repeat, "__repr__", repeat_repr);
    crate::types::add_method(&repeat, "__length_hint__", repeat_length_hint);
    crate::types::add_method(&repeat, "__reduce__", repeat_reduce);
    let chain = iter_type("itertools", "chain", Some(chain_new), true);
    crate::types::add_classmethod(&chain, "from_iterable", chain_from_iterable);
    vec![
        ("count", count),
        (
            "cycle",
            iter_type("itertools", "cycle", Some(cycle_new), true),
        ),
        ("repeat", repeat),
        (
            "accumulate",
            iter_type("itertools", "accumulate", Some(accumulate_new), true),
        ),
        ("chain", chain),
        (
            "pairwise",
            iter_type("itertools", "pairwise", Some(pairwise_new), true),
        ),
        (
            "starmap",
            iter_type("itertools", "starmap", Some(starmap_new), true),
        ),
        (
            "zip_longest",
            iter_type("itertools", "zip_longest", Some(zip_longest_new), true),
        ),
        (
            "islice",
            iter_type("itertools", "islice", Some(islice_new), true),
        ),
    ]
}

/// `PyNumber_Check`: ints, floats, complexes and objects with a numeric conversion.
fn is_number(v: &Value) -> bool {
    v.is_small_int()
        || v.is_bool()
        || matches!(v.kind(), Some(Kind::BigInt | Kind::Float | Kind::Complex))
        || ["__index__", "__int__", "__float__"]
            .iter()
            .any(|n| ops::lookup_special(v, n).is_some())
}

/// The value of an int (bool and int subclasses included) that fits an i64.
fn int_value(v: &Value) -> Option<i64> {
    if crate::objects::int::is_int(v) || v.is_bool() {
        crate::objects::int::to_i64(v)
    } else {
        None
    }
}

struct Count {
    cnt: Value,
    step: Value,
}
impl NativeIterator for Count {
    fn next(&mut self) -> PyResult<Option<Value>> {
        // Small ints step without a generic addition.
        let next = match (self.cnt.as_small_int(), self.step.as_small_int()) {
            (Some(a), Some(b)) if !self.cnt.is_bool() && !self.step.is_bool() => {
                match a.checked_add(b) {
                    Some(n) => new_int(n),
                    None => ops::binary_op(&self.cnt, &self.step, BinOp::Add)?,
                }
            }
            _ => ops::binary_op(&self.cnt, &self.step, BinOp::Add)?,
        };
        Ok(Some(std::mem::replace(&mut self.cnt, next)))
    }
}

fn count_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(args, "count")?;
    let p = Params {
        fname: "count",
        names: &["start", "step"],
        posonly: 0,
        maxpos: 2,
        required: 0,
    }
    .parse(&args[1..], kw)?;
    let mut cnt = p[0].clone().unwrap_or(Value::small_int(0));
    let step = p[1].clone().unwrap_or(Value::small_int(1));
    if !is_number(&cnt) || !is_number(&step) {
        return Err(PyErr::type_error("a number is required"));
    }
    // CPython's "fast mode" (an int start that fits, a step of 1) counts in machine
    // ints, so a bool or int-subclass start comes out as plain ints.
    if int_value(&cnt).is_some() && int_value(&step) == Some(1) {
        cnt = crate::objects::int::exact_int(&cnt);
    }
    Ok(new_native_iter_for(cls, Box::new(Count { cnt, step })))
}

fn count_repr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (cnt, step) = with_state(&args[0], "itertools.count", |c: &mut Count| {
        (c.cnt.clone(), c.step.clone())
    })?;
    let name = short_type_name(&args[0]);
    let step_is_one = int_value(&step) == Some(1);
    Ok(new_string(if step_is_one {
        format!("{}({})", name, ops::repr(&cnt)?)
    } else {
        format!("{}({}, {})", name, ops::repr(&cnt)?, ops::repr(&step)?)
    }))
}

/// `(type(c), (cnt,))`, or `(type(c), (cnt, step))` unless the step is 1.
fn count_reduce(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (cnt, step) = with_state(&args[0], "itertools.count", |c: &mut Count| {
        (c.cnt.clone(), c.step.clone())
    })?;
    let ty = crate::objects::typeobj::type_of(&args[0]).clone();
    let state = if int_value(&step) == Some(1) {
        vec![cnt]
    } else {
        vec![cnt, step]
    };
    Ok(new_tuple(vec![ty, new_tuple(state)]))
}

struct Cycle {
    it: Option<Value>,
    saved: Vec<Value>,
    index: usize,
}
impl NativeIterator for Cycle {
    fn next(&mut self) -> PyResult<Option<Value>> {
        if let Some(it) = &self.it {
            match ops::next(it)? {
                Some(v) => {
                    self.saved.push(v.clone());
                    return Ok(Some(v));
                }
                None => self.it = None,
            }
        }
        if self.saved.is_empty() {
            return Ok(None);
        }
        let v = self.saved[self.index].clone();
        self.index = (self.index + 1) % self.saved.len();
        Ok(Some(v))
    }
}

fn cycle_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(args, "cycle")?;
    Args::new(args, kw).no_kwargs("cycle")?;
    check_positional("cycle", args.len() - 1, 1, 1)?;
    let it = ops::get_iter(&args[1])?;
    Ok(new_native_iter_for(
        cls,
        Box::new(Cycle {
            it: Some(it),
            saved: Vec::new(),
            index: 0,
        }),
    ))
}

struct Repeat {
    obj: Value,
    /// Items left, or None for ever.
    left: Option<usize>,
}
impl NativeIterator for Repeat {
    fn next(&mut self) -> PyResult<Option<Value>> {
        match &mut self.left {
            None => Ok(Some(self.obj.clone())),
            Some(0) => Ok(None),
            Some(n) => {
                *n -= 1;
                Ok(Some(self.obj.clone()))
            }
        }
    }
    fn length_hint(&self) -> Option<usize> {
        self.left
    }
}

fn repeat_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(args, "repeat")?;
    let p = Params {
        fname: "repeat",
        names: &["object", "times"],
        posonly: 0,
        maxpos: 2,
        required: 1,
    }
    .parse(&args[1..], kw)?;
    let obj = p[0].clone().expect("required");
    let left = match &p[1] {
        Some(t) => Some(as_ssize(t)?.max(0) as usize),
        None => None,
    };
    Ok(new_native_iter_for(cls, Box::new(Repeat { obj, left })))
}

fn repeat_repr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (obj, left) = with_state(&args[0], "itertools.repeat", |r: &mut Repeat| {
        (r.obj.clone(), r.left)
    })?;
    let name = short_type_name(&args[0]);
    Ok(new_string(match left {
        None => format!("{}({})", name, ops::repr(&obj)?),
        Some(n) => format!("{}({}, {})", name, ops::repr(&obj)?, n),
    }))
}

fn repeat_length_hint(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match with_state(&args[0], "itertools.repeat", |r: &mut Repeat| r.left)? {
        Some(n) => Ok(new_int(n as i64)),
        None => Err(PyErr::type_error("len() of unsized object")),
    }
}

/// `(type(r), (obj, times_left))`, or `(type(r), (obj,))` for ever.
fn repeat_reduce(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (obj, left) = with_state(&args[0], "itertools.repeat", |r: &mut Repeat| {
        (r.obj.clone(), r.left)
    })?;
    let ty = crate::objects::typeobj::type_of(&args[0]).clone();
    let state = match left {
        Some(n) => vec![obj, new_int(n as i64)],
        None => vec![obj],
    };
    Ok(new_tuple(vec![ty, new_tuple(state)]))
}

struct Accumulate {
    it: Value,
    func: Value,
    total: Option<Value>,
    initial: Option<Value>,
}
impl NativeIterator for Accumulate {
    fn next(&mut self) -> PyResult<Option<Value>> {
        if let Some(init) = self.initial.take() {
            self.total = Some(init.clone());
            return Ok(Some(init));
        }
        let Some(v) = ops::next(&self.it)? else {
            return Ok(None);
        };
        let total = match self.total.take() {
            None => v,
            Some(t) if self.func.is_none() => ops::binary_op(&t, &v, BinOp::Add)?,
            Some(t) => ops::call(&self.func, &[t, v], &[])?,
        };
        self.total = Some(total.clone());
        Ok(Some(total))
    }
}

fn accumulate_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(args, "accumulate")?;
    let p = Params {
        fname: "accumulate",
        names: &["iterable", "func", "initial"],
        posonly: 0,
        maxpos: 2,
        required: 1,
    }
    .parse(&args[1..], kw)?;
    let it = ops::get_iter(p[0].as_ref().expect("required"))?;
    Ok(new_native_iter_for(
        cls,
        Box::new(Accumulate {
            it,
            func: p[1].clone().unwrap_or(Value::NONE),
            total: None,
            initial: p[2].clone().filter(|v| !v.is_none()),
        }),
    ))
}

struct Chain {
    /// The iterator over the iterables, None once exhausted.
    source: Option<Value>,
    active: Option<Value>,
}
impl NativeIterator for Chain {
    fn next(&mut self) -> PyResult<Option<Value>> {
        loop {
            if let Some(active) = &self.active {
                if let Some(v) = ops::next(active)? {
                    return Ok(Some(v));
                }
                self.active = None;
            }
            let Some(source) = &self.source else {
                return Ok(None);
            };
            match ops::next(source)? {
                Some(iterable) => self.active = Some(ops::get_iter(&iterable)?),
                None => {
                    self.source = None;
                    return Ok(None);
                }
            }
        }
    }
}

fn chain_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(args, "chain")?;
    Args::new(args, kw).no_kwargs("chain")?;
    let source = ops::get_iter(&new_tuple(args[1..].to_vec()))?;
    Ok(new_native_iter_for(
        cls,
        Box::new(Chain {
            source: Some(source),
            active: None,
        }),
    ))
}

fn chain_from_iterable(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).no_kwargs("from_iterable")?;
    if args.len() != 2 {
        return Err(PyErr::type_error(format!(
            "chain.from_iterable() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let source = ops::get_iter(&args[1])?;
    Ok(new_native_iter_for(
        &args[0],
        Box::new(Chain {
            source: Some(source),
            active: None,
        }),
    ))
}

struct Pairwise {
    it: Option<Value>,
    old: Option<Value>,
}
impl NativeIterator for Pairwise {
    fn next(&mut self) -> PyResult<Option<Value>> {
        let Some(it) = self.it.clone() else {
            return Ok(None);
        };
        let old = match self.old.take() {
            Some(o) => o,
            None => match ops::next(&it)? {
                Some(o) => o,
                None => {
                    self.it = None;
                    return Ok(None);
                }
            },
        };
        match ops::next(&it)? {
            Some(new) => {
                self.old = Some(new.clone());
                Ok(Some(new_tuple(vec![old, new])))
            }
            None => {
                self.it = None;
                Ok(None)
            }
        }
    }
}

fn pairwise_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(args, "pairwise")?;
    Args::new(args, kw).no_kwargs("pairwise")?;
    check_positional("pairwise", args.len() - 1, 1, 1)?;
    let it = ops::get_iter(&args[1])?;
    Ok(new_native_iter_for(
        cls,
        Box::new(Pairwise {
            it: Some(it),
            old: None,
        }),
    ))
}

struct Starmap {
    func: Value,
    it: Value,
}
impl NativeIterator for Starmap {
    fn next(&mut self) -> PyResult<Option<Value>> {
        let Some(args) = ops::next(&self.it)? else {
            return Ok(None);
        };
        let items = match args.downcast_exact::<crate::objects::tuple::TupleData>() {
            Some(t) => t.0.to_vec(),
            None => ops::collect(&args)?,
        };
        ops::call(&self.func, &items, &[]).map(Some)
    }
}

fn starmap_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(args, "starmap")?;
    Args::new(args, kw).no_kwargs("starmap")?;
    check_positional("starmap", args.len() - 1, 2, 2)?;
    let it = ops::get_iter(&args[2])?;
    Ok(new_native_iter_for(
        cls,
        Box::new(Starmap {
            func: args[1].clone(),
            it,
        }),
    ))
}

struct ZipLongest {
    /// One iterator per argument; None once that one is exhausted.
    its: Vec<Option<Value>>,
    active: usize,
    fill: Value,
}
impl NativeIterator for ZipLongest {
    fn next(&mut self) -> PyResult<Option<Value>> {
        if self.its.is_empty() || self.active == 0 {
            return Ok(None);
        }
        let mut out = Vec::with_capacity(self.its.len());
        for i in 0..self.its.len() {
            let Some(it) = self.its[i].clone() else {
                out.push(self.fill.clone());
                continue;
            };
            match ops::next(&it) {
                Ok(Some(v)) => out.push(v),
                Ok(None) => {
                    self.active -= 1;
                    if self.active == 0 {
                        return Ok(None);
                    }
                    self.its[i] = None;
                    out.push(self.fill.clone());
                }
                Err(e) => {
                    self.active = 0;
                    return Err(e);
                }
            }
        }
        Ok(Some(new_tuple(out)))
    }
}

fn zip_longest_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(args, "zip_longest")?;
    let a = Args::new(args, kw);
    let fill = match kw.len() {
        0 => Value::NONE,
        1 if a.kw("fillvalue").is_some() => a.kw("fillvalue").expect("checked").clone(),
        _ => {
            return Err(PyErr::type_error(
                "zip_longest() got an unexpected keyword argument",
            ))
        }
    };
    let its = a.pos[1..]
        .iter()
        .map(|v| ops::get_iter(v).map(Some))
        .collect::<PyResult<Vec<_>>>()?;
    let active = its.len();
    Ok(new_native_iter_for(
        cls,
        Box::new(ZipLongest { its, active, fill }),
    ))
}

struct Islice {
    it: Option<Value>,
    /// Index of the next item to return; `cnt` items were read so far.
    next: usize,
    cnt: usize,
    /// None: no stop.
    stop: Option<usize>,
    step: usize,
}
impl NativeIterator for Islice {
    fn next(&mut self) -> PyResult<Option<Value>> {
        let Some(it) = self.it.clone() else {
            return Ok(None);
        };
        while self.cnt < self.next {
            if ops::next(&it)?.is_none() {
                self.it = None;
                return Ok(None);
            }
            self.cnt += 1;
        }
        if self.stop.is_some_and(|s| self.cnt >= s) {
            self.it = None;
            return Ok(None);
        }
        let Some(item) = ops::next(&it)? else {
            self.it = None;
            return Ok(None);
        };
        self.cnt += 1;
        let old = self.next;
        self.next = self.next.saturating_add(self.step);
        if let Some(s) = self.stop {
            if self.next < old || self.next > s {
                self.next = s;
            }
        }
        Ok(Some(item))
    }
}

#[cold]
fn islice_stop_error() -> PyErr {
    PyErr::value_error(
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
    )
}

fn islice_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(args, "islice")?;
    Args::new(args, kw).no_kwargs("islice")?;
    let p = &args[1..];
    check_positional("islice", p.len(), 2, 4)?;
    let seq = &p[0];
    // -1 stands for "none given" as in CPython; conversion errors become ValueErrors.
    let ssize = |v: &Value| -> PyResult<isize> {
        let t = crate::vm::types();
        match as_ssize(v) {
            Ok(n) => Ok(n),
            Err(e) if e.matches(&t.type_error) || e.matches(&t.overflow_error) => Ok(-1),
            Err(e) => Err(e),
        }
    };
    let (mut start, mut stop, mut step) = (0isize, -1isize, 1isize);
    if p.len() == 2 {
        if !p[1].is_none() {
            stop = ssize(&p[1])?;
            if stop == -1 {
                return Err(islice_stop_error());
            }
        }
    } else {
        if !p[1].is_none() {
            start = ssize(&p[1])?;
        }
        if !p[2].is_none() {
            stop = ssize(&p[2])?;
            if stop == -1 {
                return Err(islice_stop_error());
            }
        }
    }
    if start < 0 || stop < -1 {
        return Err(PyErr::value_error(
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
        ));
    }
    if p.len() == 4 && !p[3].is_none() {
        step = ssize(&p[3])?;
    }
    if step < 1 {
        return Err(PyErr::value_error(
            "Step for islice() must be a positive integer or None.",
        ));
    }
    let it = ops::get_iter(seq)?;
    Ok(new_native_iter_for(
        cls,
        Box::new(Islice {
            it: Some(it),
            next: start as usize,
            cnt: 0,
            stop: (stop >= 0).then_some(stop as usize),
            step: step as usize,
        }),
    ))
}
