//! `complex`: constructor and methods, and the `real`/`imag` attributes of all numbers.

use crate::error::{PyErr, PyResult};
use crate::objects::complex::{new_complex, ComplexData};
use crate::objects::float::{as_float, new_float};
use crate::objects::int::{new_int, to_bigint};
use crate::objects::str::as_str;
use crate::objects::typeobj::type_name;
use crate::types::args::Args;
use crate::value::Value;

pub fn install(ty: &Value) {
    super::add_staticmethod(ty, "__new__", complex_new);
    super::add_method(ty, "conjugate", complex_conjugate);
}

fn parts(v: &Value) -> PyResult<(f64, f64)> {
    if let Some(c) = v.downcast::<ComplexData>() {
        return Ok((c.re, c.im));
    }
    if let Some(s) = as_str(v) {
        return parse_complex(s);
    }
    Ok((super::float::to_f64(v).map_err(|_| {
        PyErr::type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            type_name(v)
        ))
    })?, 0.0))
}

fn complex_new(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kwnames);
    let re = a.get(1, "real");
    let im = a.get(2, "imag");
    let (r1, i1) = match re {
        Some(v) => parts(v)?,
        None => (0.0, 0.0),
    };
    let (r2, i2) = match im {
        Some(v) => {
            if as_str(v).is_some() {
                return Err(PyErr::type_error(
                    "complex() second arg can't be a string",
                ));
            }
            parts(v)?
        }
        None => (0.0, 0.0),
    };
    Ok(new_complex(r1 - i2, i1 + r2))
}

fn complex_conjugate(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = args[0].downcast::<ComplexData>().expect("complex");
    Ok(new_complex(c.re, -c.im))
}

/// `real`, `imag`, `numerator`, `denominator` of numbers.
pub fn number_attr(v: &Value, name: &str) -> PyResult<Option<Value>> {
    if let Some(c) = v.downcast::<ComplexData>() {
        return Ok(match name {
            "real" => Some(new_float(c.re)),
            "imag" => Some(new_float(c.im)),
            _ => None,
        });
    }
    if let Some(f) = as_float(v) {
        return Ok(match name {
            "real" => Some(new_float(f)),
            "imag" => Some(new_float(0.0)),
            _ => None,
        });
    }
    if let Some(i) = to_bigint(v) {
        return Ok(match name {
            "real" | "numerator" => Some(crate::objects::int::new_bigint(i)),
            "imag" => Some(new_int(0)),
            "denominator" => Some(new_int(1)),
            _ => None,
        });
    }
    Ok(None)
}

/// `complex(s)`: "1+2j", "(1-2j)", "3j", "4", with surrounding whitespace.
fn parse_complex(s: &str) -> PyResult<(f64, f64)> {
    let bad = || PyErr::value_error("complex() arg is a malformed string");
    let mut t = s.trim();
    if t.starts_with('(') && t.ends_with(')') {
        t = t[1..t.len() - 1].trim();
    }
    if t.is_empty() {
        return Err(bad());
    }
    let pf = |x: &str| crate::format::parse_float(x).map_err(|_| bad());
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // Find the split between real and imaginary parts: the last sign not after 'e'.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        let (re, im) = match split {
            Some(i) => (pf(&body[..i])?, &body[i..]),
            None => (0.0, body),
        };
        let im = match im {
            "" | "+" => 1.0,
            "-" => -1.0,
            x => pf(x)?,
        };
        return Ok((re, im));
    }
    Ok((pf(t)?, 0.0))
}
