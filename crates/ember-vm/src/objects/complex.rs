//! `complex`: a boxed pair of f64.

use crate::object::{alloc, Kind, Payload};
use crate::value::Value;
use crate::vm::types;

pub struct ComplexData {
    pub re: f64,
    pub im: f64,
}

impl Payload for ComplexData {
    const KIND: Kind = Kind::Complex;
}

pub fn new_complex(re: f64, im: f64) -> Value {
    alloc(&types().complex, ComplexData { re, im })
}
