//! The `cmath` module (CPython 3.11's `Modules/cmathmodule.c`): complex functions with
//! C99 Annex G's special values (a 7x7 table per function, indexed by the kind of the
//! real and imaginary parts), the same formulas and the same errno-style errors as
//! CPython, so results agree to the last digit.

use crate::error::{PyErr, PyResult};
use crate::modules::libm;
use crate::modules::math::{as_double, check, ldexp, Errno};
use crate::objects::complex::{new_complex, ComplexData};
use crate::objects::float::new_float;
use crate::objects::module::ModuleData;
use crate::objects::native::NativeFn;
use crate::objects::str::{new_str, StrData};
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::type_name;
use crate::ops;
use crate::types::args::{arity_message, Params};
use crate::value::Value;
use std::f64::consts::{E, LN_10, LN_2, PI};

/// A complex number as C's `Py_complex`.
#[derive(Clone, Copy, Debug)]
struct C {
    re: f64,
    im: f64,
}

const fn c(re: f64, im: f64) -> C {
    C { re, im }
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("acos", cmath_acos),
    ("acosh", cmath_acosh),
    ("asin", cmath_asin),
    ("asinh", cmath_asinh),
    ("atan", cmath_atan),
    ("atanh", cmath_atanh),
    ("cos", cmath_cos),
    ("cosh", cmath_cosh),
    ("exp", cmath_exp),
    ("isclose", cmath_isclose),
    ("isfinite", cmath_isfinite),
    ("isinf", cmath_isinf),
    ("isnan", cmath_isnan),
    ("log", cmath_log),
    ("log10", cmath_log10),
    ("phase", cmath_phase),
    ("polar", cmath_polar),
    ("rect", cmath_rect),
    ("sin", cmath_sin),
    ("sinh", cmath_sinh),
    ("sqrt", cmath_sqrt),
    ("tan", cmath_tan),
    ("tanh", cmath_tanh),
];

/// A new `cmath` module.
pub fn create() -> Value {
    let m = super::new_native_module("cmath", FUNCTIONS);
    let md = m.downcast::<ModuleData>().expect("new module");
    let d = md.dict();
    d.set_str(
        &StrData::intern_static("__doc__"),
        new_str("This module provides access to mathematical functions for complex\nnumbers."),
    );
    let set = |name: &str, v: Value| d.set_str(&StrData::intern(name), v);
    set("pi", new_float(PI));
    set("e", new_float(E));
    set("tau", new_float(std::f64::consts::TAU));
    set("inf", new_float(f64::INFINITY));
    set("infj", new_complex(0.0, f64::INFINITY));
    set("nan", new_float(f64::NAN));
    set("nanj", new_complex(0.0, f64::NAN));
    m
}

// ---- arguments -----------------------------------------------------------------------

/// `v` as a complex (CPython's `PyComplex_AsCComplex`): a complex's value, else
/// `__complex__`, else the real number `PyFloat_AsDouble` makes of it.
fn as_complex(v: &Value) -> PyResult<C> {
    if let Some(z) = v.downcast::<ComplexData>() {
        return Ok(c(z.re, z.im));
    }
    if ops::user_typed(v) {
        if let Some(m) = ops::lookup_special(v, "__complex__") {
            let r = ops::call_method_value(&m, v, &[])?;
            return match r.downcast::<ComplexData>() {
                Some(z) => Ok(c(z.re, z.im)),
                None => Err(PyErr::type_error(format!(
                    "__complex__ returned non-complex (type {})",
                    type_name(&r)
                ))),
            };
        }
    }
    Ok(c(as_double(v)?, 0.0))
}

fn one_arg<'a>(name: &str, args: &'a [Value], kw: &[Value]) -> PyResult<&'a Value> {
    if !kw.is_empty() {
        return Err(no_keywords(name));
    }
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "cmath.{}() takes exactly one argument ({} given)",
            name,
            args.len()
        )));
    }
    Ok(&args[0])
}

#[cold]
fn no_keywords(name: &str) -> PyErr {
    PyErr::type_error(format!("cmath.{}() takes no keyword arguments", name))
}

/// The complex result, or the error its errno stands for.
fn result(z: C, errno: Errno) -> PyResult<Value> {
    match errno {
        Errno::Ok => Ok(new_complex(z.re, z.im)),
        _ => check(f64::INFINITY, errno),
    }
}

/// Functions of one complex argument, each giving its result and errno.
macro_rules! func1 {
    ($($fn_name:ident = $name:literal, $f:expr;)*) => {$(
        fn $fn_name(args: &[Value], kw: &[Value]) -> PyResult<Value> {
            let z = as_complex(one_arg($name, args, kw)?)?;
            let (r, errno) = $f(z);
            result(r, errno)
        }
    )*};
}

func1! {
    cmath_acos = "acos", acos;
    cmath_acosh = "acosh", acosh;
    cmath_asin = "asin", asin;
    cmath_asinh = "asinh", asinh;
    cmath_atan = "atan", atan;
    cmath_atanh = "atanh", atanh;
    cmath_cos = "cos", cos;
    cmath_cosh = "cosh", cosh;
    cmath_exp = "exp", exp;
    cmath_log10 = "log10", log10;
    cmath_sin = "sin", sin;
    cmath_sinh = "sinh", sinh;
    cmath_sqrt = "sqrt", sqrt;
    cmath_tan = "tan", tan;
    cmath_tanh = "tanh", tanh;
}

// ---- special values ----------------------------------------------------------------

/// The kind of a double, the index into the special-value tables.
fn special_type(d: f64) -> usize {
    if d.is_finite() {
        match (d != 0.0, d.is_sign_positive()) {
            (true, true) => 4,   // positive
            (true, false) => 1,  // negative
            (false, true) => 3,  // +0
            (false, false) => 2, // -0
        }
    } else if d.is_nan() {
        6
    } else if d > 0.0 {
        5
    } else {
        0
    }
}

type Table = [[C; 7]; 7];

const P: f64 = PI;
const P14: f64 = 0.25 * PI;
const P12: f64 = 0.5 * PI;
const P34: f64 = 0.75 * PI;
const INF: f64 = f64::INFINITY;
const N: f64 = f64::NAN;
/// Entries never read (finite arguments do not reach the tables).
const U: f64 = -9.542_631_940_771_103e33;

fn special(z: C, table: &Table) -> Option<C> {
    if z.re.is_finite() && z.im.is_finite() {
        return None;
    }
    Some(table[special_type(z.re)][special_type(z.im)])
}

macro_rules! table {
    ($($re:expr, $im:expr);* $(;)?) => {{
        let flat = [$(c($re, $im)),*];
        let mut t = [[c(U, U); 7]; 7];
        let mut i = 0;
        while i < 49 {
            t[i / 7][i % 7] = flat[i];
            i += 1;
        }
        t
    }};
}

const ACOS: Table = table![
    P34,INF; P,INF; P,INF; P,-INF; P,-INF; P34,-INF; N,INF;
    P12,INF; U,U; U,U; U,U; U,U; P12,-INF; N,N;
    P12,INF; U,U; P12,0.; P12,-0.; U,U; P12,-INF; P12,N;
    P12,INF; U,U; P12,0.; P12,-0.; U,U; P12,-INF; P12,N;
    P12,INF; U,U; U,U; U,U; U,U; P12,-INF; N,N;
    P14,INF; 0.,INF; 0.,INF; 0.,-INF; 0.,-INF; P14,-INF; N,INF;
    N,INF; N,N; N,N; N,N; N,N; N,-INF; N,N;
];

const ACOSH: Table = table![
    INF,-P34; INF,-P; INF,-P; INF,P; INF,P; INF,P34; INF,N;
    INF,-P12; U,U; U,U; U,U; U,U; INF,P12; N,N;
    INF,-P12; U,U; 0.,-P12; 0.,P12; U,U; INF,P12; N,N;
    INF,-P12; U,U; 0.,-P12; 0.,P12; U,U; INF,P12; N,N;
    INF,-P12; U,U; U,U; U,U; U,U; INF,P12; N,N;
    INF,-P14; INF,-0.; INF,-0.; INF,0.; INF,0.; INF,P14; INF,N;
    INF,N; N,N; N,N; N,N; N,N; INF,N; N,N;
];

const ASINH: Table = table![
    -INF,-P14; -INF,-0.; -INF,-0.; -INF,0.; -INF,0.; -INF,P14; -INF,N;
    -INF,-P12; U,U; U,U; U,U; U,U; -INF,P12; N,N;
    -INF,-P12; U,U; -0.,-0.; -0.,0.; U,U; -INF,P12; N,N;
    INF,-P12; U,U; 0.,-0.; 0.,0.; U,U; INF,P12; N,N;
    INF,-P12; U,U; U,U; U,U; U,U; INF,P12; N,N;
    INF,-P14; INF,-0.; INF,-0.; INF,0.; INF,0.; INF,P14; INF,N;
    INF,N; N,N; N,-0.; N,0.; N,N; INF,N; N,N;
];

const ATANH: Table = table![
    -0.,-P12; -0.,-P12; -0.,-P12; -0.,P12; -0.,P12; -0.,P12; -0.,N;
    -0.,-P12; U,U; U,U; U,U; U,U; -0.,P12; N,N;
    -0.,-P12; U,U; -0.,-0.; -0.,0.; U,U; -0.,P12; -0.,N;
    0.,-P12; U,U; 0.,-0.; 0.,0.; U,U; 0.,P12; 0.,N;
    0.,-P12; U,U; U,U; U,U; U,U; 0.,P12; N,N;
    0.,-P12; 0.,-P12; 0.,-P12; 0.,P12; 0.,P12; 0.,P12; 0.,N;
    0.,-P12; N,N; N,N; N,N; N,N; 0.,P12; N,N;
];

const COSH: Table = table![
    INF,N; U,U; INF,0.; INF,-0.; U,U; INF,N; INF,N;
    N,N; U,U; U,U; U,U; U,U; N,N; N,N;
    N,0.; U,U; 1.,0.; 1.,-0.; U,U; N,0.; N,0.;
    N,0.; U,U; 1.,-0.; 1.,0.; U,U; N,0.; N,0.;
    N,N; U,U; U,U; U,U; U,U; N,N; N,N;
    INF,N; U,U; INF,-0.; INF,0.; U,U; INF,N; INF,N;
    N,N; N,N; N,0.; N,0.; N,N; N,N; N,N;
];

const EXP: Table = table![
    0.,0.; U,U; 0.,-0.; 0.,0.; U,U; 0.,0.; 0.,0.;
    N,N; U,U; U,U; U,U; U,U; N,N; N,N;
    N,N; U,U; 1.,-0.; 1.,0.; U,U; N,N; N,N;
    N,N; U,U; 1.,-0.; 1.,0.; U,U; N,N; N,N;
    N,N; U,U; U,U; U,U; U,U; N,N; N,N;
    INF,N; U,U; INF,-0.; INF,0.; U,U; INF,N; INF,N;
    N,N; N,N; N,-0.; N,0.; N,N; N,N; N,N;
];

const LOG: Table = table![
    INF,-P34; INF,-P; INF,-P; INF,P; INF,P; INF,P34; INF,N;
    INF,-P12; U,U; U,U; U,U; U,U; INF,P12; N,N;
    INF,-P12; U,U; -INF,-P; -INF,P; U,U; INF,P12; N,N;
    INF,-P12; U,U; -INF,-0.; -INF,0.; U,U; INF,P12; N,N;
    INF,-P12; U,U; U,U; U,U; U,U; INF,P12; N,N;
    INF,-P14; INF,-0.; INF,-0.; INF,0.; INF,0.; INF,P14; INF,N;
    INF,N; N,N; N,N; N,N; N,N; INF,N; N,N;
];

const SINH: Table = table![
    INF,N; U,U; -INF,-0.; -INF,0.; U,U; INF,N; INF,N;
    N,N; U,U; U,U; U,U; U,U; N,N; N,N;
    0.,N; U,U; -0.,-0.; -0.,0.; U,U; 0.,N; 0.,N;
    0.,N; U,U; 0.,-0.; 0.,0.; U,U; 0.,N; 0.,N;
    N,N; U,U; U,U; U,U; U,U; N,N; N,N;
    INF,N; U,U; INF,-0.; INF,0.; U,U; INF,N; INF,N;
    N,N; N,N; N,-0.; N,0.; N,N; N,N; N,N;
];

const SQRT: Table = table![
    INF,-INF; 0.,-INF; 0.,-INF; 0.,INF; 0.,INF; INF,INF; N,INF;
    INF,-INF; U,U; U,U; U,U; U,U; INF,INF; N,N;
    INF,-INF; U,U; 0.,-0.; 0.,0.; U,U; INF,INF; N,N;
    INF,-INF; U,U; 0.,-0.; 0.,0.; U,U; INF,INF; N,N;
    INF,-INF; U,U; U,U; U,U; U,U; INF,INF; N,N;
    INF,-INF; INF,-0.; INF,-0.; INF,0.; INF,0.; INF,INF; INF,N;
    INF,-INF; N,N; N,N; N,N; N,N; INF,INF; N,N;
];

const TANH: Table = table![
    -1.,0.; U,U; -1.,-0.; -1.,0.; U,U; -1.,0.; -1.,0.;
    N,N; U,U; U,U; U,U; U,U; N,N; N,N;
    N,N; U,U; -0.,-0.; -0.,0.; U,U; N,N; N,N;
    N,N; U,U; 0.,-0.; 0.,0.; U,U; N,N; N,N;
    N,N; U,U; U,U; U,U; U,U; N,N; N,N;
    1.,0.; U,U; 1.,-0.; 1.,0.; U,U; 1.,0.; 1.,0.;
    N,N; N,N; N,-0.; N,0.; N,N; N,N; N,N;
];

const RECT: Table = table![
    INF,N; U,U; -INF,0.; -INF,-0.; U,U; INF,N; INF,N;
    N,N; U,U; U,U; U,U; U,U; N,N; N,N;
    0.,0.; U,U; -0.,0.; -0.,-0.; U,U; 0.,0.; 0.,0.;
    0.,0.; U,U; 0.,-0.; 0.,0.; U,U; 0.,0.; 0.,0.;
    N,N; U,U; U,U; U,U; U,U; N,N; N,N;
    INF,N; U,U; INF,-0.; INF,0.; U,U; INF,N; INF,N;
    N,N; N,N; N,0.; N,0.; N,N; N,N; N,N;
];

// ---- the functions -----------------------------------------------------------------

const LARGE_DOUBLE: f64 = f64::MAX / 4.0;
const DBL_MIN: f64 = f64::MIN_POSITIVE;
const SCALE_UP: i32 = 53;
const SCALE_DOWN: i32 = -27;

fn sqrt_large_double() -> f64 {
    LARGE_DOUBLE.sqrt()
}
fn log_large_double() -> f64 {
    LARGE_DOUBLE.ln()
}

fn neg(z: C) -> C {
    c(-z.re, -z.im)
}

fn log1p(x: f64) -> f64 {
    if x == 0.0 {
        x
    } else {
        libm::log1p(x)
    }
}

fn acos(z: C) -> (C, Errno) {
    if let Some(r) = special(z, &ACOS) {
        return (r, Errno::Ok);
    }
    let r = if z.re.abs() > LARGE_DOUBLE || z.im.abs() > LARGE_DOUBLE {
        c(
            libm::atan2(z.im.abs(), z.re),
            -((libm::hypot(z.re / 2.0, z.im / 2.0)).ln() + LN_2 * 2.0).copysign(z.im),
        )
    } else {
        let s1 = sqrt(c(1.0 - z.re, -z.im)).0;
        let s2 = sqrt(c(1.0 + z.re, z.im)).0;
        c(
            2.0 * libm::atan2(s1.re, s2.re),
            libm::asinh(s2.re * s1.im - s2.im * s1.re),
        )
    };
    (r, Errno::Ok)
}

fn acosh(z: C) -> (C, Errno) {
    if let Some(r) = special(z, &ACOSH) {
        return (r, Errno::Ok);
    }
    let r = if z.re.abs() > LARGE_DOUBLE || z.im.abs() > LARGE_DOUBLE {
        c(
            libm::hypot(z.re / 2.0, z.im / 2.0).ln() + LN_2 * 2.0,
            libm::atan2(z.im, z.re),
        )
    } else {
        let s1 = sqrt(c(z.re - 1.0, z.im)).0;
        let s2 = sqrt(c(z.re + 1.0, z.im)).0;
        c(
            libm::asinh(s1.re * s2.re + s1.im * s2.im),
            2.0 * libm::atan2(s1.im, s2.re),
        )
    };
    (r, Errno::Ok)
}

fn asin(z: C) -> (C, Errno) {
    // asin(z) = -i asinh(iz)
    let (s, e) = asinh(c(-z.im, z.re));
    (c(s.im, -s.re), e)
}

fn asinh(z: C) -> (C, Errno) {
    if let Some(r) = special(z, &ASINH) {
        return (r, Errno::Ok);
    }
    let r = if z.re.abs() > LARGE_DOUBLE || z.im.abs() > LARGE_DOUBLE {
        let l = libm::hypot(z.re / 2.0, z.im / 2.0).ln() + LN_2 * 2.0;
        let re = if z.im >= 0.0 {
            l.copysign(z.re)
        } else {
            -l.copysign(-z.re)
        };
        c(re, libm::atan2(z.im, z.re.abs()))
    } else {
        let s1 = sqrt(c(1.0 + z.im, -z.re)).0;
        let s2 = sqrt(c(1.0 - z.im, z.re)).0;
        c(
            libm::asinh(s1.re * s2.im - s2.re * s1.im),
            libm::atan2(z.im, s1.re * s2.re - s1.im * s2.im),
        )
    };
    (r, Errno::Ok)
}

fn atan(z: C) -> (C, Errno) {
    // atan(z) = -i atanh(iz)
    let (s, e) = atanh(c(-z.im, z.re));
    (c(s.im, -s.re), e)
}

fn atanh(z: C) -> (C, Errno) {
    if let Some(r) = special(z, &ATANH) {
        return (r, Errno::Ok);
    }
    if z.re < 0.0 {
        let (r, e) = atanh(neg(z));
        return (neg(r), e);
    }
    let ay = z.im.abs();
    if z.re > sqrt_large_double() || ay > sqrt_large_double() {
        // atanh(z) ~ 1/z +/- i*pi/2 for large |z|.
        let h = libm::hypot(z.re / 2.0, z.im / 2.0);
        return (c(z.re / 4.0 / h / h, (PI / 2.0).copysign(z.im)), Errno::Ok);
    }
    if z.re == 1.0 && ay < DBL_MIN.sqrt() {
        if ay == 0.0 {
            return (c(INF, z.im), Errno::Domain);
        }
        return (
            c(
                -(ay.sqrt() / libm::hypot(ay, 2.0).sqrt()).ln(),
                (libm::atan2(2.0, -ay) / 2.0).copysign(z.im),
            ),
            Errno::Ok,
        );
    }
    let one_minus = 1.0 - z.re;
    (
        c(
            log1p(4.0 * z.re / (one_minus * one_minus + ay * ay)) / 4.0,
            -libm::atan2(-2.0 * z.im, one_minus * (1.0 + z.re) - ay * ay) / 2.0,
        ),
        Errno::Ok,
    )
}

fn cos(z: C) -> (C, Errno) {
    // cos(z) = cosh(iz)
    cosh(c(-z.im, z.re))
}

/// The errno of a function whose result overflows to an infinity.
fn range_if_infinite(r: C) -> Errno {
    if r.re.is_infinite() || r.im.is_infinite() {
        Errno::Range
    } else {
        Errno::Ok
    }
}

fn cosh(z: C) -> (C, Errno) {
    hyperbolic(z, false)
}

/// `cosh(z)` (`odd` false) or `sinh(z)` (`odd` true): the two differ only in which
/// real hyperbolic function goes with cos(y) and in the signs at -infinity.
fn hyperbolic(z: C, odd: bool) -> (C, Errno) {
    type RealFn = fn(f64) -> f64;
    let (even_f, odd_f): (RealFn, RealFn) = if odd {
        (libm::sinh, libm::cosh)
    } else {
        (libm::cosh, libm::sinh)
    };
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let (cs, sn) = (INF.copysign(z.im.cos()), INF.copysign(z.im.sin()));
            match (z.re > 0.0, odd) {
                (true, _) => c(cs, sn),
                (false, false) => c(cs, -sn),
                (false, true) => c(-cs, sn),
            }
        } else {
            let table = if odd { &SINH } else { &COSH };
            table[special_type(z.re)][special_type(z.im)]
        };
        let errno = if z.im.is_infinite() && !z.re.is_nan() {
            Errno::Domain
        } else {
            Errno::Ok
        };
        return (r, errno);
    }
    let r = if z.re.abs() > log_large_double() {
        // cosh(x) or sinh(x) alone may overflow where the product does not.
        let x_minus_one = z.re - 1.0f64.copysign(z.re);
        c(
            z.im.cos() * even_f(x_minus_one) * E,
            z.im.sin() * odd_f(x_minus_one) * E,
        )
    } else {
        c(z.im.cos() * even_f(z.re), z.im.sin() * odd_f(z.re))
    };
    (r, range_if_infinite(r))
}

fn exp(z: C) -> (C, Errno) {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let (cs, sn) = (z.im.cos(), z.im.sin());
            if z.re > 0.0 {
                c(INF.copysign(cs), INF.copysign(sn))
            } else {
                c(0.0f64.copysign(cs), 0.0f64.copysign(sn))
            }
        } else {
            EXP[special_type(z.re)][special_type(z.im)]
        };
        let errno = if z.im.is_infinite() && (z.re.is_finite() || z.re == INF) {
            Errno::Domain
        } else {
            Errno::Ok
        };
        return (r, errno);
    }
    let r = if z.re > log_large_double() {
        let l = (z.re - 1.0).exp();
        c(l * z.im.cos() * E, l * z.im.sin() * E)
    } else {
        let l = z.re.exp();
        c(l * z.im.cos(), l * z.im.sin())
    };
    (r, range_if_infinite(r))
}

/// The complex natural logarithm (CPython's `c_log`), accurate near |z| = 1 and for
/// subnormal or huge |z|.
fn log(z: C) -> (C, Errno) {
    if let Some(r) = special(z, &LOG) {
        return (r, Errno::Ok);
    }
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let re = if ax > LARGE_DOUBLE || ay > LARGE_DOUBLE {
        libm::hypot(ax / 2.0, ay / 2.0).ln() + LN_2
    } else if ax < DBL_MIN && ay < DBL_MIN {
        if ax > 0.0 || ay > 0.0 {
            // hypot(ax, ay) would be subnormal: scale up first.
            libm::hypot(ldexp(ax, 53), ldexp(ay, 53)).ln() - 53.0 * LN_2
        } else {
            return (c(-INF, libm::atan2(z.im, z.re)), Errno::Domain);
        }
    } else {
        let h = libm::hypot(ax, ay);
        if (0.71..=1.73).contains(&h) {
            let am = if ax > ay { ax } else { ay };
            let an = if ax > ay { ay } else { ax };
            log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            h.ln()
        }
    };
    (c(re, libm::atan2(z.im, z.re)), Errno::Ok)
}

fn log10(z: C) -> (C, Errno) {
    let (r, e) = log(z);
    (c(r.re / LN_10, r.im / LN_10), e)
}

fn sin(z: C) -> (C, Errno) {
    // sin(z) = -i sinh(iz)
    let (s, e) = sinh(c(-z.im, z.re));
    (c(s.im, -s.re), e)
}

fn sinh(z: C) -> (C, Errno) {
    hyperbolic(z, true)
}

fn sqrt(z: C) -> (C, Errno) {
    if let Some(r) = special(z, &SQRT) {
        return (r, Errno::Ok);
    }
    if z.re == 0.0 && z.im == 0.0 {
        return (c(0.0, z.im), Errno::Ok);
    }
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let s = if ax < DBL_MIN && ay < DBL_MIN {
        // hypot(ax, ay) may be subnormal: scale up, then back down.
        let ax = ldexp(ax, SCALE_UP);
        ldexp(
            (ax + libm::hypot(ax, ldexp(ay, SCALE_UP))).sqrt(),
            SCALE_DOWN,
        )
    } else {
        let ax = ax / 8.0;
        2.0 * (ax + libm::hypot(ax, ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    let r = if z.re >= 0.0 {
        c(s, d.copysign(z.im))
    } else {
        c(d, s.copysign(z.im))
    };
    (r, Errno::Ok)
}

fn tan(z: C) -> (C, Errno) {
    // tan(z) = -i tanh(iz)
    let (s, e) = tanh(c(-z.im, z.re));
    (c(s.im, -s.re), e)
}

fn tanh(z: C) -> (C, Errno) {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let im = 0.0f64.copysign(2.0 * z.im.sin() * z.im.cos());
            c(if z.re > 0.0 { 1.0 } else { -1.0 }, im)
        } else {
            TANH[special_type(z.re)][special_type(z.im)]
        };
        let errno = if z.im.is_infinite() && z.re.is_finite() {
            Errno::Domain
        } else {
            Errno::Ok
        };
        return (r, errno);
    }
    let r = if z.re.abs() > log_large_double() {
        c(
            1.0f64.copysign(z.re),
            4.0 * z.im.sin() * z.im.cos() * (-2.0 * z.re.abs()).exp(),
        )
    } else {
        let tx = libm::tanh(z.re);
        let ty = libm::tan(z.im);
        let cx = 1.0 / libm::cosh(z.re);
        let txty = tx * ty;
        let denom = 1.0 + txty * txty;
        c(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
    };
    (r, Errno::Ok)
}

/// Complex division as CPython 3.11's `_Py_c_quot` (Smith's algorithm); dividing by
/// zero is a domain error.
fn quot(a: C, b: C) -> (C, Errno) {
    let (abs_br, abs_bi) = (b.re.abs(), b.im.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return (c(0.0, 0.0), Errno::Domain);
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        (
            c((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom),
            Errno::Ok,
        )
    } else if abs_bi >= abs_br {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        (
            c((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom),
            Errno::Ok,
        )
    } else {
        (c(N, N), Errno::Ok)
    }
}

/// `abs(z)` as CPython's `_Py_c_abs`: infinite if either part is, overflow an error.
fn c_abs(z: C) -> (f64, Errno) {
    if !z.re.is_finite() || !z.im.is_finite() {
        if z.re.is_infinite() {
            return (z.re.abs(), Errno::Ok);
        }
        if z.im.is_infinite() {
            return (z.im.abs(), Errno::Ok);
        }
        return (N, Errno::Ok);
    }
    let r = libm::hypot(z.re, z.im);
    (
        r,
        if r.is_finite() {
            Errno::Ok
        } else {
            Errno::Range
        },
    )
}

fn cmath_log(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(no_keywords("log"));
    }
    if args.is_empty() || args.len() > 2 {
        return Err(PyErr::type_error(arity_message("log", 1, 2, args.len())));
    }
    let x = as_complex(&args[0])?;
    let (mut r, mut errno) = log(x);
    if let Some(base) = args.get(1) {
        let b = as_complex(base)?;
        let (lb, e2) = log(b);
        // As in C, where c_log resets errno, the base's logarithm decides.
        errno = e2;
        let (q, e3) = quot(r, lb);
        r = q;
        if e3 != Errno::Ok {
            errno = e3;
        }
    }
    result(r, errno)
}

fn cmath_phase(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = as_complex(one_arg("phase", args, kw)?)?;
    Ok(new_float(libm::atan2(z.im, z.re)))
}

fn cmath_polar(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = as_complex(one_arg("polar", args, kw)?)?;
    let phi = libm::atan2(z.im, z.re);
    let (r, errno) = c_abs(z);
    check(r, errno)?;
    Ok(new_tuple(vec![new_float(r), new_float(phi)]))
}

fn cmath_rect(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(no_keywords("rect"));
    }
    if args.len() != 2 {
        return Err(PyErr::type_error(arity_message("rect", 2, 2, args.len())));
    }
    let r = as_double(&args[0])?;
    let phi = as_double(&args[1])?;
    if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let (cs, sn) = (phi.cos(), phi.sin());
            if r > 0.0 {
                c(INF.copysign(cs), INF.copysign(sn))
            } else {
                c(-INF.copysign(cs), -INF.copysign(sn))
            }
        } else {
            RECT[special_type(r)][special_type(phi)]
        };
        let errno = if r != 0.0 && !r.is_nan() && phi.is_infinite() {
            Errno::Domain
        } else {
            Errno::Ok
        };
        return result(z, errno);
    }
    if phi == 0.0 {
        return Ok(new_complex(r, r * phi));
    }
    Ok(new_complex(r * phi.cos(), r * phi.sin()))
}

fn cmath_isfinite(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = as_complex(one_arg("isfinite", args, kw)?)?;
    Ok(Value::bool(z.re.is_finite() && z.im.is_finite()))
}

fn cmath_isnan(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = as_complex(one_arg("isnan", args, kw)?)?;
    Ok(Value::bool(z.re.is_nan() || z.im.is_nan()))
}

fn cmath_isinf(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = as_complex(one_arg("isinf", args, kw)?)?;
    Ok(Value::bool(z.re.is_infinite() || z.im.is_infinite()))
}

fn cmath_isclose(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = Params {
        fname: "isclose",
        names: &["a", "b", "rel_tol", "abs_tol"],
        posonly: 0,
        maxpos: 2,
        required: 2,
    }
    .parse(args, kw)?;
    let a = as_complex(p[0].as_ref().expect("required"))?;
    let b = as_complex(p[1].as_ref().expect("required"))?;
    let rel_tol = p[2].as_ref().map(as_double).transpose()?.unwrap_or(1e-9);
    let abs_tol = p[3].as_ref().map(as_double).transpose()?.unwrap_or(0.0);
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if a.re == b.re && a.im == b.im {
        return Ok(Value::TRUE);
    }
    if a.re.is_infinite() || a.im.is_infinite() || b.re.is_infinite() || b.im.is_infinite() {
        return Ok(Value::FALSE);
    }
    let diff = c_abs(c(a.re - b.re, a.im - b.im)).0;
    Ok(Value::bool(
        diff <= rel_tol * c_abs(b).0 || diff <= rel_tol * c_abs(a).0 || diff <= abs_tol,
    ))
}
