//! `itertools.tee` and its `_tee` iterators. The copies of one source share a chain of
//! buffers of `LINK_CELLS` items (CPython's `teedataobject`): each tee holds the link
//! it reads and its position in it, so links that every tee has passed are freed.

use super::{cls_arg, iter_type, with_state};
use crate::error::{PyErr, PyResult};
use crate::objects::iter::{new_native_iter_for, NativeIterator};
use crate::objects::tuple::new_tuple;
use crate::ops;
use crate::types::args::{as_ssize, check_positional, Args};
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Items per link, as CPython's `LINKCELLS`.
const LINK_CELLS: usize = 57;

/// The module's types of this file, by name.
pub(super) fn types() -> Vec<(&'static str, Value)> {
    let tee = iter_type("itertools", "_tee", Some(tee_type_new), false);
    crate::types::add_method(&tee, "__copy__", tee_copy);
    vec![("_tee", tee)]
}

struct Source {
    it: Value,
    running: Cell<bool>,
}

struct Link {
    values: RefCell<Vec<Value>>,
    next: RefCell<Option<Rc<Link>>>,
    source: Rc<Source>,
}

impl Link {
    fn new(source: Rc<Source>) -> Rc<Link> {
        Rc::new(Link {
            values: RefCell::new(Vec::new()),
            next: RefCell::new(None),
            source,
        })
    }

    fn jump(&self) -> Rc<Link> {
        self.next
            .borrow_mut()
            .get_or_insert_with(|| Link::new(self.source.clone()))
            .clone()
    }

    /// Item `i` of this link, reading the source when it is the next one.
    fn get(&self, i: usize) -> PyResult<Option<Value>> {
        if let Some(v) = self.values.borrow().get(i) {
            return Ok(Some(v.clone()));
        }
        if self.source.running.get() {
            return Err(PyErr::runtime_error("cannot re-enter the tee iterator"));
        }
        self.source.running.set(true);
        let r = ops::next(&self.source.it);
        self.source.running.set(false);
        let Some(v) = r? else {
            return Ok(None);
        };
        self.values.borrow_mut().push(v.clone());
        Ok(Some(v))
    }
}

impl Drop for Link {
    /// Frees a long chain of links iteratively, not by recursion.
    fn drop(&mut self) {
        let mut next = self.next.get_mut().take();
        while let Some(link) = next {
            next = match Rc::try_unwrap(link) {
                Ok(l) => l.next.borrow_mut().take(),
                Err(_) => None,
            };
        }
    }
}

struct Tee {
    link: Rc<Link>,
    index: usize,
}
impl NativeIterator for Tee {
    fn next(&mut self) -> PyResult<Option<Value>> {
        if self.index >= LINK_CELLS {
            self.link = self.link.jump();
            self.index = 0;
        }
        let v = self.link.get(self.index)?;
        if v.is_some() {
            self.index += 1;
        }
        Ok(v)
    }
}

fn tee_class() -> Value {
    super::module_type("_tee")
}

/// A copy of the tee `v` (at the same position, sharing its buffer).
fn copy_of(v: &Value) -> PyResult<Value> {
    let (link, index) = with_state(v, "itertools._tee", |t: &mut Tee| (t.link.clone(), t.index))?;
    Ok(new_native_iter_for(
        &tee_class(),
        Box::new(Tee { link, index }),
    ))
}

/// CPython's `tee_fromiterable`.
fn from_iterable(iterable: &Value) -> PyResult<Value> {
    let it = ops::get_iter(iterable)?;
    if crate::objects::typeobj::type_of(&it).is(&tee_class()) {
        return copy_of(&it);
    }
    let source = Rc::new(Source {
        it,
        running: Cell::new(false),
    });
    Ok(new_native_iter_for(
        &tee_class(),
        Box::new(Tee {
            link: Link::new(source),
            index: 0,
        }),
    ))
}

fn tee_type_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    cls_arg(args, "_tee")?;
    Args::new(args, kw).no_kwargs("_tee")?;
    check_positional("_tee", args.len() - 1, 1, 1)?;
    from_iterable(&args[1])
}

fn tee_copy(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    copy_of(&args[0])
}

/// `tee(iterable, n=2)`.
pub(super) fn tee(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).no_kwargs("tee")?;
    check_positional("tee", args.len(), 1, 2)?;
    let n = match args.get(1) {
        Some(v) => as_ssize(v)?,
        None => 2,
    };
    if n < 0 {
        return Err(PyErr::value_error("n must be >= 0"));
    }
    if n == 0 {
        return Ok(new_tuple(Vec::new()));
    }
    if n as usize > super::combinatorics::MAX_ITEMS {
        return Err(PyErr::memory_error());
    }
    let it = ops::get_iter(&args[0])?;
    let copyfunc_src = ops::getattr_opt(
        &it,
        &crate::objects::str::StrData::intern_static("__copy__"),
    )?;
    let (first, copyfunc) = match copyfunc_src {
        Some(f) => (it, f),
        None => {
            let t = from_iterable(&it)?;
            let f = ops::getattr(&t, &crate::objects::str::StrData::intern_static("__copy__"))?;
            (t, f)
        }
    };
    let mut out = vec![first];
    for _ in 1..n {
        out.push(ops::call(&copyfunc, &[], &[])?);
    }
    Ok(new_tuple(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_chain_of_links_drops_without_deep_recursion() {
        let source = Rc::new(Source {
            it: Value::NONE,
            running: Cell::new(false),
        });
        let first = Link::new(source);
        let mut last = first.clone();
        for _ in 0..500_000 {
            last = last.jump();
        }
        drop(last);
        // Each link held only by its predecessor: one drop frees them all.
        drop(first);
    }

    #[test]
    fn jump_reuses_the_next_link() {
        let source = Rc::new(Source {
            it: Value::NONE,
            running: Cell::new(false),
        });
        let a = Link::new(source);
        let b1 = a.jump();
        let b2 = a.jump();
        assert!(Rc::ptr_eq(&b1, &b2));
    }
}
