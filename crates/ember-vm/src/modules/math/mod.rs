//! The `math` module (CPython 3.11's `Modules/mathmodule.c`): every function and
//! constant, with CPython's special values, errors and messages. The libm functions are
//! the platform's (Rust's `f64` methods call them; `modules::libm` declares the rest), so
//! results agree with CPython's to the last digit on the same machine.
//!
//! Errors follow CPython's scheme: a function computes its result and, like C's `errno`,
//! says whether it was a domain error (ValueError "math domain error") or a range error
//! (OverflowError "math range error", ignored when the result is below 1.5 in magnitude:
//! an underflow).

mod gamma;
mod integer;
mod sums;

use crate::error::{PyErr, PyResult};
use crate::modules::libm;
use crate::objects::float::{as_float, new_float};
use crate::objects::int::{is_int, to_bigint};
use crate::objects::module::ModuleData;
use crate::objects::native::NativeFn;
use crate::objects::str::{new_str, StrData};
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::{type_name, type_of};
use crate::ops;
use crate::types::args::arity_message;
use crate::value::Value;
use crate::vm::types;
use num_bigint::{BigInt, BigUint};
use num_traits::{One, Signed, ToPrimitive};

/// Every function of the module, by name.
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("acos", math_acos),
    ("acosh", math_acosh),
    ("asin", math_asin),
    ("asinh", math_asinh),
    ("atan", math_atan),
    ("atan2", math_atan2),
    ("atanh", math_atanh),
    ("cbrt", math_cbrt),
    ("ceil", math_ceil),
    ("comb", integer::math_comb),
    ("copysign", math_copysign),
    ("cos", math_cos),
    ("cosh", math_cosh),
    ("degrees", math_degrees),
    ("dist", sums::math_dist),
    ("erf", math_erf),
    ("erfc", math_erfc),
    ("exp", math_exp),
    ("exp2", math_exp2),
    ("expm1", math_expm1),
    ("fabs", math_fabs),
    ("factorial", integer::math_factorial),
    ("floor", math_floor),
    ("fmod", math_fmod),
    ("frexp", math_frexp),
    ("fsum", sums::math_fsum),
    ("gamma", math_gamma),
    ("gcd", integer::math_gcd),
    ("hypot", sums::math_hypot),
    ("isclose", math_isclose),
    ("isfinite", math_isfinite),
    ("isinf", math_isinf),
    ("isnan", math_isnan),
    ("isqrt", integer::math_isqrt),
    ("lcm", integer::math_lcm),
    ("ldexp", math_ldexp),
    ("lgamma", math_lgamma),
    ("log", math_log),
    ("log10", math_log10),
    ("log1p", math_log1p),
    ("log2", math_log2),
    ("modf", math_modf),
    ("nextafter", math_nextafter),
    ("perm", integer::math_perm),
    ("pow", math_pow),
    ("prod", sums::math_prod),
    ("radians", math_radians),
    ("remainder", math_remainder),
    ("sin", math_sin),
    ("sinh", math_sinh),
    ("sqrt", math_sqrt),
    ("tan", math_tan),
    ("tanh", math_tanh),
    ("trunc", math_trunc),
    ("ulp", math_ulp),
];

/// A new `math` module.
pub fn create() -> Value {
    let m = crate::modules::new_native_module("math", FUNCTIONS);
    let md = m.downcast::<ModuleData>().expect("new module");
    let d = md.dict();
    d.set_str(
        &StrData::intern_static("__doc__"),
        new_str(
            "This module provides access to the mathematical functions\n\
             defined by the C standard.",
        ),
    );
    let consts = [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ];
    for (name, v) in consts {
        d.set_str(&StrData::intern(name), new_float(v));
    }
    m
}

// ---- argument conversion -------------------------------------------------------------

/// `v` as a double, as CPython's `PyFloat_AsDouble`: a float's value (a subclass's
/// `__float__` is not consulted), else `__float__`, else `__index__`.
pub(crate) fn as_double(v: &Value) -> PyResult<f64> {
    if let Some(f) = as_float(v) {
        return Ok(f);
    }
    if let Some(i) = v.as_small_int() {
        return Ok(i as f64);
    }
    if is_int(v) && ops::override_of(v, "__float__").is_none() {
        return ops::big_to_f64(&to_bigint(v).expect("an int"));
    }
    if ops::user_typed(v) {
        if let Some(m) = ops::lookup_special(v, "__float__") {
            let r = ops::call_method_value(&m, v, &[])?;
            return as_float(&r).ok_or_else(|| {
                PyErr::type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    type_name(v),
                    type_name(&r)
                ))
            });
        }
        if let Some(i) = ops::index_opt(v)? {
            return ops::big_to_f64(&to_bigint(&i).expect("__index__ gives an int"));
        }
    }
    Err(not_real(v))
}

#[cold]
fn not_real(v: &Value) -> PyErr {
    PyErr::type_error(format!("must be real number, not {}", type_name(v)))
}

/// `operator.index(v)` as a BigInt.
pub(crate) fn as_index(v: &Value) -> PyResult<BigInt> {
    match ops::index_opt(v)? {
        Some(i) => Ok(to_bigint(&i).expect("__index__ gives an int")),
        None => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))),
    }
}

/// The single argument of a `METH_O` function, with its messages.
fn one_arg<'a>(name: &str, args: &'a [Value], kw: &[Value]) -> PyResult<&'a Value> {
    if !kw.is_empty() {
        return Err(no_keywords(name));
    }
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "math.{}() takes exactly one argument ({} given)",
            name,
            args.len()
        )));
    }
    Ok(&args[0])
}

/// The positional arguments of a `METH_FASTCALL` function taking `min..=max` of them.
fn fixed_args<'a>(
    name: &str,
    args: &'a [Value],
    kw: &[Value],
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if !kw.is_empty() {
        return Err(no_keywords(name));
    }
    if args.len() < min || args.len() > max {
        return Err(PyErr::type_error(arity_message(name, min, max, args.len())));
    }
    Ok(args)
}

#[cold]
fn no_keywords(name: &str) -> PyErr {
    PyErr::type_error(format!("math.{}() takes no keyword arguments", name))
}

// ---- errors --------------------------------------------------------------------------

/// What C's `errno` would say after a libm call.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Errno {
    Ok,
    /// EDOM: invalid argument or a singularity.
    Domain,
    /// ERANGE: overflow (or an underflow, which is not an error).
    Range,
}

#[cold]
pub(crate) fn domain_error() -> PyErr {
    PyErr::value_error("math domain error")
}

#[cold]
pub(crate) fn range_error() -> PyErr {
    PyErr::overflow_error("math range error")
}

/// CPython's `is_error`: the result `r` or the error `errno` stands for.
pub(crate) fn check(r: f64, errno: Errno) -> PyResult<Value> {
    match errno {
        Errno::Ok => Ok(new_float(r)),
        Errno::Domain => Err(domain_error()),
        Errno::Range if r.abs() < 1.5 => Ok(new_float(r)),
        Errno::Range => Err(range_error()),
    }
}

/// CPython's `math_1`: a NaN from a non-NaN is a domain error; an infinity from a
/// finite argument is a range error when the function can overflow, else a domain
/// error (a singularity).
fn math_1(
    name: &str,
    args: &[Value],
    kw: &[Value],
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let x = as_double(one_arg(name, args, kw)?)?;
    math_1_value(x, f, can_overflow)
}

fn math_1_value(x: f64, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain_error()
        });
    }
    Ok(new_float(r))
}

/// CPython's `math_2`: two doubles in, errors as `math_1` with overflow possible.
fn math_2(name: &str, args: &[Value], kw: &[Value], f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let a = fixed_args(name, args, kw, 2, 2)?;
    let x = as_double(&a[0])?;
    let y = as_double(&a[1])?;
    let r = f(x, y);
    let errno = if r.is_nan() && !x.is_nan() && !y.is_nan() {
        Errno::Domain
    } else if r.is_infinite() && x.is_finite() && y.is_finite() {
        Errno::Range
    } else {
        Errno::Ok
    };
    check(r, errno)
}

/// Functions of one double (`math_1`), with whether they can overflow.
macro_rules! func1 {
    ($($fn_name:ident = $name:literal, $f:expr, $overflow:expr;)*) => {$(
        fn $fn_name(args: &[Value], kw: &[Value]) -> PyResult<Value> {
            math_1($name, args, kw, $f, $overflow)
        }
    )*};
}

func1! {
    math_acos = "acos", libm::acos, false;
    math_acosh = "acosh", libm::acosh, false;
    math_asin = "asin", libm::asin, false;
    math_asinh = "asinh", libm::asinh, false;
    math_atan = "atan", libm::atan, false;
    math_atanh = "atanh", libm::atanh, false;
    math_cbrt = "cbrt", libm::cbrt, false;
    math_cos = "cos", f64::cos, false;
    math_cosh = "cosh", libm::cosh, true;
    math_exp = "exp", f64::exp, true;
    math_exp2 = "exp2", f64::exp2, true;
    math_expm1 = "expm1", libm::expm1, true;
    math_fabs = "fabs", f64::abs, false;
    math_log1p = "log1p", log1p, false;
    math_sin = "sin", f64::sin, false;
    math_sinh = "sinh", libm::sinh, true;
    math_sqrt = "sqrt", f64::sqrt, false;
    math_tan = "tan", libm::tan, false;
    math_tanh = "tanh", libm::tanh, false;
}

/// `_Py_log1p`: keeps the sign of a zero.
fn log1p(x: f64) -> f64 {
    if x == 0.0 {
        x
    } else {
        libm::log1p(x)
    }
}

/// Functions whose own code says which error occurred (CPython's `math_1a`).
fn math_1a(
    name: &str,
    args: &[Value],
    kw: &[Value],
    f: fn(f64) -> (f64, Errno),
) -> PyResult<Value> {
    let x = as_double(one_arg(name, args, kw)?)?;
    let (r, errno) = f(x);
    check(r, errno)
}

fn math_erf(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    math_1a("erf", args, kw, |x| (libm::erf(x), Errno::Ok))
}
fn math_erfc(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    math_1a("erfc", args, kw, |x| (libm::erfc(x), Errno::Ok))
}
fn math_gamma(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    math_1a("gamma", args, kw, gamma::tgamma)
}
fn math_lgamma(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    math_1a("lgamma", args, kw, gamma::lgamma)
}

// ---- two-argument functions -----------------------------------------------------------

fn math_atan2(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    math_2("atan2", args, kw, atan2)
}
fn math_copysign(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    math_2("copysign", args, kw, f64::copysign)
}
fn math_remainder(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    math_2("remainder", args, kw, remainder)
}

/// `atan2` with C99's special values decided here, as CPython's `m_atan2`.
pub(crate) fn atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    libm::atan2(y, x)
}

/// IEEE 754 remainder: `x - n*y` for the nearest integer `n` (ties to even); exact.
fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (absx, absy) = (x.abs(), y.abs());
        let m = absx % absy;
        // Compare m with absy - m rather than 0.5*absy, which may not be exact.
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Halfway: m if the quotient is even, -m if odd; every step is exact.
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

fn math_fmod(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = fixed_args("fmod", args, kw, 2, 2)?;
    let x = as_double(&a[0])?;
    let y = as_double(&a[1])?;
    if y.is_infinite() && x.is_finite() {
        return Ok(new_float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(new_float(r))
}

fn math_pow(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = fixed_args("pow", args, kw, 2, 2)?;
    let x = as_double(&a[0])?;
    let y = as_double(&a[1])?;
    let (r, errno) = pow(x, y);
    check(r, errno)
}

/// `x**y` with C99's special values decided here, as CPython's `math_pow`.
fn pow(x: f64, y: f64) -> (f64, Errno) {
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return (r, Errno::Ok);
    }
    let r = x.powf(y);
    let errno = if r.is_nan() {
        Errno::Domain
    } else if r.is_infinite() {
        if x == 0.0 {
            Errno::Domain
        } else {
            Errno::Range
        }
    } else {
        Errno::Ok
    };
    (r, errno)
}

fn math_nextafter(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = fixed_args("nextafter", args, kw, 2, 2)?;
    let x = as_double(&a[0])?;
    let y = as_double(&a[1])?;
    Ok(new_float(libm::nextafter(x, y)))
}

fn math_ldexp(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = fixed_args("ldexp", args, kw, 2, 2)?;
    let x = as_double(&a[0])?;
    if !is_int(&a[1]) {
        return Err(PyErr::type_error(
            "Expected an int as second argument to ldexp.",
        ));
    }
    let big = to_bigint(&a[1]).expect("an int");
    let exp = big.to_i64().unwrap_or(if big.is_negative() {
        i64::MIN
    } else {
        i64::MAX
    });
    if x == 0.0 || !x.is_finite() {
        return Ok(new_float(x));
    }
    if exp > i64::from(i32::MAX) {
        return Err(range_error());
    }
    if exp < i64::from(i32::MIN) {
        return Ok(new_float(0.0f64.copysign(x)));
    }
    let r = ldexp(x, exp as i32);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(new_float(r))
}

/// C's `ldexp`: `x * 2**e` rounded once, subnormal results included.
pub(crate) fn ldexp(x: f64, e: i32) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (m, xe) = ops::frexp(x);
    // x == m2 * 2**(te - 1) with 1 <= |m2| < 2, so the result's exponent is known.
    let m2 = m * 2.0;
    let te = i64::from(xe) + i64::from(e) - 1;
    if te > 1023 {
        return f64::INFINITY.copysign(x);
    }
    if te >= -1022 {
        return m2 * pow2(te);
    }
    if te < -1100 {
        return 0.0f64.copysign(x);
    }
    // Subnormal: the first product is exact (normal), the second rounds once.
    m2 * pow2(-1000) * pow2(te + 1000)
}

/// `2**k` for a normal exponent (-1022 <= k <= 1023).
fn pow2(k: i64) -> f64 {
    f64::from_bits(((k + 1023) as u64) << 52)
}

// ---- one-argument functions with their own rules -------------------------------------

/// `__ceil__`, `__floor__` or `__trunc__` of a non-float, when its type has one (an
/// int's is itself, unless a subclass overrides it).
fn rounding_dunder(v: &Value, dunder: &'static str) -> PyResult<Option<Value>> {
    if is_int(v) {
        return match ops::override_of(v, dunder) {
            Some(m) => ops::call_method_value(&m, v, &[]).map(Some),
            None => Ok(Some(crate::objects::int::exact_int(v))),
        };
    }
    match ops::lookup_special(v, dunder) {
        Some(m) => ops::call_method_value(&m, v, &[]).map(Some),
        None => Ok(None),
    }
}

fn is_exact_float(v: &Value) -> bool {
    as_float(v).is_some() && type_of(v).is(&types().float)
}

/// `ceil` and `floor`: the argument's own method, else the double rounded by `f`.
fn round_to_int(
    name: &str,
    args: &[Value],
    kw: &[Value],
    dunder: &'static str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let v = one_arg(name, args, kw)?;
    if !is_exact_float(v) {
        if let Some(r) = rounding_dunder(v, dunder)? {
            return Ok(r);
        }
    }
    crate::types::int::float_to_int(f(as_double(v)?))
}

fn math_ceil(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    round_to_int("ceil", args, kw, "__ceil__", f64::ceil)
}

fn math_floor(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    round_to_int("floor", args, kw, "__floor__", f64::floor)
}

fn math_trunc(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one_arg("trunc", args, kw)?;
    if is_exact_float(v) {
        return crate::types::int::float_to_int(as_double(v)?);
    }
    match rounding_dunder(v, "__trunc__")? {
        Some(r) => Ok(r),
        None => Err(PyErr::type_error(format!(
            "type {} doesn't define __trunc__ method",
            type_name(v)
        ))),
    }
}

fn math_frexp(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = as_double(one_arg("frexp", args, kw)?)?;
    let (m, e) = ops::frexp(x);
    Ok(new_tuple(vec![
        new_float(m),
        Value::small_int(i64::from(e)),
    ]))
}

fn math_modf(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = as_double(one_arg("modf", args, kw)?)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let t = x.trunc();
        ((x - t).copysign(x), t)
    };
    Ok(new_tuple(vec![new_float(frac), new_float(int)]))
}

fn math_degrees(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = as_double(one_arg("degrees", args, kw)?)?;
    Ok(new_float(x * (180.0 / std::f64::consts::PI)))
}

fn math_radians(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = as_double(one_arg("radians", args, kw)?)?;
    Ok(new_float(x * (std::f64::consts::PI / 180.0)))
}

fn math_isfinite(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(Value::bool(
        as_double(one_arg("isfinite", args, kw)?)?.is_finite(),
    ))
}
fn math_isinf(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(Value::bool(
        as_double(one_arg("isinf", args, kw)?)?.is_infinite(),
    ))
}
fn math_isnan(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(Value::bool(
        as_double(one_arg("isnan", args, kw)?)?.is_nan(),
    ))
}

fn math_ulp(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = as_double(one_arg("ulp", args, kw)?)?;
    if x.is_nan() {
        return Ok(new_float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(new_float(x));
    }
    let up = libm::nextafter(x, f64::INFINITY);
    Ok(new_float(if up.is_infinite() {
        x - libm::nextafter(x, f64::NEG_INFINITY)
    } else {
        up - x
    }))
}

fn math_isclose(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = crate::types::args::Params {
        fname: "isclose",
        names: &["a", "b", "rel_tol", "abs_tol"],
        posonly: 0,
        maxpos: 2,
        required: 2,
    }
    .parse(args, kw)?;
    let a = as_double(p[0].as_ref().expect("required"))?;
    let b = as_double(p[1].as_ref().expect("required"))?;
    let rel_tol = match &p[2] {
        Some(v) => as_double(v)?,
        None => 1e-9,
    };
    let abs_tol = match &p[3] {
        Some(v) => as_double(v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::TRUE);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::FALSE);
    }
    let diff = (b - a).abs();
    Ok(Value::bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

// ---- logarithms ------------------------------------------------------------------------

/// `log` with C99's special values decided here (CPython's `m_log`).
fn m_log(x: f64) -> f64 {
    log_like(x, f64::ln)
}
fn m_log2(x: f64) -> f64 {
    log_like(x, f64::log2)
}
fn m_log10(x: f64) -> f64 {
    log_like(x, f64::log10)
}

fn log_like(x: f64, f: fn(f64) -> f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            f(x)
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

/// CPython's `loghelper`: ints of any size are handled exactly here (as `m * 2**e`
/// when too large for a float); other numbers go through the double.
fn loghelper(v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if is_int(v) {
        let n = to_bigint(v).expect("an int");
        if !n.is_positive() {
            return Err(domain_error());
        }
        return Ok(match ops::big_to_f64(&n) {
            Ok(x) => f(x),
            Err(_) => {
                let bits = n.bits() as i64;
                let mut x = ops::ratio_to_f64(n.magnitude(), &BigUint::one(), -bits)
                    .expect("a value in [0.5, 1]");
                let mut e = bits;
                if x == 1.0 {
                    x = 0.5;
                    e += 1;
                }
                f(x) + f(2.0) * e as f64
            }
        });
    }
    let x = as_double(v)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() || r.is_infinite() && x.is_finite() {
        return Err(domain_error());
    }
    Ok(r)
}

fn math_log(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("log() takes no keyword arguments"));
    }
    if args.is_empty() || args.len() > 2 {
        return Err(PyErr::type_error("math.log requires 1 to 2 arguments"));
    }
    let num = loghelper(&args[0], m_log)?;
    if args.len() == 1 {
        return Ok(new_float(num));
    }
    let den = loghelper(&args[1], m_log)?;
    if den == 0.0 {
        return Err(PyErr::zero_division("float division by zero"));
    }
    Ok(new_float(num / den))
}

fn math_log2(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(new_float(loghelper(one_arg("log2", args, kw)?, m_log2)?))
}

fn math_log10(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(new_float(loghelper(one_arg("log10", args, kw)?, m_log10)?))
}
