//! Built-in functions over numbers and iterables of them: abs, divmod, pow, round, min,
//! max, sum, any, all, chr, ord, bin, oct, hex.

use crate::error::{PyErr, PyResult};
use crate::object::Kind;
use crate::objects::complex::ComplexData;
use crate::objects::dict::DictData;
use crate::objects::float::{as_float, new_float};
use crate::objects::int::{new_int, to_bigint};
use crate::objects::str::{as_str, new_string};
use crate::objects::typeobj::type_name;
use crate::ops;
use crate::types::args::Args;
use crate::value::Value;
use ember_bytecode::{BinOp, CmpOp};

pub fn install(d: &DictData) {
    super::add(d, "abs", builtin_abs);
    super::add(d, "divmod", builtin_divmod);
    super::add(d, "pow", builtin_pow);
    super::add(d, "round", builtin_round);
    super::add(d, "min", builtin_min);
    super::add(d, "max", builtin_max);
    super::add(d, "sum", builtin_sum);
    super::add(d, "any", builtin_any);
    super::add(d, "all", builtin_all);
    super::add(d, "chr", builtin_chr);
    super::add(d, "ord", builtin_ord);
    super::add(d, "bin", builtin_bin);
    super::add(d, "oct", builtin_oct);
    super::add(d, "hex", builtin_hex);
}

fn builtin_abs(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("abs", 1, 1)?;
    let v = &args[0];
    if let Some(i) = v.as_small_int() {
        return Ok(new_int(i.abs()));
    }
    if let Some(b) = to_bigint(v) {
        use num_traits::Signed;
        return Ok(crate::objects::int::new_bigint(b.abs()));
    }
    if let Some(f) = as_float(v) {
        return Ok(new_float(f.abs()));
    }
    if let Some(c) = v.downcast::<ComplexData>() {
        return Ok(new_float(crate::types::complex::complex_abs(c.re, c.im)?));
    }
    if v.kind() == Some(Kind::Instance) {
        if let Some(m) = ops::lookup_special(v, "__abs__") {
            return ops::call_method_value(&m, v, &[]);
        }
    }
    Err(PyErr::type_error(format!(
        "bad operand type for abs(): '{}'",
        type_name(v)
    )))
}

fn builtin_divmod(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("divmod", 2, 2)?;
    ops::divmod(&args[0], &args[1])
}

fn builtin_pow(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.only_kwargs("pow", &["base", "exp", "mod"])?;
    if a.pos.len() > 3 {
        return Err(PyErr::type_error(format!(
            "pow expected at most 3 arguments, got {}",
            a.pos.len()
        )));
    }
    let base = a
        .get(0, "base")
        .ok_or_else(|| PyErr::type_error("pow() missing required argument 'base' (pos 1)"))?;
    let exp = a
        .get(1, "exp")
        .ok_or_else(|| PyErr::type_error("pow() missing required argument 'exp' (pos 2)"))?;
    match a.get(2, "mod") {
        Some(m) if !m.is_none() => ops::ternary_pow(base, exp, m),
        _ => ops::binary_op(base, exp, BinOp::Pow),
    }
}

/// `round(number, ndigits=None)`: `number.__round__()` or `number.__round__(ndigits)`.
fn builtin_round(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.only_kwargs("round", &["number", "ndigits"])?;
    if a.pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "round() takes at most 2 arguments ({} given)",
            a.pos.len() + a.kwnames.len()
        )));
    }
    let x = a
        .get(0, "number")
        .ok_or_else(|| PyErr::type_error("round() missing required argument 'number' (pos 1)"))?;
    let nd = a.get(1, "ndigits").filter(|v| !v.is_none());
    if let Some(f) = as_float(x) {
        return match nd {
            None => crate::types::int::float_to_int(crate::types::float::round_half_even(f)),
            Some(n) => {
                let Some(i) = ops::index_opt(n)? else {
                    return Err(PyErr::type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        type_name(n)
                    )));
                };
                let n = to_bigint(&i).map_or(0, |b| {
                    use num_traits::{Signed, ToPrimitive};
                    b.to_i64()
                        .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX })
                });
                Ok(new_float(crate::types::float::round_digits(f, n)?))
            }
        };
    }
    if let Some(i) = to_bigint(x) {
        return match nd {
            None => Ok(crate::objects::int::new_bigint(i)),
            Some(n) => crate::types::int::round_int(i, n),
        };
    }
    if let Some(m) = ops::lookup_special(x, "__round__") {
        let rest: Vec<Value> = nd.into_iter().cloned().collect();
        return ops::call_method_value(&m, x, &rest);
    }
    Err(PyErr::type_error(format!(
        "type {} doesn't define __round__ method",
        type_name(x)
    )))
}

fn min_max(args: &[Value], kw: &[Value], name: &str, op: CmpOp) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.only_kwargs(name, &["key", "default"])?;
    let key = a.kw("key").cloned().filter(|k| !k.is_none());
    let items = match a.pos.len() {
        0 => {
            return Err(PyErr::type_error(format!(
                "{} expected at least 1 argument, got 0",
                name
            )))
        }
        1 => ops::collect(&a.pos[0])?,
        _ => {
            if a.kw("default").is_some() {
                return Err(PyErr::type_error(format!(
                    "Cannot specify a default for {}() with multiple positional arguments",
                    name
                )));
            }
            a.pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = match &key {
            Some(f) => ops::call(f, std::slice::from_ref(&it), &[])?,
            None => it.clone(),
        };
        best = match best {
            None => Some((k, it)),
            Some((bk, bv)) => {
                if ops::is_true(&ops::richcompare(&k, &bk, op)?)? {
                    Some((k, it))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match a.kw("default") {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr::value_error(format!(
                "{}() arg is an empty sequence",
                name
            ))),
        },
    }
}

fn builtin_min(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    min_max(args, kw, "min", CmpOp::Lt)
}

fn builtin_max(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    min_max(args, kw, "max", CmpOp::Gt)
}

fn builtin_sum(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("sum", 1, 2)?;
    let mut acc = a.get(1, "start").cloned().unwrap_or_else(|| new_int(0));
    if as_str(&acc).is_some() {
        return Err(PyErr::type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    if acc.kind() == Some(Kind::Bytes) {
        return Err(PyErr::type_error(
            "sum() can't sum bytes [use b''.join(seq) instead]",
        ));
    }
    let it = ops::get_iter(&a.pos[0])?;
    // Float accumulation uses Neumaier compensation? CPython 3.11 adds plainly.
    while let Some(x) = ops::next(&it)? {
        acc = ops::binary_op(&acc, &x, BinOp::Add)?;
    }
    Ok(acc)
}

fn builtin_any(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("any", 1, 1)?;
    let it = ops::get_iter(&args[0])?;
    while let Some(x) = ops::next(&it)? {
        if ops::is_true(&x)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn builtin_all(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("all", 1, 1)?;
    let it = ops::get_iter(&args[0])?;
    while let Some(x) = ops::next(&it)? {
        if !ops::is_true(&x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn builtin_chr(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("chr", 1, 1)?;
    let Some(i) = ops::index_opt(&args[0])? else {
        return Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(&args[0])
        )));
    };
    let n = match crate::objects::int::to_i64(&i) {
        Some(n) if i32::try_from(n).is_ok() => n,
        _ => {
            return Err(PyErr::overflow_error(
                "Python int too large to convert to C int",
            ))
        }
    };
    if !(0..=0x10ffff).contains(&n) {
        return Err(PyErr::value_error("chr() arg not in range(0x110000)"));
    }
    Ok(crate::objects::str::new_char(n as u32))
}

fn builtin_ord(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("ord", 1, 1)?;
    if let Some(s) = crate::objects::str::as_str_data(&args[0]) {
        return match s.char_len() {
            1 => Ok(new_int(s.code_point_at(0) as i64)),
            n => Err(PyErr::type_error(format!(
                "ord() expected a character, but string of length {} found",
                n
            ))),
        };
    }
    if let Some(b) = crate::objects::bytes::bytes_like(&args[0]) {
        if b.len() == 1 {
            return Ok(new_int(b[0] as i64));
        }
        return Err(PyErr::type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        )));
    }
    Err(PyErr::type_error(format!(
        "ord() expected string of length 1, but {} found",
        type_name(&args[0])
    )))
}

fn radix(args: &[Value], kw: &[Value], name: &str, r: u32) -> PyResult<Value> {
    Args::new(args, kw).arity(name, 1, 1)?;
    let Some(i) = ops::index_opt(&args[0])? else {
        return Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(&args[0])
        )));
    };
    let b = to_bigint(&i).expect("int");
    Ok(new_string(crate::format::int_to_string_radix(&b, r)))
}

fn builtin_bin(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    radix(args, kw, "bin", 2)
}
fn builtin_oct(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    radix(args, kw, "oct", 8)
}
fn builtin_hex(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    radix(args, kw, "hex", 16)
}
