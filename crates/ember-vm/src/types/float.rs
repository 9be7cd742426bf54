//! `float`: constructor and methods.

use crate::error::{PyErr, PyResult};
use crate::objects::float::{as_float, new_float};
use crate::objects::int::BigIntData;
use crate::objects::str::as_str;
use crate::objects::typeobj::type_name;
use crate::ops;
use crate::types::args::Args;
use crate::value::Value;
use crate::vm::types;

pub fn install(ty: &Value) {
    super::add_staticmethod(ty, "__new__", float_new);
    super::add_method(ty, "is_integer", float_is_integer);
    super::add_method(ty, "__repr__", float_repr);
    super::add_method(ty, "__float__", float_float);
}

/// `float(x)` as an f64.
pub fn to_f64(x: &Value) -> PyResult<f64> {
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
    if let Some(s) = as_str(x) {
        return crate::format::parse_float(s).map_err(|e| e.into_pyerr());
    }
    if let Some(b) = crate::objects::bytes::bytes_like(x) {
        return crate::format::parse_float(&String::from_utf8_lossy(&b)).map_err(|e| e.into_pyerr());
    }
    for m in ["__float__", "__index__"] {
        if let Some(f) = ops::lookup_special(x, m) {
            let r = ops::call_method_value(&f, x, &[])?;
            if let Some(v) = as_float(&r) {
                return Ok(v);
            }
            if m == "__index__" {
                return to_f64(&r);
            }
            return Err(PyErr::type_error(format!(
                "{}.__float__ returned non-float (type {})",
                type_name(x),
                type_name(&r)
            )));
        }
    }
    Err(PyErr::type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        type_name(x)
    )))
}

fn float_new(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kwnames);
    a.no_kwargs("float")?;
    if a.pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "float expected at most 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    if !a.pos[0].is(&types().float) {
        return Err(PyErr::not_implemented("float subclasses are not supported by ember yet"));
    }
    match a.pos.get(1) {
        None => Ok(new_float(0.0)),
        Some(x) if as_float(x).is_some() => Ok(x.clone()),
        Some(x) => Ok(new_float(to_f64(x)?)),
    }
}

fn float_is_integer(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = to_f64(&args[0])?;
    Ok(Value::bool(f.is_finite() && f.fract() == 0.0))
}

fn float_repr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ops::repr_value(&args[0])
}

fn float_float(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_float(to_f64(&args[0])?))
}
