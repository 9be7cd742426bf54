//! `Value`: one machine word with a tag in its low bits (DESIGN.md section 3).
//!
//! Encoding (Pyro's layout):
//! - `...xxx0`: a small int, the value shifted left by one (63 bits of range);
//! - `...x001`: a pointer to a heap object (`Header`), 8-byte aligned, plus one;
//! - `...x111`: an immediate: `None`, `True`, `False`, `NotImplemented`, `Ellipsis`, and
//!   `UNBOUND`, the interpreter's marker for an empty register.
//!
//! An owned `Value` holds one reference: `Clone` increments the count of a heap object,
//! `Drop` decrements it and frees the object at zero. Immediates and small ints never
//! touch memory. Functions take `&Value` (free) and return owned `Value`s.

use crate::object::{self, Header, Kind, Payload, PyObject};
use std::marker::PhantomData;
use std::mem::ManuallyDrop;
use std::ptr::NonNull;

const TAG_MASK: usize = 0b111;
const TAG_HEAP: usize = 0b001;
const TAG_IMM: usize = 0b111;

/// Largest small int; ints outside `SMALL_MIN ..= SMALL_MAX` live on the heap as big ints.
pub const SMALL_MAX: i64 = (1 << 62) - 1;
pub const SMALL_MIN: i64 = -(1 << 62);

#[repr(transparent)]
pub struct Value {
    raw: usize,
    _not_send: PhantomData<*const ()>,
}

impl Value {
    pub const NONE: Value = Value::imm(0);
    pub const TRUE: Value = Value::imm(1);
    pub const FALSE: Value = Value::imm(2);
    pub const NOT_IMPLEMENTED: Value = Value::imm(3);
    pub const ELLIPSIS: Value = Value::imm(4);
    /// An empty register or cell; never visible to Python code.
    pub const UNBOUND: Value = Value::imm(5);

    const fn imm(n: usize) -> Value {
        Value {
            raw: (n << 3) | TAG_IMM,
            _not_send: PhantomData,
        }
    }

    #[inline(always)]
    pub fn raw(&self) -> usize {
        self.raw
    }

    /// A small int. The caller guarantees `SMALL_MIN <= n <= SMALL_MAX`.
    #[inline(always)]
    pub fn small_int(n: i64) -> Value {
        debug_assert!((SMALL_MIN..=SMALL_MAX).contains(&n));
        Value {
            raw: (n << 1) as usize,
            _not_send: PhantomData,
        }
    }

    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }

    #[inline(always)]
    pub fn is_small_int(&self) -> bool {
        self.raw & 1 == 0
    }
    /// The small int inside, if this is one.
    #[inline(always)]
    pub fn as_small_int(&self) -> Option<i64> {
        if self.is_small_int() {
            Some((self.raw as i64) >> 1)
        } else {
            None
        }
    }
    #[inline(always)]
    pub fn is_heap(&self) -> bool {
        self.raw & TAG_MASK == TAG_HEAP
    }
    #[inline(always)]
    pub fn is_none(&self) -> bool {
        self.raw == Value::NONE.raw
    }
    #[inline(always)]
    pub fn is_unbound(&self) -> bool {
        self.raw == Value::UNBOUND.raw
    }
    #[inline(always)]
    pub fn is_true_imm(&self) -> bool {
        self.raw == Value::TRUE.raw
    }
    #[inline(always)]
    pub fn is_false_imm(&self) -> bool {
        self.raw == Value::FALSE.raw
    }
    #[inline(always)]
    pub fn is_bool(&self) -> bool {
        self.is_true_imm() || self.is_false_imm()
    }
    #[inline(always)]
    pub fn is_not_implemented(&self) -> bool {
        self.raw == Value::NOT_IMPLEMENTED.raw
    }
    #[inline(always)]
    pub fn is_ellipsis(&self) -> bool {
        self.raw == Value::ELLIPSIS.raw
    }
    /// `a is b`.
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.raw == other.raw
    }

    /// The heap object's header, if this is a heap value.
    #[inline(always)]
    pub fn header(&self) -> Option<&Header> {
        if self.is_heap() {
            // SAFETY: a heap-tagged value points (minus the tag) at a live object's header;
            // the object lives at least as long as this reference to it.
            Some(unsafe { &*((self.raw - TAG_HEAP) as *const Header) })
        } else {
            None
        }
    }
    /// The raw header pointer of a heap value, for code that must mutate the header.
    pub fn header_ptr_pub(&self) -> *mut Header {
        debug_assert!(self.is_heap());
        self.header_ptr()
    }
    #[inline(always)]
    pub(crate) fn header_ptr(&self) -> *mut Header {
        (self.raw - TAG_HEAP) as *mut Header
    }

    #[inline(always)]
    pub fn kind(&self) -> Option<Kind> {
        self.header().map(|h| h.kind)
    }

    /// The payload of a heap object of layout `T`, or None for other values.
    #[inline(always)]
    pub fn downcast<T: Payload>(&self) -> Option<&T> {
        match self.header() {
            Some(h) if h.kind == T::KIND => {
                // SAFETY: `kind` is set once at allocation from `T::KIND` and objects of a
                // kind are always allocated as `PyObject<T>` of the matching payload.
                Some(unsafe { &(*(self.header_ptr() as *const PyObject<T>)).data })
            }
            _ => None,
        }
    }

    /// The payload of a heap object of layout `T` whose type is a built-in type, not a
    /// Python subclass that may override its methods (CPython's `PyList_CheckExact`, ...;
    /// `set` and `frozenset` share a layout and both pass).
    #[inline(always)]
    pub fn downcast_exact<T: Payload>(&self) -> Option<&T> {
        match self.header() {
            Some(h) if h.kind == T::KIND && h.flags.get() & object::header_flag::SUBCLASS == 0 => {
                // SAFETY: as in `downcast`.
                Some(unsafe { &(*(self.header_ptr() as *const PyObject<T>)).data })
            }
            _ => None,
        }
    }

    /// The payload of an object known to be of layout `T` (checked in debug builds).
    ///
    /// # Safety
    /// `self` is a heap object whose kind is `T::KIND`.
    #[inline(always)]
    pub unsafe fn downcast_unchecked<T: Payload>(&self) -> &T {
        debug_assert!(self.header().is_some_and(|h| h.kind == T::KIND));
        // SAFETY: per the contract, the object is a `PyObject<T>`.
        unsafe { &(*(self.header_ptr() as *const PyObject<T>)).data }
    }

    /// Takes ownership of a new reference to an object.
    ///
    /// # Safety
    /// `ptr` points at a live object whose count already includes this reference.
    #[inline(always)]
    pub unsafe fn from_owned_ptr(ptr: NonNull<Header>) -> Value {
        Value {
            raw: ptr.as_ptr() as usize | TAG_HEAP,
            _not_send: PhantomData,
        }
    }

    /// Makes a `Value` from a raw word taken with `into_raw`.
    ///
    /// # Safety
    /// `raw` came from `Value::into_raw` and is consumed once.
    pub unsafe fn from_raw(raw: usize) -> Value {
        Value {
            raw,
            _not_send: PhantomData,
        }
    }
    pub fn into_raw(self) -> usize {
        ManuallyDrop::new(self).raw
    }

    /// Replaces `self` with `v`, dropping the old value after the store (so a destructor
    /// that runs never sees a half-written slot).
    #[inline(always)]
    pub fn set(&mut self, v: Value) {
        let old = std::mem::replace(self, v);
        drop(old);
    }

    /// A stable identity for `id()` and default hashes.
    pub fn id(&self) -> usize {
        if self.is_heap() {
            self.raw - TAG_HEAP
        } else {
            self.raw
        }
    }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Some(h) = self.header() {
            h.incref();
        }
        Value {
            raw: self.raw,
            _not_send: PhantomData,
        }
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        if self.is_heap() {
            // SAFETY: a heap value owns one reference to a live object.
            unsafe { object::decref(self.header_ptr()) }
        }
    }
}

impl Default for Value {
    fn default() -> Value {
        Value::NONE
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(i) = self.as_small_int() {
            write!(f, "{}", i)
        } else if self.is_heap() {
            write!(f, "<{:?} at {:#x}>", self.kind(), self.id())
        } else {
            let name = match self.raw >> 3 {
                0 => "None",
                1 => "True",
                2 => "False",
                3 => "NotImplemented",
                4 => "Ellipsis",
                _ => "<unbound>",
            };
            f.write_str(name)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_is_one_word() {
        assert_eq!(std::mem::size_of::<Value>(), 8);
        assert_eq!(std::mem::size_of::<Option<Value>>(), 16);
    }

    #[test]
    fn small_ints_roundtrip() {
        for n in [0, 1, -1, 42, SMALL_MAX, SMALL_MIN] {
            assert_eq!(Value::small_int(n).as_small_int(), Some(n));
        }
        assert!(!Value::NONE.is_small_int());
        assert!(!Value::NONE.is_heap());
    }

    #[test]
    fn immediates_are_distinct() {
        let all = [
            Value::NONE,
            Value::TRUE,
            Value::FALSE,
            Value::NOT_IMPLEMENTED,
            Value::ELLIPSIS,
            Value::UNBOUND,
        ];
        for (i, a) in all.iter().enumerate() {
            for (j, b) in all.iter().enumerate() {
                assert_eq!(a.is(b), i == j);
            }
        }
    }
}
