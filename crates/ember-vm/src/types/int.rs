//! `int` and `bool`: constructors and methods.

use crate::error::{PyErr, PyResult};
use crate::object::Kind;
use crate::objects::float::as_float;
use crate::objects::int::{new_bigint, new_int, to_bigint};
use crate::objects::str::as_str;
use crate::objects::typeobj::{type_name, type_of};
use crate::ops;
use crate::types::args::Args;
use crate::value::Value;
use crate::vm::types;
use num_bigint::BigInt;
use num_traits::{FromPrimitive, Signed};

pub fn install(ty: &Value) {
    super::add_staticmethod(ty, "__new__", int_new);
    super::add_method(ty, "bit_length", int_bit_length);
    super::add_method(ty, "__index__", int_index);
    super::add_method(ty, "conjugate", int_index);
    super::add_method(ty, "__int__", int_index);
    super::add_method(ty, "__repr__", int_repr);
    super::add_method(ty, "__format__", int_format);
}

pub fn install_bool(ty: &Value) {
    super::add_staticmethod(ty, "__new__", bool_new);
}

fn int_new(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kwnames);
    a.only_kwargs("int", &["base"])?;
    if a.pos.len() > 3 {
        return Err(PyErr::type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            a.pos.len() - 1 + a.kwnames.len()
        )));
    }
    let cls = &a.pos[0];
    if !cls.is(&types().int) {
        return Err(PyErr::not_implemented("int subclasses are not supported by ember yet"));
    }
    let x = a.pos.get(1);
    let base = a.get(2, "base");
    match (x, base) {
        (None, None) => Ok(new_int(0)),
        (None, Some(_)) => Err(PyErr::type_error("int() missing string argument")),
        (Some(x), None) => int_from_value(x),
        (Some(x), Some(b)) => {
            let b = crate::objects::int::to_i64(b).ok_or_else(|| {
                PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(b)
                ))
            })?;
            let s = match as_str(x) {
                Some(s) => s.to_string(),
                None => match crate::objects::bytes::bytes_like(x) {
                    Some(b) => String::from_utf8_lossy(&b).into_owned(),
                    None => {
                        return Err(PyErr::type_error(
                            "int() can't convert non-string with explicit base",
                        ))
                    }
                },
            };
            if b != 0 && !(2..=36).contains(&b) {
                return Err(PyErr::value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            parse_int_value(&s, b as u32)
        }
    }
}

/// `int(s, base)` through the shared parser.
pub fn parse_int_value(s: &str, base: u32) -> PyResult<Value> {
    match crate::format::parse_int_small(s, base) {
        Ok(crate::format::ParsedInt::Small(i)) => Ok(new_int(i)),
        Ok(crate::format::ParsedInt::Big(b)) => Ok(new_bigint(b)),
        Err(e) => Err(e.into_pyerr()),
    }
}

/// `int(x)` for one argument.
pub fn int_from_value(x: &Value) -> PyResult<Value> {
    if x.is_small_int() || x.kind() == Some(Kind::BigInt) {
        return Ok(x.clone());
    }
    if x.is_bool() {
        return Ok(new_int(i64::from(x.is_true_imm())));
    }
    if let Some(f) = as_float(x) {
        return float_to_int(f);
    }
    if let Some(s) = as_str(x) {
        return parse_int_value(s, 10);
    }
    if let Some(b) = crate::objects::bytes::bytes_like(x) {
        return parse_int_value(&String::from_utf8_lossy(&b), 10);
    }
    for m in ["__int__", "__index__", "__trunc__"] {
        if let Some(f) = ops::lookup_special(x, m) {
            let r = ops::call_method_value(&f, x, &[])?;
            if to_bigint(&r).is_none() {
                return Err(PyErr::type_error(format!(
                    "{} returned non-int (type {})",
                    m,
                    type_name(&r)
                )));
            }
            return Ok(r);
        }
    }
    Err(PyErr::type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name(x)
    )))
}

/// Truncates a float to an int.
pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(new_int(t as i64));
    }
    Ok(new_bigint(BigInt::from_f64(t).expect("finite float")))
}

fn bool_new(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kwnames);
    a.no_kwargs("bool")?;
    if a.pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "bool expected at most 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    match a.pos.get(1) {
        None => Ok(Value::FALSE),
        Some(x) => Ok(Value::bool(ops::is_true(x)?)),
    }
}

fn self_int(v: &Value) -> PyResult<BigInt> {
    to_bigint(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor requires a 'int' object but received a '{}'",
            type_name(v)
        ))
    })
}

fn int_bit_length(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = self_int(&args[0])?;
    Ok(new_int(n.abs().bits() as i64))
}

fn int_index(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_bigint(self_int(&args[0])?))
}

fn int_repr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let _ = type_of(&args[0]);
    Ok(crate::objects::str::new_string(ops::int_to_decimal(&self_int(&args[0])?)?))
}

fn int_format(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__format__", 2, 2)?;
    let spec = as_str(&args[1]).unwrap_or("");
    if spec.is_empty() {
        return ops::str_value(&args[0]);
    }
    Ok(crate::objects::str::new_string(super::format_builtin(&args[0], spec)?))
}
