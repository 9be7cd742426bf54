//! `str`: constructor and methods (the full method set is filled in here), `%`
//! formatting.

use crate::error::{PyErr, PyResult};
use crate::objects::list::new_list;
use crate::objects::str::{as_str, new_str, new_string};
use crate::objects::typeobj::type_name;
use crate::ops;
use crate::types::args::Args;
use crate::value::Value;
use crate::vm::types;

pub fn install(ty: &Value) {
    super::add_staticmethod(ty, "__new__", str_new);
    super::add_method(ty, "join", str_join);
    super::add_method(ty, "split", str_split);
    super::add_method(ty, "strip", str_strip);
    super::add_method(ty, "upper", str_upper);
    super::add_method(ty, "lower", str_lower);
    super::add_method(ty, "replace", str_replace);
    super::add_method(ty, "startswith", str_startswith);
    super::add_method(ty, "endswith", str_endswith);
    super::add_method(ty, "__format__", str_format_spec);
}

/// The text of `self` for a str method, with CPython's descriptor error otherwise.
pub fn self_str<'a>(v: &'a Value, method: &str) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{}' for 'str' objects doesn't apply to a '{}' object",
            method,
            type_name(v)
        ))
    })
}

/// A str argument, with "must be str, not X" otherwise.
pub fn arg_str<'a>(v: &'a Value, what: &str) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| {
        PyErr::type_error(format!("{} must be str, not {}", what, type_name(v)))
    })
}

fn str_new(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kwnames);
    if !a.pos[0].is(&types().str) {
        return Err(PyErr::not_implemented("str subclasses are not supported by ember yet"));
    }
    let obj = a.get(1, "object");
    let encoding = a.get(2, "encoding");
    let errors = a.get(3, "errors");
    match obj {
        None => Ok(new_str("")),
        Some(o) if encoding.is_none() && errors.is_none() => ops::str_value(o),
        Some(o) => match crate::objects::bytes::bytes_like(o) {
            Some(b) => crate::types::bytes::decode(&b, encoding, errors),
            None => Err(PyErr::type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                type_name(o)
            ))),
        },
    }
}

fn str_join(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("join", 2, 2)?;
    let sep = self_str(&args[0], "join")?;
    let items = ops::collect(&args[1])?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match as_str(it) {
            Some(s) => out.push_str(s),
            None => {
                return Err(PyErr::type_error(format!(
                    "sequence item {}: expected str instance, {} found",
                    i,
                    type_name(it)
                )))
            }
        }
    }
    Ok(new_string(out))
}

fn str_split(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let s = self_str(&a.pos[0], "split")?;
    let sep = a.get(1, "sep").filter(|v| !v.is_none());
    let maxsplit = match a.get(2, "maxsplit") {
        Some(m) => crate::objects::int::to_i64(m).unwrap_or(-1),
        None => -1,
    };
    let parts: Vec<Value> = match sep {
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_start();
            let mut n = 0;
            while !rest.is_empty() {
                if maxsplit >= 0 && n >= maxsplit {
                    out.push(new_str(rest.trim_end_matches(char::is_whitespace).to_string().as_str()));
                    break;
                }
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                out.push(new_str(&rest[..end]));
                rest = rest[end..].trim_start();
                n += 1;
            }
            out
        }
        Some(sep) => {
            let sep = arg_str(sep, "must be str or None")?;
            if sep.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            if maxsplit < 0 {
                s.split(sep).map(new_str).collect()
            } else {
                s.splitn(maxsplit as usize + 1, sep).map(new_str).collect()
            }
        }
    };
    Ok(new_list(parts))
}

fn str_strip(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let s = self_str(&a.pos[0], "strip")?;
    match a.pos.get(1).filter(|v| !v.is_none()) {
        None => Ok(new_str(s.trim())),
        Some(c) => {
            let chars: Vec<char> = arg_str(c, "strip arg")?.chars().collect();
            Ok(new_str(s.trim_matches(|x| chars.contains(&x))))
        }
    }
}

fn str_upper(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_string(self_str(&args[0], "upper")?.to_uppercase()))
}

fn str_lower(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_string(self_str(&args[0], "lower")?.to_lowercase()))
}

fn str_replace(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("replace", 3, 4)?;
    let s = self_str(&a.pos[0], "replace")?;
    let old = arg_str(&a.pos[1], "replace() argument 1")?;
    let new = arg_str(&a.pos[2], "replace() argument 2")?;
    let count = a.pos.get(3).and_then(crate::objects::int::to_i64).unwrap_or(-1);
    if count < 0 {
        Ok(new_string(s.replace(old, new)))
    } else {
        Ok(new_string(s.replacen(old, new, count as usize)))
    }
}

fn prefix_check(args: &[Value], kw: &[Value], name: &str, end: bool) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity(name, 2, 4)?;
    let s = self_str(&a.pos[0], name)?;
    let check = |p: &str| if end { s.ends_with(p) } else { s.starts_with(p) };
    if let Some(t) = crate::objects::tuple::as_tuple(&a.pos[1]) {
        for p in t {
            if check(arg_str(p, "tuple for startswith")?) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    match as_str(&a.pos[1]) {
        Some(p) => Ok(Value::bool(check(p))),
        None => Err(PyErr::type_error(format!(
            "{} first arg must be str or a tuple of str, not {}",
            name,
            type_name(&a.pos[1])
        ))),
    }
}

fn str_startswith(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    prefix_check(args, kw, "startswith", false)
}

fn str_endswith(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    prefix_check(args, kw, "endswith", true)
}

fn str_format_spec(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__format__", 2, 2)?;
    let spec = arg_str(&args[1], "format spec")?;
    if spec.is_empty() {
        return ops::str_value(&args[0]);
    }
    Ok(new_string(super::format_builtin(&args[0], spec)?))
}

/// `str % args` (printf-style formatting).
pub fn str_percent_format(_s: &Value, _args: &Value) -> PyResult<Value> {
    Err(PyErr::not_implemented("str % formatting is not implemented yet"))
}
