//! `int` values: small ints are tagged words (`Value::small_int`); ints outside 63 bits
//! are `BigIntData` heap objects. Invariant: a `BigIntData` of type `int` never holds a
//! value that fits in a small int, so equal ints have one representation. Instances of
//! Python subclasses of int are `BigIntData` of any value (`objects::subclass`): read
//! values with `to_bigint`/`to_i64`, and turn one into an int with `exact_int`.

use crate::object::{alloc, Kind, Payload};
use crate::value::{Value, SMALL_MAX, SMALL_MIN};
use crate::vm::types;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

pub struct BigIntData(pub BigInt);

impl Payload for BigIntData {
    const KIND: Kind = Kind::BigInt;
}

/// An int from an i64.
#[inline]
pub fn new_int(n: i64) -> Value {
    if (SMALL_MIN..=SMALL_MAX).contains(&n) {
        Value::small_int(n)
    } else {
        alloc(&types().int, BigIntData(BigInt::from(n)))
    }
}

/// An int from an i128 (results of small-int arithmetic that may overflow i64).
pub fn new_int_i128(n: i128) -> Value {
    if (SMALL_MIN as i128..=SMALL_MAX as i128).contains(&n) {
        Value::small_int(n as i64)
    } else {
        alloc(&types().int, BigIntData(BigInt::from(n)))
    }
}

/// An int from a BigInt, normalised to a small int when it fits.
pub fn new_bigint(n: BigInt) -> Value {
    if let Some(i) = n.to_i64() {
        if (SMALL_MIN..=SMALL_MAX).contains(&i) {
            return Value::small_int(i);
        }
    }
    alloc(&types().int, BigIntData(n))
}

/// The value of an exact int or bool as a BigInt.
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    if let Some(i) = v.as_small_int() {
        return Some(BigInt::from(i));
    }
    if v.is_true_imm() {
        return Some(BigInt::from(1));
    }
    if v.is_false_imm() {
        return Some(BigInt::from(0));
    }
    v.downcast::<BigIntData>().map(|b| b.0.clone())
}

/// The value of an int or bool as an i64, when it fits.
pub fn to_i64(v: &Value) -> Option<i64> {
    if let Some(i) = v.as_small_int() {
        return Some(i);
    }
    if v.is_true_imm() {
        return Some(1);
    }
    if v.is_false_imm() {
        return Some(0);
    }
    v.downcast::<BigIntData>().and_then(|b| b.0.to_i64())
}

/// `v`, an int, bool or int subclass instance, as an object of type exactly `int`
/// (CPython's `_PyLong_Copy` for subclasses): the same object when it already is one.
pub fn exact_int(v: &Value) -> Value {
    if v.is_small_int() || (v.kind() == Some(Kind::BigInt) && type_of_is_int(v)) {
        return v.clone();
    }
    match to_bigint(v) {
        Some(b) => new_bigint(b),
        None => v.clone(),
    }
}

fn type_of_is_int(v: &Value) -> bool {
    v.header().is_some_and(|h| h.ty_value().is(&types().int))
}

/// True for ints (small or big) and bools.
pub fn is_int(v: &Value) -> bool {
    v.is_small_int() || v.is_bool() || v.kind() == Some(Kind::BigInt)
}
