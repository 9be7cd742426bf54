//! `hash()`: CPython's numeric hash (so `hash(1) == hash(1.0) == hash(True)`), cached
//! string hashes, tuple hashing (xxHash-based, as CPython 3.8+), identity hashes, and
//! `__hash__` of classes.

use crate::error::{PyErr, PyResult};
use crate::object::Kind;
use crate::objects::complex::ComplexData;
use crate::objects::float::FloatData;
use crate::objects::int::BigIntData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::objects::typeobj::{type_data, type_name, type_of};
use crate::value::Value;
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// 2**61 - 1, the modulus of CPython's numeric hash.
pub const HASH_MODULUS: i64 = (1 << 61) - 1;
const HASH_INF: i64 = 314159;
const HASH_IMAG: i64 = 1000003;

#[inline]
pub fn hash_i64(n: i64) -> i64 {
    let m = (n.unsigned_abs() % HASH_MODULUS as u64) as i64;
    let h = if n < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_bigint(n: &BigInt) -> i64 {
    let m = BigInt::from(HASH_MODULUS);
    let r = (n.magnitude() % m.magnitude()).to_i64().unwrap_or(0);
    let h = if n.sign() == Sign::Minus { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's `_Py_HashDouble` (the NaN case hashes by identity, passed as `id`).
pub fn hash_f64(f: f64, id: usize) -> i64 {
    if f.is_infinite() {
        return if f > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if f.is_nan() {
        return (id >> 4) as i64;
    }
    let (mut m, mut e) = frexp(f.abs());
    let sign = if f < 0.0 { -1 } else { 1 };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS as u64) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS as u64 {
            x -= HASH_MODULUS as u64;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & HASH_MODULUS as u64) | (x >> (61 - e));
    let h = x as i64 * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `frexp`: m in [0.5, 1) and e with f = m * 2**e.
pub fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 || !f.is_finite() {
        return (f, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(f * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

/// CPython's tuple hash (xxHash64's round, as `tuplehash`).
pub fn hash_tuple(items: &[Value]) -> PyResult<i64> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for item in items {
        let lane = hash(item)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return Ok(1546275796);
    }
    Ok(acc as i64)
}

/// `hash(v)`.
pub fn hash(v: &Value) -> PyResult<i64> {
    if let Some(i) = v.as_small_int() {
        return Ok(hash_i64(i));
    }
    if let Some(h) = super::override_of(v, "__hash__") {
        if h.is_none() {
            return Err(unhashable(v));
        }
        return hash_result(&super::call_method_value(&h, v, &[])?);
    }
    builtin_hash(v)
}

/// `hash(v)` by `v`'s built-in layout, ignoring a subclass's override.
pub fn builtin_hash(v: &Value) -> PyResult<i64> {
    if let Some(i) = v.as_small_int() {
        return Ok(hash_i64(i));
    }
    match v.kind() {
        None => {
            return Ok(if v.is_true_imm() {
                1
            } else if v.is_false_imm() {
                0
            } else {
                (v.raw() >> 3) as i64 + 0x1000
            })
        }
        Some(Kind::Str) => return Ok(v.downcast::<StrData>().map_or(0, |s| s.hash())),
        Some(Kind::BigInt) => return Ok(hash_bigint(&v.downcast::<BigIntData>().expect("kind").0)),
        Some(Kind::Float) => {
            return Ok(hash_f64(v.downcast::<FloatData>().expect("kind").0, v.id()))
        }
        Some(Kind::Tuple) => return hash_tuple(&v.downcast::<TupleData>().expect("kind").0),
        Some(Kind::Complex) => {
            let c = v.downcast::<ComplexData>().expect("kind");
            let h =
                hash_f64(c.re, v.id()).wrapping_add(HASH_IMAG.wrapping_mul(hash_f64(c.im, v.id())));
            return Ok(if h == -1 { -2 } else { h });
        }
        Some(Kind::Bytes) => {
            let b = v
                .downcast::<crate::objects::bytes::BytesData>()
                .expect("kind");
            return Ok(crate::objects::str::hash_bytes(&b.0));
        }
        Some(Kind::Set) if crate::objects::set::is_frozen(v) => {
            return hash_frozenset(v);
        }
        Some(Kind::List | Kind::Dict | Kind::Set | Kind::ByteArray | Kind::DictView) => {
            return Err(unhashable(v));
        }
        Some(Kind::Slice) => return Err(unhashable(v)),
        Some(Kind::Range) => return crate::types::range::range_hash(v),
        Some(Kind::BoundMethod) => {
            // CPython's `meth_hash`: the identity of `__self__` and the hash of `__func__`.
            let m = v
                .downcast::<crate::objects::function::BoundMethodData>()
                .expect("kind");
            let h = ((m.self_.id() >> 4) as i64) ^ hash(&m.func)?;
            return Ok(fix_minus_one(h));
        }
        _ => {}
    }
    let ty = type_of(v);
    let td = type_data(ty);
    if crate::objects::typeobj::is_subclass(ty, &crate::vm::types().weakref) {
        return crate::modules::weakref::ref_hash_value(v);
    }
    if !td.builtin || v.kind() == Some(Kind::Instance) {
        if let Some(h) = td.lookup(&crate::objects::str::StrData::intern_static("__hash__")) {
            if h.is_none() {
                return Err(unhashable(v));
            }
            let object_hash = type_data(&crate::vm::types().object)
                .dict()
                .get_str(&crate::objects::str::StrData::intern_static("__hash__"));
            if !object_hash.is_some_and(|o| o.is(&h)) {
                let r = super::call_method_value(&h, v, &[])?;
                return hash_result(&r);
            }
        }
    }
    Ok((v.id() >> 4) as i64)
}

/// The hash a `__hash__` method's result stands for (CPython's `slot_tp_hash`): the int
/// itself when it fits a machine word (-1 becomes -2), else the int's own hash.
fn hash_result(r: &Value) -> PyResult<i64> {
    if let Some(b) = r.downcast::<BigIntData>() {
        return Ok(match b.0.to_i64() {
            Some(i) => fix_minus_one(i),
            None => hash_bigint(&b.0),
        });
    }
    if let Some(i) = crate::objects::int::to_i64(r) {
        return Ok(fix_minus_one(i));
    }
    Err(PyErr::type_error(
        "__hash__ method should return an integer",
    ))
}

fn fix_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

fn hash_frozenset(v: &Value) -> PyResult<i64> {
    // CPython's frozenset hash: order-independent shuffle of the item hashes.
    let s = crate::objects::set::as_set(v).expect("frozenset");
    let mut h: u64 = 0;
    for item in s.items() {
        let ih = hash(&item)? as u64;
        h ^= ((ih ^ 89869747) ^ (ih << 16)).wrapping_mul(3644798167);
    }
    h ^= ((s.len() as u64) + 1).wrapping_mul(1927868237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69069).wrapping_add(907133923);
    let h = h as i64;
    Ok(if h == -1 { 590923713 } else { h })
}

#[cold]
pub fn unhashable(v: &Value) -> PyErr {
    PyErr::type_error(format!("unhashable type: '{}'", type_name(v)))
}
