//! Iteration: `iter()`, `next()`, and the native iterators of the built-in containers
//! (list, tuple, str, bytes, dict and its views, set), the sequence protocol
//! (`__getitem__` from 0 until IndexError) and `iter(callable, sentinel)`.

use crate::error::{PyErr, PyResult};
use crate::object::Kind;
use crate::objects::dict::{DictData, DictViewData, ViewKind};
use crate::objects::int::new_int;
use crate::objects::iter::{new_native_iter, NativeIterData, NativeIterator};
use crate::objects::list::ListData;
use crate::objects::set::SetData;
use crate::objects::str::StrData;
use crate::objects::tuple::{new_tuple, TupleData};
use crate::objects::typeobj::{type_name, type_of};
use crate::value::Value;
use crate::vm::types;

struct ListIter {
    list: Value,
    i: usize,
}
impl NativeIterator for ListIter {
    fn next(&mut self) -> PyResult<Option<Value>> {
        let l = self.list.downcast::<ListData>().expect("list");
        let v = l.get(self.i);
        if v.is_some() {
            self.i += 1;
        } else {
            self.i = usize::MAX / 2;
        }
        Ok(v)
    }
    fn length_hint(&self) -> Option<usize> {
        let l = self.list.downcast::<ListData>().expect("list");
        Some(l.len().saturating_sub(self.i))
    }
}

struct TupleIter {
    tuple: Value,
    i: usize,
}
impl NativeIterator for TupleIter {
    fn next(&mut self) -> PyResult<Option<Value>> {
        let t = &self.tuple.downcast::<TupleData>().expect("tuple").0;
        let v = t.get(self.i).cloned();
        self.i += 1;
        Ok(v)
    }
    fn length_hint(&self) -> Option<usize> {
        let t = &self.tuple.downcast::<TupleData>().expect("tuple").0;
        Some(t.len().saturating_sub(self.i))
    }
}

struct StrIter {
    s: Value,
    byte: usize,
}
impl NativeIterator for StrIter {
    fn next(&mut self) -> PyResult<Option<Value>> {
        let s = self.s.downcast::<StrData>().expect("str").as_bytes();
        if self.byte >= s.len() {
            return Ok(None);
        }
        let (c, n) = crate::objects::str_utf8::decode_at(s, self.byte);
        self.byte += n;
        Ok(Some(crate::objects::str::new_char(c)))
    }
}

struct BytesIter {
    b: Vec<u8>,
    i: usize,
}
impl NativeIterator for BytesIter {
    fn next(&mut self) -> PyResult<Option<Value>> {
        let v = self.b.get(self.i).map(|&c| new_int(c as i64));
        self.i += 1;
        Ok(v)
    }
}

struct DictIter {
    dict: Value,
    pos: usize,
    len: usize,
    which: ViewKind,
}
impl NativeIterator for DictIter {
    fn next(&mut self) -> PyResult<Option<Value>> {
        let d = self.dict.downcast::<DictData>().expect("dict");
        if d.len() != self.len {
            self.len = usize::MAX;
            return Err(PyErr::runtime_error(
                "dictionary changed size during iteration",
            ));
        }
        match d.next_entry(self.pos) {
            Some((next, k, v)) => {
                self.pos = next;
                Ok(Some(match self.which {
                    ViewKind::Keys => k,
                    ViewKind::Values => v,
                    ViewKind::Items => new_tuple(vec![k, v]),
                }))
            }
            None => Ok(None),
        }
    }
}

struct SetIter {
    set: Value,
    pos: usize,
    len: usize,
}
impl NativeIterator for SetIter {
    fn next(&mut self) -> PyResult<Option<Value>> {
        let s = self.set.downcast::<SetData>().expect("set");
        if s.len() != self.len {
            self.len = usize::MAX;
            return Err(PyErr::runtime_error("Set changed size during iteration"));
        }
        match s.next_entry(self.pos) {
            Some((next, k)) => {
                self.pos = next;
                Ok(Some(k))
            }
            None => Ok(None),
        }
    }
}

/// The old sequence protocol: `obj[0]`, `obj[1]`, ... until IndexError.
struct SeqIter {
    seq: Value,
    i: i64,
    done: bool,
}
impl NativeIterator for SeqIter {
    fn next(&mut self) -> PyResult<Option<Value>> {
        if self.done {
            return Ok(None);
        }
        match super::getitem(&self.seq, &new_int(self.i)) {
            Ok(v) => {
                self.i += 1;
                Ok(Some(v))
            }
            Err(e) if e.matches(&types().index_error) || e.matches(&types().stop_iteration) => {
                self.done = true;
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }
}

/// `iter(callable, sentinel)`.
pub struct CallableIter {
    pub func: Value,
    pub sentinel: Value,
    pub done: bool,
}
impl NativeIterator for CallableIter {
    fn next(&mut self) -> PyResult<Option<Value>> {
        if self.done {
            return Ok(None);
        }
        let v = match super::call(&self.func, &[], &[]) {
            Ok(v) => v,
            // A StopIteration from the callable ends the iteration too.
            Err(e) if e.matches(&crate::vm::types().stop_iteration) => {
                self.done = true;
                return Ok(None);
            }
            Err(e) => return Err(e),
        };
        if super::eq_bool(&v, &self.sentinel)? {
            self.done = true;
            return Ok(None);
        }
        Ok(Some(v))
    }
}

/// `iter(v)`.
pub fn get_iter(v: &Value) -> PyResult<Value> {
    if let Some(m) = super::override_of(v, "__iter__") {
        return iter_via(&m, v);
    }
    builtin_iter(v)
}

/// `iter(v)` by `v`'s built-in layout, ignoring a subclass's override.
pub fn builtin_iter(v: &Value) -> PyResult<Value> {
    let t = types();
    Ok(match v.kind() {
        Some(Kind::List) => new_native_iter(
            &t.list_iterator,
            Box::new(ListIter {
                list: v.clone(),
                i: 0,
            }),
        ),
        Some(Kind::Tuple) => new_native_iter(
            &t.tuple_iterator,
            Box::new(TupleIter {
                tuple: v.clone(),
                i: 0,
            }),
        ),
        Some(Kind::Str) => new_native_iter(
            &t.str_iterator,
            Box::new(StrIter {
                s: v.clone(),
                byte: 0,
            }),
        ),
        Some(Kind::Bytes | Kind::ByteArray) => new_native_iter(
            &t.bytes_iterator,
            Box::new(BytesIter {
                b: crate::objects::bytes::bytes_like(v).expect("bytes"),
                i: 0,
            }),
        ),
        Some(Kind::Dict) => dict_iter(v.clone(), ViewKind::Keys),
        Some(Kind::DictView) => {
            let view = v.downcast::<DictViewData>().expect("k");
            dict_iter(view.dict.clone(), view.which)
        }
        Some(Kind::Set) => new_native_iter(
            &t.set_iterator,
            Box::new(SetIter {
                set: v.clone(),
                pos: 0,
                len: v.downcast::<SetData>().expect("k").len(),
            }),
        ),
        Some(Kind::Range) => crate::types::range::range_iter(v),
        Some(Kind::NativeIter) => v.clone(),
        Some(Kind::Generator) if is_generator(v) => v.clone(),
        _ => {
            if let Some(m) = super::lookup_special(v, "__iter__") {
                return iter_via(&m, v);
            }
            if super::lookup_special(v, "__getitem__").is_some() {
                return Ok(new_native_iter(
                    &t.seq_iterator,
                    Box::new(SeqIter {
                        seq: v.clone(),
                        i: 0,
                        done: false,
                    }),
                ));
            }
            return Err(not_iterable(v));
        }
    })
}

/// `iter(v)` through a class's `__iter__` method `m`.
fn iter_via(m: &Value, v: &Value) -> PyResult<Value> {
    if m.is_none() {
        return Err(not_iterable(v));
    }
    let it = super::call_method_value(m, v, &[])?;
    if !is_iterator(&it) {
        return Err(PyErr::type_error(format!(
            "iter() returned non-iterator of type '{}'",
            type_name(&it)
        )));
    }
    Ok(it)
}

#[cold]
fn not_iterable(v: &Value) -> PyErr {
    PyErr::type_error(format!("'{}' object is not iterable", type_name(v)))
}

fn dict_iter(dict: Value, which: ViewKind) -> Value {
    let t = types();
    let ty = match which {
        ViewKind::Keys => &t.dict_keyiterator,
        ViewKind::Values => &t.dict_valueiterator,
        ViewKind::Items => &t.dict_itemiterator,
    };
    let len = dict.downcast::<DictData>().map_or(0, |d| d.len());
    new_native_iter(
        ty,
        Box::new(DictIter {
            dict,
            pos: 0,
            len,
            which,
        }),
    )
}

/// True when `v` has `__next__`.
pub fn is_iterator(v: &Value) -> bool {
    v.kind() == Some(Kind::NativeIter)
        || is_generator(v)
        || super::lookup_special(v, "__next__").is_some()
}

/// Whether `v` is a generator object (not a coroutine or asynchronous generator, which
/// share its layout but are not iterators).
#[inline]
pub fn is_generator(v: &Value) -> bool {
    v.kind() == Some(Kind::Generator) && type_of(v).is(&types().generator)
}

/// `next(it)`: Some(item), or None when exhausted (StopIteration is absorbed).
#[inline]
pub fn next(it: &Value) -> PyResult<Option<Value>> {
    match it.kind() {
        Some(Kind::NativeIter) if !crate::objects::subclass::has_subclass_flag(it) => {
            it.downcast::<NativeIterData>().expect("k").next()
        }
        Some(Kind::NativeIter) => match super::override_of(it, "__next__") {
            Some(m) => match super::call_method_value(&m, it, &[]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.matches(&types().stop_iteration) => Ok(None),
                Err(e) => Err(e),
            },
            None => it.downcast::<NativeIterData>().expect("k").next(),
        },
        Some(Kind::Generator) if is_generator(it) => crate::interp::generator_next(it),
        _ => {
            let Some(m) = super::lookup_special(it, "__next__") else {
                return Err(PyErr::type_error(format!(
                    "'{}' object is not an iterator",
                    type_name(it)
                )));
            };
            match super::call_method_value(&m, it, &[]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.matches(&types().stop_iteration) => Ok(None),
                Err(e) => Err(e),
            }
        }
    }
}

/// All items of an iterable.
pub fn collect(v: &Value) -> PyResult<Vec<Value>> {
    if crate::objects::subclass::has_subclass_flag(v) {
        // A subclass may iterate differently (`__iter__`): CPython's fast paths take
        // exact lists and tuples only.
        return collect_iter(v);
    }
    match v.kind() {
        Some(Kind::List) => return Ok(v.downcast::<ListData>().expect("k").to_vec()),
        Some(Kind::Tuple) => return Ok(v.downcast::<TupleData>().expect("k").0.to_vec()),
        _ => {}
    }
    collect_iter(v)
}

fn collect_iter(v: &Value) -> PyResult<Vec<Value>> {
    let it = get_iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = next(&it)? {
        out.push(x);
    }
    Ok(out)
}

/// True when `iter(v)` would succeed (without calling anything).
pub fn is_iterable(v: &Value) -> bool {
    matches!(
        v.kind(),
        Some(
            Kind::List
                | Kind::Tuple
                | Kind::Str
                | Kind::Bytes
                | Kind::ByteArray
                | Kind::Dict
                | Kind::DictView
                | Kind::Set
                | Kind::Range
                | Kind::NativeIter
        )
    ) || is_generator(v)
        || super::lookup_special(v, "__iter__").is_some_and(|m| !m.is_none())
        || super::lookup_special(v, "__getitem__").is_some()
}
