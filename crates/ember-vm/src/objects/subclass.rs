//! Instances of Python classes that subclass a built-in type with a layout of its own
//! (int, float, complex, str, bytes, bytearray, tuple, list, dict, set, frozenset):
//! CPython's `tp_dictoffset` idea.
//!
//! Such an instance is a `PyObject<Subclassed<T>>`: the built-in's own payload `T` first,
//! then the instance dict. Its header keeps `kind = T::KIND`, so `downcast::<T>()`, every
//! native method and every fast path that reads the payload work on it unchanged. Two
//! header flags say what else is true:
//! - `INSTANCE_DICT`: the payload is followed by the dict slot (deallocation frees a
//!   `Subclassed<T>`; attribute access, `__dict__` and `vars()` use the dict);
//! - `SUBCLASS`: the type is a class defined in Python, so the generic operations look
//!   for overridden dunder methods first (`ops::override_of`). Classes whose metaclass is
//!   a Python subclass of `type` carry it too (they are plain `TypeData` objects: their
//!   attributes live in their namespace, so they need no instance dict).
//!
//! Invariants:
//! - an object with `INSTANCE_DICT` was allocated by `alloc_subclassed::<T>`, with
//!   `T::KIND` its kind, and also has `SUBCLASS`;
//! - the dict slot is UNBOUND until an attribute is set or `__dict__` is asked for (and
//!   again after `del obj.__dict__`), else a dict (never another object: `__dict__`
//!   assignment checks).
//!
//! `int` subclasses: a subclass instance must be a heap object, so `BigIntData` inside a
//! `Subclassed` may hold any value, small ones included. The rule "a big int never fits a
//! small int" holds for objects of type `int` only; code that reads an int's value goes
//! through `int::to_bigint`/`to_i64`/`ops::as_num`, which accept both, and code that
//! returns "the same int" returns `int::exact_int(v)` (a normalised int) for subclasses.

use crate::error::PyResult;
use crate::object::{alloc_raw, free_as, header_flag, Header, Kind, Payload, PyObject};
use crate::objects::bytes::{ByteArrayData, BytesData};
use crate::objects::complex::ComplexData;
use crate::objects::descr::{ClassMethodData, PropertyData, StaticMethodData};
use crate::objects::dict::DictData;
use crate::objects::float::FloatData;
use crate::objects::int::{to_bigint, BigIntData};
use crate::objects::list::ListData;
use crate::objects::set::SetData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::objects::typeobj::{type_data, type_of};
use crate::slot::Slot;
use crate::value::Value;
use std::cell::UnsafeCell;

/// The payload of an instance of a Python subclass of a built-in type: the built-in's
/// payload first (so a `&T` to the start is valid), then the instance dict.
#[repr(C)]
pub struct Subclassed<T> {
    pub base: T,
    pub dict: Slot,
}

/// The layouts that Python classes can extend, with their payloads: one list for the
/// dict offset and the deallocator, so the two can never disagree.
macro_rules! subclassable_layouts {
    ($($kind:ident => $payload:ty,)*) => {
        /// Byte offset of the dict slot from the header, for a subclassable layout.
        fn dict_offset(kind: Kind) -> Option<usize> {
            match kind {
                $(Kind::$kind => Some(std::mem::offset_of!(
                    PyObject<Subclassed<$payload>>,
                    data.dict
                )),)*
                _ => None,
            }
        }

        /// True when Python classes can extend layout `kind` with an instance dict.
        pub fn is_subclassable(kind: Kind) -> bool {
            matches!(kind, $(Kind::$kind)|*)
        }

        /// The deallocator of an object with `INSTANCE_DICT` set.
        pub(crate) fn free_fn(kind: Kind) -> unsafe fn(*mut Header) {
            match kind {
                $(Kind::$kind => free_as::<Subclassed<$payload>>,)*
                _ => unreachable!("INSTANCE_DICT is only set by alloc_subclassed on these kinds"),
            }
        }
    };
}

subclassable_layouts! {
    BigInt => BigIntData,
    Float => FloatData,
    Complex => ComplexData,
    Str => StrData,
    Bytes => BytesData,
    ByteArray => ByteArrayData,
    Tuple => TupleData,
    List => ListData,
    Dict => DictData,
    Set => SetData,
    Property => PropertyData,
    ClassMethod => ClassMethodData,
    StaticMethod => StaticMethodData,
    NativeIter => crate::objects::iter::NativeIterData,
}

/// Allocates an instance of `cls` (a Python subclass of the built-in type of layout
/// `T`) holding `data`, with an empty instance dict unless the class's `__slots__`
/// leave it without one.
pub fn alloc_subclassed<T: Payload>(cls: &Value, data: T) -> Value {
    debug_assert!(is_subclassable(T::KIND));
    let td = type_data(cls);
    let mut flags = header_flag::SUBCLASS | header_flag::INSTANCE_DICT;
    if !td.has_instance_dict {
        if td.nslots.get() == 0 {
            // SAFETY: a plain `T` of kind `T::KIND` without INSTANCE_DICT, as `alloc`
            // makes.
            return unsafe { alloc_raw(cls, T::KIND, header_flag::SUBCLASS, data) };
        }
        // `__slots__` values live in the dict slot, which is then not a `__dict__`.
        flags |= header_flag::HIDDEN_DICT;
    }
    let payload = Subclassed {
        base: data,
        dict: Slot::default(),
    };
    // SAFETY: `Subclassed<T>` with `INSTANCE_DICT` and kind `T::KIND` is what `free_fn`
    // and `dict_slot` expect; `T` at offset 0 is what `downcast::<T>` expects.
    unsafe { alloc_raw(cls, T::KIND, flags, payload) }
}

/// A new object of class `cls` holding `data`: a plain built-in object when `cls` is the
/// built-in type, else an instance of the Python subclass.
pub fn alloc_for<T: Payload>(cls: &Value, data: T) -> Value {
    if type_data(cls).builtin {
        crate::object::alloc(cls, data)
    } else {
        alloc_subclassed(cls, data)
    }
}

/// True when `v`'s type is a class defined in Python over a built-in layout.
#[inline(always)]
pub fn has_subclass_flag(v: &Value) -> bool {
    v.header()
        .is_some_and(|h| h.flags.get() & header_flag::SUBCLASS != 0)
}

/// Marks a new object whose type is a Python class over a built-in layout that needs no
/// dict (a class whose metaclass subclasses `type`).
pub fn mark_subclass(v: &Value) {
    if let Some(h) = v.header() {
        h.flags.set(h.flags.get() | header_flag::SUBCLASS);
    }
}

/// The instance dict slot of `v`, if it has one.
fn dict_slot(v: &Value) -> Option<&Slot> {
    let h = v.header()?;
    if h.flags.get() & header_flag::INSTANCE_DICT == 0 {
        return None;
    }
    let off = dict_offset(h.kind)?;
    // SAFETY: an object with INSTANCE_DICT is a `PyObject<Subclassed<T>>` of its kind
    // (module invariant), whose dict slot lies `off` bytes after the header; it lives as
    // long as the borrow of `v`.
    Some(unsafe { &*((v.header_ptr() as *const u8).add(off) as *const Slot) })
}

/// True when `v` has an instance dict slot (an instance of a subclass of a built-in).
#[inline]
pub fn has_instance_dict(v: &Value) -> bool {
    v.header().is_some_and(|h| {
        h.flags.get() & (header_flag::INSTANCE_DICT | header_flag::HIDDEN_DICT)
            == header_flag::INSTANCE_DICT
    })
}

/// The dict that holds `v`'s `__slots__` values (its `__dict__`, or the hidden dict
/// of a class without one), created on first use.
pub fn slot_store(v: &Value) -> Option<Value> {
    let slot = dict_slot(v)?;
    let d = slot.get();
    if d.kind() == Some(Kind::Dict) {
        return Some(d);
    }
    let d = DictData::new_value();
    slot.set(d.clone());
    Some(d)
}

/// The value of attribute `name` in `v`'s instance dict, if set.
pub fn get_attr(v: &Value, name: &Value) -> Option<Value> {
    if !has_instance_dict(v) {
        return None;
    }
    let slot = dict_slot(v)?;
    let d = slot.get();
    d.downcast::<DictData>()?.get_str(name)
}

/// `v.__dict__`, created empty on first use. None when `v` has no instance dict.
pub fn instance_dict(v: &Value) -> Option<Value> {
    if !has_instance_dict(v) {
        return None;
    }
    slot_store(v)
}

/// Replaces `v.__dict__` (`d` is a dict); false when `v` has no instance dict.
pub fn set_instance_dict(v: &Value, d: Value) -> bool {
    if !has_instance_dict(v) {
        return false;
    }
    match dict_slot(v) {
        Some(slot) => {
            slot.set(d);
            true
        }
        None => false,
    }
}

/// The attribute names in `v`'s instance dict (for `dir`).
pub fn attr_names(v: &Value) -> Vec<Value> {
    if !has_instance_dict(v) {
        return Vec::new();
    }
    dict_slot(v)
        .map(Slot::get)
        .and_then(|d| d.downcast::<DictData>().map(DictData::keys))
        .unwrap_or_default()
}

/// The built-in type whose layout instances of `ty` have: `ty` itself for a built-in
/// type, else the first built-in type of its MRO with the same layout (`list` for
/// `class L(list)`, `frozenset` for a frozenset subclass, `object` for plain classes).
pub fn builtin_base(ty: &Value) -> &Value {
    let td = type_data(ty);
    if td.builtin {
        return ty;
    }
    td.mro()
        .iter()
        .find(|t| {
            let bd = type_data(t);
            bd.builtin && bd.instance_kind == td.instance_kind
        })
        .unwrap_or(&crate::vm::types().object)
}

/// An object of type `cls` with the value of `exact`, a value of the built-in type that
/// `cls` extends: `exact` itself when `cls` is that type, else a new subclass instance
/// holding a copy of its payload (the work of `int.__new__(I, 5)`, `str.__new__(S)` ...).
pub fn instantiate(cls: &Value, exact: Value) -> PyResult<Value> {
    if type_of(&exact).is(cls) || type_data(cls).builtin {
        return Ok(exact);
    }
    if let Some(i) = to_bigint(&exact) {
        return Ok(alloc_subclassed(cls, BigIntData(i)));
    }
    Ok(match exact.kind() {
        Some(Kind::Float) => {
            let f = exact.downcast::<FloatData>().expect("kind Float");
            alloc_subclassed(cls, FloatData(f.0))
        }
        Some(Kind::Complex) => {
            let c = exact.downcast::<ComplexData>().expect("kind Complex");
            alloc_subclassed(cls, ComplexData { re: c.re, im: c.im })
        }
        Some(Kind::Str) => {
            let s = exact.downcast::<StrData>().expect("kind Str");
            alloc_subclassed(cls, s.copy())
        }
        Some(Kind::Bytes) => {
            let b = exact.downcast::<BytesData>().expect("kind Bytes");
            alloc_subclassed(cls, BytesData(b.0.clone()))
        }
        Some(Kind::ByteArray) => {
            let b = exact.downcast::<ByteArrayData>().expect("kind ByteArray");
            alloc_subclassed(cls, ByteArrayData(UnsafeCell::new(b.bytes().to_vec())))
        }
        Some(Kind::Tuple) => {
            let t = exact.downcast::<TupleData>().expect("kind Tuple");
            alloc_subclassed(cls, TupleData(t.0.clone()))
        }
        Some(Kind::List) => {
            let l = exact.downcast::<ListData>().expect("kind List");
            alloc_subclassed(cls, ListData::new(l.to_vec()))
        }
        Some(Kind::Dict) => {
            let d = exact.downcast::<DictData>().expect("kind Dict");
            alloc_subclassed(cls, d.copy())
        }
        Some(Kind::Set) => {
            let s = exact.downcast::<SetData>().expect("kind Set");
            let copy = SetData::new();
            copy.merge(s)?;
            alloc_subclassed(cls, copy)
        }
        _ => exact,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::bytes::{new_bytearray, new_bytes};
    use crate::objects::complex::new_complex;
    use crate::objects::float::new_float;
    use crate::objects::int::new_bigint;
    use crate::objects::list::new_list;
    use crate::objects::set::new_set;
    use crate::objects::str::{new_str, StrData};
    use crate::objects::tuple::new_tuple;
    use crate::vm::types;

    /// `class <name>(base)` made without running Python code.
    fn subclass_of(base: &Value, name: &str) -> Value {
        let ns = DictData::new();
        crate::types::typeobj::new_class(&types().type_, name, vec![base.clone()], &ns, &[], &[])
            .expect("a subclass of a built-in type")
    }

    #[test]
    fn payload_comes_first() {
        assert_eq!(std::mem::offset_of!(Subclassed<ListData>, base), 0);
        assert_eq!(std::mem::offset_of!(Subclassed<BigIntData>, base), 0);
    }

    #[test]
    fn instances_keep_the_layout_and_carry_a_dict() {
        crate::vm::init();
        let cls = subclass_of(&types().list, "L");
        let v = instantiate(
            &cls,
            new_list(vec![Value::small_int(1), Value::small_int(2)]),
        )
        .expect("a list subclass instance");
        assert_eq!(v.kind(), Some(Kind::List));
        assert!(has_subclass_flag(&v) && has_instance_dict(&v));
        assert!(v.downcast_exact::<ListData>().is_none());
        let l = v.downcast::<ListData>().expect("the list payload");
        assert_eq!(l.len(), 2);
        let name = StrData::intern("attr");
        assert!(get_attr(&v, &name).is_none());
        let d = instance_dict(&v).expect("a dict");
        d.downcast::<DictData>()
            .expect("dict")
            .set_str(&name, new_str("x"));
        assert!(get_attr(&v, &name).is_some());
        assert_eq!(attr_names(&v).len(), 1);
        assert!(builtin_base(&cls).is(&types().list));
    }

    #[test]
    fn every_subclassable_layout_allocates_and_frees() {
        crate::vm::init();
        let t = types();
        let cases: Vec<(Value, Value)> = vec![
            (
                t.int.clone(),
                new_bigint(num_bigint::BigInt::from(1) << 100),
            ),
            (t.float.clone(), new_float(1.5)),
            (t.complex.clone(), new_complex(1.0, 2.0)),
            (t.str.clone(), new_str("text")),
            (t.bytes.clone(), new_bytes(b"ab".to_vec())),
            (t.bytearray.clone(), new_bytearray(b"cd".to_vec())),
            (t.tuple.clone(), new_tuple(vec![Value::small_int(3)])),
            (t.list.clone(), new_list(vec![new_str("item")])),
            (t.dict.clone(), DictData::new_value()),
            (t.set.clone(), new_set(false)),
            (t.frozenset.clone(), new_set(true)),
        ];
        for (base, exact) in cases {
            let cls = subclass_of(&base, "Sub");
            let kind = exact.kind();
            let v = instantiate(&cls, exact).expect("an instance");
            assert_eq!(v.kind(), kind);
            assert!(type_of(&v).is(&cls));
            instance_dict(&v).expect("a dict");
            drop(v);
        }
    }

    #[test]
    fn small_values_stay_on_the_heap_for_int_subclasses() {
        crate::vm::init();
        let cls = subclass_of(&types().int, "I");
        let v = instantiate(&cls, Value::small_int(7)).expect("an int subclass instance");
        assert!(v.is_heap());
        assert_eq!(crate::objects::int::to_i64(&v), Some(7));
        let exact = crate::objects::int::exact_int(&v);
        assert_eq!(exact.as_small_int(), Some(7));
    }
}
