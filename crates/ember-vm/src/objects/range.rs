//! `range` objects (start, stop, step as ints; small ranges are the common case).

use crate::object::{Kind, Payload};
use crate::value::Value;
use num_bigint::BigInt;

pub struct RangeData {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    /// The same three as i64 when they and the length fit (the fast path).
    pub small: Option<(i64, i64, i64)>,
    pub start_v: Value,
    pub stop_v: Value,
    pub step_v: Value,
}

impl Payload for RangeData {
    const KIND: Kind = Kind::Range;
}
