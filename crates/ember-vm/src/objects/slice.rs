//! `slice` objects.

use crate::object::{alloc, Kind, Payload};
use crate::value::Value;
use crate::vm::types;

pub struct SliceData {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl Payload for SliceData {
    const KIND: Kind = Kind::Slice;
}

pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    alloc(&types().slice, SliceData { start, stop, step })
}
