//! `float`: a boxed f64.

use crate::object::{Kind, Payload};
use crate::value::Value;
use crate::vm::types;

pub struct FloatData(pub f64);

impl Payload for FloatData {
    const KIND: Kind = Kind::Float;
}

#[inline]
pub fn new_float(f: f64) -> Value {
    crate::object::alloc_float(&types().float, f)
}

#[inline]
pub fn as_float(v: &Value) -> Option<f64> {
    v.downcast::<FloatData>().map(|f| f.0)
}
