//! Items and lengths: `obj[key]` get/set/delete for sequences (ints and slices) and
//! mappings, `len()`, `in`, and `__index__` conversion.

use crate::error::{PyErr, PyResult};
use crate::object::Kind;
use crate::objects::bytes::{new_bytearray, new_bytes, ByteArrayData, BytesData};
use crate::objects::dict::{DictData, DictViewData};
use crate::objects::int::{new_int, BigIntData};
use crate::objects::list::{new_list, ListData};
use crate::objects::set::SetData;
use crate::objects::slice::SliceData;
use crate::objects::str::{new_str, StrData};
use crate::objects::tuple::{new_tuple, TupleData};
use crate::objects::typeobj::{type_data, type_name, type_of};
use crate::value::Value;
use num_traits::{Signed, ToPrimitive};

/// `operator.index(v)` as an int object, or None when `v` has no `__index__`.
pub fn index_opt(v: &Value) -> PyResult<Option<Value>> {
    if v.is_small_int() || v.kind() == Some(Kind::BigInt) || v.is_bool() {
        // An int subclass's own `__index__` is not consulted (CPython's `_PyNumber_Index`).
        return Ok(Some(crate::objects::int::exact_int(v)));
    }
    if v.kind() == Some(Kind::Instance) {
        if let Some(m) = super::lookup_special(v, "__index__") {
            let r = super::call_method_value(&m, v, &[])?;
            if !(r.is_small_int() || r.kind() == Some(Kind::BigInt)) {
                return Err(PyErr::type_error(format!(
                    "__index__ returned non-int (type {})",
                    type_name(&r)
                )));
            }
            return Ok(Some(r));
        }
    }
    Ok(None)
}

/// `operator.index(v)` clamped to isize (OverflowError for huge values, "cannot fit").
pub fn index_isize(v: &Value) -> PyResult<Option<isize>> {
    let Some(i) = index_opt(v)? else {
        return Ok(None);
    };
    if let Some(n) = i.as_small_int() {
        return Ok(Some(n as isize));
    }
    let b = &i.downcast::<BigIntData>().expect("index returns int").0;
    b.to_isize().map(Some).ok_or_else(|| {
        PyErr::index_error(format!(
            "cannot fit '{}' into an index-sized integer",
            type_name(v)
        ))
    })
}

/// Clamps a slice bound the way `PySlice_AdjustIndices` does: None when the bound is None.
fn slice_bound(v: &Value) -> PyResult<Option<isize>> {
    if v.is_none() {
        return Ok(None);
    }
    match index_opt(v)? {
        Some(i) => Ok(Some(match i.as_small_int() {
            Some(n) => n as isize,
            None => {
                let b = &i.downcast::<BigIntData>().expect("int").0;
                if b.is_negative() {
                    isize::MIN / 2
                } else {
                    isize::MAX / 2
                }
            }
        })),
        None => Err(PyErr::type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

/// `slice.indices(len)`: (start, stop, step) and the number of items selected.
pub fn slice_indices(s: &SliceData, len: usize) -> PyResult<(isize, isize, isize, usize)> {
    let len = len as isize;
    let step = slice_bound(&s.step)?.unwrap_or(1);
    if step == 0 {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let adjust = |v: Option<isize>, default: isize| -> isize {
        match v {
            None => default,
            Some(mut i) => {
                if i < 0 {
                    i += len;
                    if i < lower {
                        i = lower;
                    }
                } else if i > upper {
                    i = upper;
                }
                i
            }
        }
    };
    let start = adjust(slice_bound(&s.start)?, if step < 0 { upper } else { lower });
    let stop = adjust(slice_bound(&s.stop)?, if step < 0 { lower } else { upper });
    let n = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start, stop, step, n as usize))
}

/// The positions a slice selects.
pub fn slice_positions(s: &SliceData, len: usize) -> PyResult<Vec<usize>> {
    let (start, _, step, n) = slice_indices(s, len)?;
    Ok((0..n)
        .map(|i| (start + i as isize * step) as usize)
        .collect())
}

/// Normalises a possibly negative index; None when out of range.
#[inline]
pub fn norm_index(i: isize, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as isize } else { i };
    if j < 0 || j as usize >= len {
        None
    } else {
        Some(j as usize)
    }
}

fn seq_index(key: &Value, what: &str) -> PyResult<isize> {
    match index_isize(key)? {
        Some(i) => Ok(i),
        None => Err(PyErr::type_error(format!(
            "{} indices must be integers or slices, not {}",
            what,
            type_name(key)
        ))),
    }
}

/// `obj[key]`.
pub fn getitem(obj: &Value, key: &Value) -> PyResult<Value> {
    if let Some(m) = super::override_of(obj, "__getitem__") {
        return super::call_method_value(&m, obj, std::slice::from_ref(key));
    }
    builtin_getitem(obj, key)
}

/// `obj[key]` by `obj`'s built-in layout, ignoring a subclass's override (the body of
/// `list.__getitem__` ...).
pub fn builtin_getitem(obj: &Value, key: &Value) -> PyResult<Value> {
    match obj.kind() {
        Some(Kind::List) => {
            let l = obj.downcast::<ListData>().expect("k");
            if let Some(s) = key.downcast::<SliceData>() {
                let items = l.items();
                let pos = slice_positions(s, items.len())?;
                let items = l.items();
                return Ok(new_list(
                    pos.into_iter().map(|p| items[p].clone()).collect(),
                ));
            }
            let i = seq_index(key, "list")?;
            let items = l.items();
            match norm_index(i, items.len()) {
                Some(j) => Ok(items[j].clone()),
                None => Err(PyErr::index_error("list index out of range")),
            }
        }
        Some(Kind::Tuple) => {
            let t = &obj.downcast::<TupleData>().expect("k").0;
            if let Some(s) = key.downcast::<SliceData>() {
                let pos = slice_positions(s, t.len())?;
                let step_one = s.step.is_none() || s.step.as_small_int() == Some(1);
                if step_one && pos.len() == t.len() && type_of(obj).is(&crate::vm::types().tuple) {
                    return Ok(obj.clone());
                }
                return Ok(new_tuple(pos.into_iter().map(|p| t[p].clone()).collect()));
            }
            let i = seq_index(key, "tuple")?;
            match norm_index(i, t.len()) {
                Some(j) => Ok(t[j].clone()),
                None => Err(PyErr::index_error("tuple index out of range")),
            }
        }
        Some(Kind::Str) => {
            let s = obj.downcast::<StrData>().expect("k");
            if let Some(sl) = key.downcast::<SliceData>() {
                let (start, stop, step, n) = slice_indices(sl, s.char_len())?;
                if step == 1 {
                    if n == 0 {
                        return Ok(new_str(""));
                    }
                    return Ok(s.slice(start as usize, stop as usize));
                }
                let chars: Vec<u32> = s.code_points().collect();
                let mut out = crate::objects::str::StrBuf::with_capacity(n);
                for i in 0..n {
                    out.push_code_point(chars[(start + i as isize * step) as usize]);
                }
                return Ok(out.finish());
            }
            let Some(i) = index_isize(key)? else {
                return Err(PyErr::type_error(format!(
                    "string indices must be integers, not '{}'",
                    type_name(key)
                )));
            };
            match norm_index(i, s.char_len()) {
                Some(j) => Ok(crate::objects::str::new_char(s.code_point_at(j))),
                None => Err(PyErr::index_error("string index out of range")),
            }
        }
        Some(Kind::Bytes) | Some(Kind::ByteArray) => {
            let b = crate::objects::bytes::bytes_like(obj).expect("bytes");
            if let Some(sl) = key.downcast::<SliceData>() {
                let pos = slice_positions(sl, b.len())?;
                let out: Vec<u8> = pos.into_iter().map(|p| b[p]).collect();
                return Ok(if obj.kind() == Some(Kind::Bytes) {
                    new_bytes(out)
                } else {
                    new_bytearray(out)
                });
            }
            let what = if obj.kind() == Some(Kind::Bytes) {
                "byte"
            } else {
                "bytearray"
            };
            let i = seq_index(key, what)?;
            match norm_index(i, b.len()) {
                Some(j) => Ok(new_int(b[j] as i64)),
                None => Err(PyErr::index_error(if what == "byte" {
                    "index out of range"
                } else {
                    "bytearray index out of range"
                })),
            }
        }
        Some(Kind::Dict) => {
            let d = obj.downcast::<DictData>().expect("k");
            match d.get(key)? {
                Some(v) => Ok(v),
                None => dict_missing(obj, key),
            }
        }
        Some(Kind::Range) => crate::types::range::range_getitem(obj, key),
        Some(Kind::Type) => {
            if let Some(m) = type_data(obj).lookup(&StrData::intern_static("__class_getitem__")) {
                let f = super::descr_get(m, None, obj)?;
                return super::call(&f, std::slice::from_ref(key), &[]);
            }
            Err(PyErr::type_error(format!(
                "type '{}' is not subscriptable",
                type_data(obj).name()
            )))
        }
        _ => {
            if let Some(m) = super::lookup_special(obj, "__getitem__") {
                return super::call_method_value(&m, obj, std::slice::from_ref(key));
            }
            Err(PyErr::type_error(format!(
                "'{}' object is not subscriptable",
                type_name(obj)
            )))
        }
    }
}

/// `d[key]` for a key missing from dict `d`: a subclass's `__missing__` answers, else
/// KeyError.
fn dict_missing(d: &Value, key: &Value) -> PyResult<Value> {
    if crate::objects::subclass::has_subclass_flag(d) {
        if let Some(m) = super::lookup_special(d, "__missing__") {
            return super::call_method_value(&m, d, std::slice::from_ref(key));
        }
    }
    Err(PyErr::key_error(key.clone()))
}

/// `obj[key] = value`.
pub fn setitem(obj: &Value, key: &Value, value: Value) -> PyResult<()> {
    if let Some(m) = super::override_of(obj, "__setitem__") {
        super::call_method_value(&m, obj, &[key.clone(), value])?;
        return Ok(());
    }
    builtin_setitem(obj, key, value)
}

/// `obj[key] = value` by `obj`'s built-in layout, ignoring a subclass's override.
pub fn builtin_setitem(obj: &Value, key: &Value, value: Value) -> PyResult<()> {
    match obj.kind() {
        Some(Kind::List) => {
            let l = obj.downcast::<ListData>().expect("k");
            if let Some(s) = key.downcast::<SliceData>() {
                return list_set_slice(l, s, &value);
            }
            let i = seq_index(key, "list")?;
            match norm_index(i, l.len()) {
                Some(j) => {
                    let old = std::mem::replace(&mut l.vec_mut()[j], value);
                    drop(old);
                    Ok(())
                }
                None => Err(PyErr::index_error("list assignment index out of range")),
            }
        }
        Some(Kind::Dict) => obj
            .downcast::<DictData>()
            .expect("k")
            .set(key.clone(), value),
        Some(Kind::ByteArray) => crate::types::bytes::bytearray_setitem(obj, key, value),
        Some(Kind::Instance) => {
            if let Some(m) = super::lookup_special(obj, "__setitem__") {
                super::call_method_value(&m, obj, &[key.clone(), value])?;
                return Ok(());
            }
            Err(no_item_assignment(obj))
        }
        _ => Err(no_item_assignment(obj)),
    }
}

#[cold]
fn no_item_assignment(obj: &Value) -> PyErr {
    PyErr::type_error(format!(
        "'{}' object does not support item assignment",
        type_name(obj)
    ))
}

fn list_set_slice(l: &ListData, s: &SliceData, value: &Value) -> PyResult<()> {
    let items = super::collect(value)?;
    let (start, stop, step, n) = slice_indices(s, l.len())?;
    if step == 1 {
        let start = start as usize;
        let stop = (stop.max(start as isize)) as usize;
        let removed: Vec<Value> = l.vec_mut().splice(start..stop, items).collect();
        drop(removed);
        return Ok(());
    }
    if items.len() != n {
        return Err(PyErr::value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            items.len(),
            n
        )));
    }
    let v = l.vec_mut();
    let mut old = Vec::with_capacity(n);
    for (i, item) in items.into_iter().enumerate() {
        let p = (start + i as isize * step) as usize;
        old.push(std::mem::replace(&mut v[p], item));
    }
    drop(old);
    Ok(())
}

/// `del obj[key]`.
pub fn delitem(obj: &Value, key: &Value) -> PyResult<()> {
    if let Some(m) = super::override_of(obj, "__delitem__") {
        super::call_method_value(&m, obj, std::slice::from_ref(key))?;
        return Ok(());
    }
    builtin_delitem(obj, key)
}

/// `del obj[key]` by `obj`'s built-in layout, ignoring a subclass's override.
pub fn builtin_delitem(obj: &Value, key: &Value) -> PyResult<()> {
    match obj.kind() {
        Some(Kind::List) => {
            let l = obj.downcast::<ListData>().expect("k");
            if let Some(s) = key.downcast::<SliceData>() {
                let mut pos = slice_positions(s, l.len())?;
                pos.sort_unstable();
                let v = l.vec_mut();
                let mut removed = Vec::with_capacity(pos.len());
                for p in pos.into_iter().rev() {
                    removed.push(v.remove(p));
                }
                drop(removed);
                return Ok(());
            }
            let i = seq_index(key, "list")?;
            match norm_index(i, l.len()) {
                Some(j) => {
                    let old = l.vec_mut().remove(j);
                    drop(old);
                    Ok(())
                }
                None => Err(PyErr::index_error("list assignment index out of range")),
            }
        }
        Some(Kind::Dict) => {
            let d = obj.downcast::<DictData>().expect("k");
            match d.remove(key)? {
                Some(_) => Ok(()),
                None => Err(PyErr::key_error(key.clone())),
            }
        }
        Some(Kind::ByteArray) => crate::types::bytes::bytearray_delitem(obj, key),
        Some(Kind::Instance) => {
            if let Some(m) = super::lookup_special(obj, "__delitem__") {
                super::call_method_value(&m, obj, std::slice::from_ref(key))?;
                return Ok(());
            }
            Err(no_item_deletion(obj, key))
        }
        _ => Err(no_item_deletion(obj, key)),
    }
}

/// CPython's `PyObject_DelItem` says "doesn't" when it went on to
/// `PySequence_DelItem` (a type with sequence methods, which every class defined in
/// Python has, and an index key), "does not" otherwise.
#[cold]
fn no_item_deletion(obj: &Value, key: &Value) -> PyErr {
    let t = type_name(obj);
    let sequence = matches!(
        obj.kind(),
        Some(Kind::Tuple | Kind::Str | Kind::Bytes | Kind::Range)
    ) || !type_data(type_of(obj)).builtin;
    let index = key.is_small_int()
        || key.is_bool()
        || key.kind() == Some(Kind::BigInt)
        || super::lookup_special(key, "__index__").is_some();
    if sequence && index {
        return PyErr::type_error(format!("'{}' object doesn't support item deletion", t));
    }
    PyErr::type_error(format!("'{}' object does not support item deletion", t))
}

/// `len(obj)`.
pub fn len(obj: &Value) -> PyResult<usize> {
    if let Some(m) = super::override_of(obj, "__len__") {
        return len_result(&super::call_method_value(&m, obj, &[])?);
    }
    builtin_len(obj)
}

/// `len(obj)` by `obj`'s built-in layout, ignoring a subclass's override.
pub fn builtin_len(obj: &Value) -> PyResult<usize> {
    Ok(match obj.kind() {
        Some(Kind::Str) => obj.downcast::<StrData>().expect("k").char_len(),
        Some(Kind::List) => obj.downcast::<ListData>().expect("k").len(),
        Some(Kind::Tuple) => obj.downcast::<TupleData>().expect("k").0.len(),
        Some(Kind::Dict) => obj.downcast::<DictData>().expect("k").len(),
        Some(Kind::Set) => obj.downcast::<SetData>().expect("k").len(),
        Some(Kind::Bytes) => obj.downcast::<BytesData>().expect("k").0.len(),
        Some(Kind::ByteArray) => obj.downcast::<ByteArrayData>().expect("k").bytes().len(),
        Some(Kind::Range) => crate::types::range::range_len_checked(obj)?,
        Some(Kind::DictView) => {
            let v = obj.downcast::<DictViewData>().expect("k");
            v.dict.downcast::<DictData>().map_or(0, |d| d.len())
        }
        _ => {
            if let Some(m) = super::lookup_special(obj, "__len__") {
                return len_result(&super::call_method_value(&m, obj, &[])?);
            }
            return Err(PyErr::type_error(format!(
                "object of type '{}' has no len()",
                type_name(obj)
            )));
        }
    })
}

/// Checks what a `__len__` method returned: CPython's `slot_sq_length`.
fn len_result(r: &Value) -> PyResult<usize> {
    let Some(n) = index_opt(r)? else {
        return Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(r)
        )));
    };
    let n = n
        .as_small_int()
        .ok_or_else(|| PyErr::overflow_error("cannot fit 'int' into an index-sized integer"))?;
    if n < 0 {
        return Err(PyErr::value_error("__len__() should return >= 0"));
    }
    Ok(n as usize)
}

/// `item in container`.
pub fn contains(container: &Value, item: &Value) -> PyResult<bool> {
    if let Some(m) = super::override_of(container, "__contains__") {
        if m.is_none() {
            return Err(not_a_container(container));
        }
        let r = super::call_method_value(&m, container, std::slice::from_ref(item))?;
        return super::is_true(&r);
    }
    builtin_contains(container, item)
}

/// `item in container` by the container's built-in layout, ignoring a subclass's
/// override.
pub fn builtin_contains(container: &Value, item: &Value) -> PyResult<bool> {
    match container.kind() {
        Some(Kind::Dict) => Ok(container
            .downcast::<DictData>()
            .expect("k")
            .get(item)?
            .is_some()),
        Some(Kind::Set) => container.downcast::<SetData>().expect("k").contains(item),
        Some(Kind::Str) => {
            let s = container.downcast::<StrData>().expect("k");
            match item.downcast::<StrData>() {
                Some(sub) => Ok(crate::objects::str::contains(s, sub)),
                None => Err(PyErr::type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    type_name(item)
                ))),
            }
        }
        Some(Kind::List) => {
            let mut i = 0;
            loop {
                let Some(x) = container.downcast::<ListData>().expect("k").get(i) else {
                    return Ok(false);
                };
                if super::eq_bool(&x, item)? {
                    return Ok(true);
                }
                i += 1;
            }
        }
        Some(Kind::Tuple) => {
            for x in container.downcast::<TupleData>().expect("k").0.iter() {
                if super::eq_bool(x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Some(Kind::Bytes | Kind::ByteArray) => crate::types::bytes::bytes_contains(container, item),
        Some(Kind::Range) => crate::types::range::range_contains(container, item),
        Some(Kind::DictView) => crate::types::dict::view_contains(container, item),
        _ => {
            if let Some(m) = super::lookup_special(container, "__contains__") {
                if m.is_none() {
                    return Err(not_a_container(container));
                }
                let r = super::call_method_value(&m, container, std::slice::from_ref(item))?;
                return super::is_true(&r);
            }
            let has_iter = super::lookup_special(container, "__iter__").is_some()
                || super::lookup_special(container, "__getitem__").is_some()
                || container.kind() == Some(Kind::NativeIter)
                || container.kind() == Some(Kind::Generator);
            if !has_iter {
                return Err(PyErr::type_error(format!(
                    "argument of type '{}' is not iterable",
                    type_name(container)
                )));
            }
            let it = super::get_iter(container)?;
            while let Some(x) = super::next(&it)? {
                if super::eq_bool(&x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

#[cold]
fn not_a_container(container: &Value) -> PyErr {
    PyErr::type_error(format!(
        "'{}' object is not a container",
        type_name(container)
    ))
}

/// The type name used by `__getitem__` errors for a value (for callers outside).
pub fn subscript_type_name(v: &Value) -> String {
    type_data(type_of(v)).name().to_string()
}
