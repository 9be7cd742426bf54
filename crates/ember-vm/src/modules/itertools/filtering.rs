//! `itertools` iterators that select items: compress, dropwhile, takewhile and
//! filterfalse.

use super::{cls_arg, iter_type};
use crate::error::PyResult;
use crate::objects::iter::{new_native_iter_for, NativeIterator};
use crate::ops;
use crate::types::args::{check_positional, Args, Params};
use crate::value::Value;

/// The module's types of this file, by name.
pub(super) fn types() -> Vec<(&'static str, Value)> {
    vec![
        (
            "compress",
            iter_type("itertools", "compress", Some(compress_new), true),
        ),
        (
            "dropwhile",
            iter_type("itertools", "dropwhile", Some(dropwhile_new), true),
        ),
        (
            "takewhile",
            iter_type("itertools", "takewhile", Some(takewhile_new), true),
        ),
        (
            "filterfalse",
            iter_type("itertools", "filterfalse", Some(filterfalse_new), true),
        ),
    ]
}

struct Compress {
    data: Value,
    selectors: Value,
}
impl NativeIterator for Compress {
    fn next(&mut self) -> PyResult<Option<Value>> {
        loop {
            let Some(d) = ops::next(&self.data)? else {
                return Ok(None);
            };
            let Some(s) = ops::next(&self.selectors)? else {
                return Ok(None);
            };
            if ops::is_true(&s)? {
                return Ok(Some(d));
            }
        }
    }
}

fn compress_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(args, "compress")?;
    let p = Params {
        fname: "compress",
        names: &["data", "selectors"],
        posonly: 0,
        maxpos: 2,
        required: 2,
    }
    .parse(&args[1..], kw)?;
    let data = ops::get_iter(p[0].as_ref().expect("required"))?;
    let selectors = ops::get_iter(p[1].as_ref().expect("required"))?;
    Ok(new_native_iter_for(
        cls,
        Box::new(Compress { data, selectors }),
    ))
}

/// `(predicate, iterable)` of dropwhile, takewhile and filterfalse, checked.
fn predicate_args<'a>(
    args: &'a [Value],
    kw: &[Value],
    name: &str,
) -> PyResult<(&'a Value, Value, Value)> {
    let cls = cls_arg(args, name)?;
    Args::new(args, kw).no_kwargs(name)?;
    check_positional(name, args.len() - 1, 2, 2)?;
    let it = ops::get_iter(&args[2])?;
    Ok((cls, args[1].clone(), it))
}

struct DropWhile {
    pred: Value,
    it: Value,
    dropping: bool,
}
impl NativeIterator for DropWhile {
    fn next(&mut self) -> PyResult<Option<Value>> {
        loop {
            let Some(v) = ops::next(&self.it)? else {
                return Ok(None);
            };
            if !self.dropping {
                return Ok(Some(v));
            }
            let r = ops::call(&self.pred, std::slice::from_ref(&v), &[])?;
            if !ops::is_true(&r)? {
                self.dropping = false;
                return Ok(Some(v));
            }
        }
    }
}

fn dropwhile_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (cls, pred, it) = predicate_args(args, kw, "dropwhile")?;
    Ok(new_native_iter_for(
        cls,
        Box::new(DropWhile {
            pred,
            it,
            dropping: true,
        }),
    ))
}

struct TakeWhile {
    pred: Value,
    it: Value,
    stopped: bool,
}
impl NativeIterator for TakeWhile {
    fn next(&mut self) -> PyResult<Option<Value>> {
        if self.stopped {
            return Ok(None);
        }
        let Some(v) = ops::next(&self.it)? else {
            return Ok(None);
        };
        let r = ops::call(&self.pred, std::slice::from_ref(&v), &[])?;
        if ops::is_true(&r)? {
            return Ok(Some(v));
        }
        self.stopped = true;
        Ok(None)
    }
}

fn takewhile_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (cls, pred, it) = predicate_args(args, kw, "takewhile")?;
    Ok(new_native_iter_for(
        cls,
        Box::new(TakeWhile {
            pred,
            it,
            stopped: false,
        }),
    ))
}

struct FilterFalse {
    pred: Value,
    it: Value,
}
impl NativeIterator for FilterFalse {
    fn next(&mut self) -> PyResult<Option<Value>> {
        loop {
            let Some(v) = ops::next(&self.it)? else {
                return Ok(None);
            };
            let keep = if self.pred.is_none() {
                !ops::is_true(&v)?
            } else {
                let r = ops::call(&self.pred, std::slice::from_ref(&v), &[])?;
                !ops::is_true(&r)?
            };
            if keep {
                return Ok(Some(v));
            }
        }
    }
}

fn filterfalse_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (cls, pred, it) = predicate_args(args, kw, "filterfalse")?;
    Ok(new_native_iter_for(cls, Box::new(FilterFalse { pred, it })))
}
