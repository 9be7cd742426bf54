//! `bytes` (immutable) and `bytearray` (mutable) byte strings.

use crate::object::{alloc, Kind, Payload};
use crate::value::Value;
use crate::vm::types;
use std::cell::UnsafeCell;

pub struct BytesData(pub Box<[u8]>);

impl Payload for BytesData {
    const KIND: Kind = Kind::Bytes;
}

pub struct ByteArrayData(pub UnsafeCell<Vec<u8>>);

impl Payload for ByteArrayData {
    const KIND: Kind = Kind::ByteArray;
}

impl ByteArrayData {
    pub fn bytes(&self) -> &[u8] {
        // SAFETY: no borrow is held across calls that may run Python code.
        unsafe { &*self.0.get() }
    }
    #[allow(clippy::mut_from_ref)]
    pub fn vec_mut(&self) -> &mut Vec<u8> {
        // SAFETY: as for `bytes`.
        unsafe { &mut *self.0.get() }
    }
}

pub fn new_bytes(b: Vec<u8>) -> Value {
    alloc(&types().bytes, BytesData(b.into_boxed_slice()))
}

pub fn new_bytearray(b: Vec<u8>) -> Value {
    alloc(&types().bytearray, ByteArrayData(UnsafeCell::new(b)))
}

/// The bytes of a `bytes`, `bytearray` or `memoryview`, copied.
pub fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = v.downcast::<BytesData>() {
        return Some(b.0.to_vec());
    }
    if let Some(b) = v.downcast::<ByteArrayData>() {
        return Some(b.bytes().to_vec());
    }
    crate::builtins::memoryview_bytes(v)
}
