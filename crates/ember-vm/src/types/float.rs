//! `float`: constructor, methods and slot wrappers, following CPython 3.11's
//! `Objects/floatobject.c`: `as_integer_ratio`, `hex`/`fromhex`, rounding to n digits
//! (correctly rounded, as CPython's dtoa-based `double_round`), floor/ceil/trunc.
//!
//! Exactness comes from `ops::float_parts` (a double as `m * 2**e`) and
//! `ops::ratio_to_f64` (a big rational correctly rounded to a double).

use crate::error::{PyErr, PyResult};
use crate::object::Kind;
use crate::objects::float::{as_float, new_float};
use crate::objects::int::{new_bigint, new_int, BigIntData};
use crate::objects::str::{as_str, new_str, new_string};
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::{type_name, type_of};
use crate::ops::{self, NumClass};
use crate::types::args::Args;
use crate::value::Value;
use crate::vm::types;
use num_bigint::{BigInt, BigUint};
use num_traits::{One, ToPrimitive};

pub fn install(ty: &Value) {
    super::add_staticmethod(ty, "__new__", float_new);
    super::add_method(ty, "is_integer", float_is_integer);
    super::add_method(ty, "as_integer_ratio", float_as_integer_ratio);
    super::add_method(ty, "hex", float_hex);
    super::add_classmethod(ty, "fromhex", float_fromhex);
    super::add_classmethod(ty, "__getformat__", float_getformat);
    super::add_method(ty, "conjugate", float_conjugate);
    super::add_method(ty, "__float__", float_conjugate);
    super::add_method(ty, "__pos__", float_conjugate);
    super::add_method(ty, "__neg__", float_neg);
    super::add_method(ty, "__abs__", float_abs);
    super::add_method(ty, "__bool__", float_bool);
    super::add_method(ty, "__int__", float_trunc);
    super::add_method(ty, "__trunc__", float_trunc);
    super::add_method(ty, "__floor__", float_floor);
    super::add_method(ty, "__ceil__", float_ceil);
    super::add_method(ty, "__round__", float_round);
    super::add_method(ty, "__hash__", float_hash);
    super::add_method(ty, "__repr__", float_repr);
    super::add_method(ty, "__getnewargs__", float_getnewargs);
    super::add_method(ty, "__pow__", float_pow);
    super::add_method(ty, "__rpow__", float_rpow);
    super::add_method(ty, "__divmod__", float_divmod);
    super::add_method(ty, "__rdivmod__", float_rdivmod);
    crate::install_number_dunders!(
        ty,
        NumClass::Float,
        [
            ("__add__", "__radd__", Add),
            ("__sub__", "__rsub__", Sub),
            ("__mul__", "__rmul__", Mul),
            ("__truediv__", "__rtruediv__", TrueDiv),
            ("__floordiv__", "__rfloordiv__", FloorDiv),
            ("__mod__", "__rmod__", Mod),
        ]
    );
    crate::install_number_comparisons!(ty, NumClass::Float);
}

/// The value of what `x.__float__()` returned.
fn float_result(x: &Value, r: &Value) -> PyResult<f64> {
    as_float(r).ok_or_else(|| {
        PyErr::type_error(format!(
            "{}.__float__ returned non-float (type {})",
            type_name(x),
            type_name(r)
        ))
    })
}

/// `float(x)` as an f64: CPython's `PyNumber_Float`.
pub fn to_f64(x: &Value) -> PyResult<f64> {
    if let Some(f) = ops::override_of(x, "__float__") {
        return float_result(x, &ops::call_method_value(&f, x, &[])?);
    }
    if let Some(f) = as_float(x) {
        return Ok(f);
    }
    if let Some(i) = x.as_small_int() {
        return Ok(i as f64);
    }
    if x.is_bool() {
        return Ok(if x.is_true_imm() { 1.0 } else { 0.0 });
    }
    if let Some(b) = x.downcast::<BigIntData>() {
        return ops::big_to_f64(&b.0);
    }
    if let Some(s) = crate::objects::str::as_str_data(x) {
        if s.has_surrogates() {
            let repr = ops::repr_of_str(s);
            return Err(crate::format::invalid_float_literal(&repr).into_pyerr());
        }
        return crate::format::parse_float(s.as_str()).map_err(|e| e.into_pyerr());
    }
    if let Some(b) = crate::objects::bytes::bytes_like(x) {
        return crate::format::parse_float_bytes(&b).map_err(|e| e.into_pyerr());
    }
    if x.kind() == Some(Kind::Instance) {
        if let Some(f) = ops::lookup_special(x, "__float__") {
            return float_result(x, &ops::call_method_value(&f, x, &[])?);
        }
        if let Some(i) = ops::index_opt(x)? {
            return to_f64(&i);
        }
    }
    Err(PyErr::type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        type_name(x)
    )))
}

fn float_new(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::new_via(args, kwnames, &types().float, float_value)
}

fn float_value(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kwnames);
    a.no_kwargs("float")?;
    if a.pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "float expected at most 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    match a.pos.get(1) {
        None => Ok(new_float(0.0)),
        Some(x) if type_of(x).is(&types().float) => Ok(x.clone()),
        Some(x) => Ok(new_float(to_f64(x)?)),
    }
}

/// The value of `self` for a float method, with CPython's descriptor error otherwise.
fn self_float(args: &[Value], method: &str) -> PyResult<f64> {
    let v = &args[0];
    as_float(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{}' for 'float' objects doesn't apply to a '{}' object",
            method,
            type_name(v)
        ))
    })
}

/// `self` of a slot wrapper such as `float.__neg__`.
fn slot_self(args: &[Value], name: &str) -> PyResult<f64> {
    let v = ops::number_self(args, NumClass::Float, name)?;
    Ok(as_float(&v).unwrap_or(0.0))
}

fn float_is_integer(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("is_integer", 1, 1)?;
    let f = self_float(args, "is_integer")?;
    Ok(Value::bool(f.is_finite() && f.fract() == 0.0))
}

/// `float.as_integer_ratio()`: the exact value as a fraction in lowest terms.
fn float_as_integer_ratio(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("as_integer_ratio", 1, 1)?;
    let f = self_float(args, "as_integer_ratio")?;
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow_error(
            "cannot convert Infinity to integer ratio",
        ));
    }
    let (m, e) = ops::float_parts(f);
    if m == 0 {
        return Ok(new_tuple(vec![new_int(0), new_int(1)]));
    }
    let (num, den) = if e >= 0 {
        (BigInt::from(m) << (e as u64), BigInt::one())
    } else {
        let tz = i64::from(m.trailing_zeros()).min(-e);
        (BigInt::from(m >> tz), BigInt::one() << ((-e - tz) as u64))
    };
    Ok(new_tuple(vec![new_bigint(num), new_bigint(den)]))
}

/// `float.hex()`: CPython's `float_hex`, e.g. `0x1.8000000000000p+1`.
fn float_hex(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("hex", 1, 1)?;
    let x = self_float(args, "hex")?;
    Ok(new_string(hex_of(x)))
}

/// The text of `float.hex()`.
pub fn hex_of(x: f64) -> String {
    if !x.is_finite() {
        return crate::format::float_repr(x);
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0x0.0p+0"
        } else {
            "0x0.0p+0"
        }
        .to_string();
    }
    // The 53-bit significand with its leading bit (0 for subnormals) and exponent.
    let bits = x.abs().to_bits();
    let exp_field = (bits >> 52) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp_field == 0 {
        (0, -1022)
    } else {
        (1, exp_field - 1023)
    };
    let sign = if x < 0.0 { "-" } else { "" };
    let exp_sign = if e < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{frac:013x}p{exp_sign}{}", e.abs())
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// `float.fromhex(s)` (a class method).
fn float_fromhex(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("fromhex", 2, 2)?;
    let Some(s) = as_str(&args[1]) else {
        return Err(PyErr::type_error(
            "bad argument type for built-in operation",
        ));
    };
    super::construct_via(&args[0], &types().float, new_float(fromhex(s)?))
}

#[cold]
fn invalid_hex() -> PyErr {
    PyErr::value_error("invalid hexadecimal floating-point string")
}

/// Parses `inf`, `infinity` or `nan` (any case, optional sign) at the start of `s`;
/// the value and the length consumed.
fn parse_inf_or_nan(s: &[u8]) -> Option<(f64, usize)> {
    let (neg, start) = match s.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let rest = &s[start..];
    let starts =
        |w: &str| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w.as_bytes());
    let (v, n) = if starts("infinity") {
        (f64::INFINITY, 8)
    } else if starts("inf") {
        (f64::INFINITY, 3)
    } else if starts("nan") {
        (f64::NAN, 3)
    } else {
        return None;
    };
    Some((if neg { -v } else { v }, start + n))
}

/// The value of a hexadecimal float string: CPython's `float_fromhex`, exact (the
/// digits become a big int scaled by a power of two, rounded once).
pub fn fromhex(text: &str) -> PyResult<f64> {
    let s = text.as_bytes();
    let mut i = 0;
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    let (value, end) = if let Some((v, n)) = parse_inf_or_nan(&s[i..]) {
        (v, i + n)
    } else {
        let mut negate = false;
        match s.get(i) {
            Some(b'-') => {
                negate = true;
                i += 1;
            }
            Some(b'+') => i += 1,
            _ => {}
        }
        if s.get(i) == Some(&b'0') && matches!(s.get(i + 1), Some(b'x' | b'X')) {
            i += 2;
        }
        let mut digits: Vec<u8> = Vec::new();
        let mut fdigits: i64 = 0;
        while let Some(c) = s.get(i).filter(|c| c.is_ascii_hexdigit()) {
            digits.push(*c);
            i += 1;
        }
        if s.get(i) == Some(&b'.') {
            i += 1;
            while let Some(c) = s.get(i).filter(|c| c.is_ascii_hexdigit()) {
                digits.push(*c);
                fdigits += 1;
                i += 1;
            }
        }
        if digits.is_empty() {
            return Err(invalid_hex());
        }
        let mut exp: i64 = 0;
        if matches!(s.get(i), Some(b'p' | b'P')) {
            i += 1;
            let neg = match s.get(i) {
                Some(b'-') => {
                    i += 1;
                    true
                }
                Some(b'+') => {
                    i += 1;
                    false
                }
                _ => false,
            };
            if !s.get(i).is_some_and(|c| c.is_ascii_digit()) {
                return Err(invalid_hex());
            }
            while let Some(c) = s.get(i).filter(|c| c.is_ascii_digit()) {
                exp = exp.saturating_mul(10).saturating_add(i64::from(c - b'0'));
                i += 1;
            }
            if neg {
                exp = -exp;
            }
        }
        let m = BigUint::parse_bytes(&digits, 16).unwrap_or_default();
        let e = exp.saturating_sub(fdigits.saturating_mul(4));
        let v = ops::ratio_to_f64(&m, &BigUint::one(), e).ok_or_else(|| {
            PyErr::overflow_error("hexadecimal value too large to represent as a float")
        })?;
        (if negate { -v } else { v }, i)
    };
    let mut j = end;
    while j < s.len() && is_space(s[j]) {
        j += 1;
    }
    if j != s.len() {
        return Err(invalid_hex());
    }
    Ok(value)
}

fn float_getformat(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__getformat__", 2, 2)?;
    match as_str(&args[1]) {
        Some("double" | "float") => Ok(new_str("IEEE, little-endian")),
        Some(_) => Err(PyErr::value_error(
            "__getformat__() argument 1 must be 'double' or 'float'",
        )),
        None => Err(PyErr::type_error(format!(
            "__getformat__() argument must be str, not {}",
            type_name(&args[1])
        ))),
    }
}

/// `float.conjugate()`, `__float__`, `__pos__`: the value itself.
fn float_conjugate(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("conjugate", 1, 1)?;
    Ok(new_float(self_float(args, "conjugate")?))
}

fn float_neg(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_float(-slot_self(args, "__neg__")?))
}

fn float_abs(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_float(slot_self(args, "__abs__")?.abs()))
}

fn float_bool(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::bool(slot_self(args, "__bool__")? != 0.0))
}

fn float_trunc(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__trunc__", 1, 1)?;
    super::int::float_to_int(self_float(args, "__trunc__")?)
}

fn float_floor(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__floor__", 1, 1)?;
    super::int::float_to_int(self_float(args, "__floor__")?.floor())
}

fn float_ceil(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__ceil__", 1, 1)?;
    super::int::float_to_int(self_float(args, "__ceil__")?.ceil())
}

fn float_hash(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = slot_self(args, "__hash__")?;
    Ok(new_int(ops::hash_f64(f, args[0].id())))
}

fn float_repr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_string(crate::format::float_repr(slot_self(
        args, "__repr__",
    )?)))
}

fn float_getnewargs(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__getnewargs__", 1, 1)?;
    Ok(new_tuple(vec![new_float(self_float(
        args,
        "__getnewargs__",
    )?)]))
}

/// `float.__round__(ndigits=None)`.
fn float_round(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("__round__", 1, 2)?;
    let x = self_float(args, "__round__")?;
    match a.get(1, "ndigits").filter(|v| !v.is_none()) {
        None => super::int::float_to_int(round_half_even(x)),
        Some(nd) => {
            let Some(i) = ops::index_opt(nd)? else {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(nd)
                )));
            };
            let n = crate::objects::int::to_bigint(&i)
                .map(|b| {
                    b.to_i64().unwrap_or(if b < BigInt::default() {
                        i64::MIN
                    } else {
                        i64::MAX
                    })
                })
                .unwrap_or(0);
            Ok(new_float(round_digits(x, n)?))
        }
    }
}

/// `round(x)` of a float to an integral float, ties to even (CPython's `float___round__`).
pub fn round_half_even(x: f64) -> f64 {
    let mut rounded = x.round();
    if (x - rounded).abs() == 0.5 {
        rounded = 2.0 * (x / 2.0).round();
    }
    rounded
}

/// `round(x, ndigits)` of a float: x rounded to a multiple of 10**-ndigits, ties to even
/// on its exact binary value, then correctly rounded back to a double (what CPython's
/// `double_round` does with `_Py_dg_dtoa` mode 3 and `_Py_dg_strtod`).
pub fn round_digits(x: f64, ndigits: i64) -> PyResult<f64> {
    // CPython's NDIGITS_MAX and NDIGITS_MIN.
    if ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    if x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    let (m, e) = ops::float_parts(x.abs());
    let m = BigInt::from(m);
    let ten = |k: i64| num_traits::pow(BigInt::from(10), k as usize);
    let r = if ndigits >= 0 {
        if e >= 0 {
            return Ok(x);
        }
        let p = ten(ndigits);
        let y = ops::div_round_half_even(&(m * &p), &(BigInt::one() << ((-e) as u64)));
        ops::ratio_to_f64(y.magnitude(), p.magnitude(), 0)
    } else {
        let p = ten(-ndigits);
        let (n, d) = if e >= 0 {
            (m << (e as u64), p.clone())
        } else {
            (m, &p << ((-e) as u64))
        };
        let y = ops::div_round_half_even(&n, &d) * p;
        ops::ratio_to_f64(y.magnitude(), &BigUint::one(), 0)
    };
    match r {
        Some(v) => Ok(v.copysign(x)),
        None => Err(PyErr::overflow_error(
            "rounded value too large to represent",
        )),
    }
}

fn float_pow(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    ops::number_pow_dunder(args, kw, NumClass::Float, false)
}

fn float_rpow(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    ops::number_pow_dunder(args, kw, NumClass::Float, true)
}

fn float_divmod(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    ops::number_divmod_dunder(args, kw, NumClass::Float, false)
}

fn float_rdivmod(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    ops::number_divmod_dunder(args, kw, NumClass::Float, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_digits_is_correctly_rounded() {
        crate::vm::init();
        assert_eq!(round_digits(2.675, 2).ok(), Some(2.67));
        assert_eq!(round_digits(0.125, 2).ok(), Some(0.12));
        assert_eq!(round_digits(0.375, 2).ok(), Some(0.38));
        assert_eq!(round_digits(123.456, -2).ok(), Some(100.0));
        assert_eq!(round_digits(5.0, -1).ok(), Some(0.0));
        assert_eq!(round_digits(15.0, -1).ok(), Some(20.0));
        assert_eq!(round_digits(1e-320, 323).ok(), Some(1e-320));
        assert!(round_digits(1.7976931348623157e308, -308).is_err());
        let z = round_digits(-0.4, 0).unwrap_or(1.0);
        assert!(z == 0.0 && z.is_sign_negative());
    }

    #[test]
    fn round_half_even_ties() {
        assert_eq!(round_half_even(0.5), 0.0);
        assert_eq!(round_half_even(1.5), 2.0);
        assert_eq!(round_half_even(2.5), 2.0);
        assert_eq!(round_half_even(-0.5), -0.0);
    }

    #[test]
    fn hex_round_trips() {
        assert_eq!(hex_of(3.75), "0x1.e000000000000p+1");
        assert_eq!(hex_of(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(hex_of(-0.0), "-0x0.0p+0");
        for x in [0.1, 1e300, 5e-324, 2.0f64.powi(-1022), -3.5] {
            assert_eq!(fromhex(&hex_of(x)).ok(), Some(x));
        }
    }

    #[test]
    fn fromhex_rounds_half_even_and_overflows() {
        crate::vm::init();
        assert_eq!(fromhex("0x1.000000000000080p0").ok(), Some(1.0));
        assert_eq!(
            fromhex("0x1.000000000000081p0").ok(),
            Some(1.0000000000000002)
        );
        assert_eq!(fromhex("0x1.8p-1074").ok(), Some(1e-323));
        assert_eq!(fromhex("1e").ok(), Some(30.0));
        assert_eq!(fromhex(" -0x.8 ").ok(), Some(-0.5));
        assert_eq!(fromhex("0x1p-99999999999999999999").ok(), Some(0.0));
        assert!(fromhex("0x1.fffffffffffff8p1023").is_err());
        assert!(fromhex("0x1p").is_err());
        assert!(fromhex("0x.p1").is_err());
    }
}
