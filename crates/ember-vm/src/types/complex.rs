//! `complex`: constructor (from numbers, `__complex__` and strings such as `'(1+2j)'`),
//! methods and slot wrappers, following CPython 3.11's `Objects/complexobject.c`; and
//! the `real`/`imag`/`numerator`/`denominator` attributes of all built-in numbers.

use crate::error::{PyErr, PyResult};
use crate::format::strip_underscores;
use crate::object::Kind;
use crate::objects::complex::{new_complex, ComplexData};
use crate::objects::float::{as_float, new_float};
use crate::objects::int::{new_int, to_bigint};
use crate::objects::str::{as_str, new_string};
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::{type_name, type_of};
use crate::ops::{self, NumClass};
use crate::types::args::Args;
use crate::value::Value;
use crate::vm::types;

pub fn install(ty: &Value) {
    super::add_staticmethod(ty, "__new__", complex_new);
    super::add_method(ty, "conjugate", complex_conjugate);
    super::add_method(ty, "__pos__", complex_pos);
    super::add_method(ty, "__neg__", complex_neg);
    super::add_method(ty, "__abs__", complex_abs_method);
    super::add_method(ty, "__bool__", complex_bool);
    super::add_method(ty, "__hash__", complex_hash);
    super::add_method(ty, "__repr__", complex_repr);
    super::add_method(ty, "__getnewargs__", complex_getnewargs);
    super::add_method(ty, "__pow__", complex_pow);
    super::add_method(ty, "__rpow__", complex_rpow);
    crate::install_number_dunders!(
        ty,
        NumClass::Complex,
        [
            ("__add__", "__radd__", Add),
            ("__sub__", "__rsub__", Sub),
            ("__mul__", "__rmul__", Mul),
            ("__truediv__", "__rtruediv__", TrueDiv),
        ]
    );
    crate::install_number_comparisons!(ty, NumClass::Complex);
}

/// True when `v` can be a part of `complex(real, imag)`: a complex, or something with
/// `__float__` or `__index__` (CPython checks `nb_float` / `nb_index`).
fn is_number(v: &Value) -> bool {
    if v.kind() == Some(Kind::Complex) || ops::as_num(v).is_some() {
        return true;
    }
    v.kind() == Some(Kind::Instance)
        && (ops::lookup_special(v, "__float__").is_some()
            || ops::lookup_special(v, "__index__").is_some())
}

/// `complex(real=0, imag=0)`: CPython's `complex_new_impl`.
fn complex_new(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::new_via(args, kwnames, &types().complex, complex_value)
}

fn complex_value(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kwnames);
    for k in a.kwnames {
        let n = as_str(k).unwrap_or("");
        if n != "real" && n != "imag" {
            return Err(PyErr::type_error(format!(
                "'{}' is an invalid keyword argument for complex()",
                n
            )));
        }
    }
    let given = a.pos.len().saturating_sub(1) + a.kwnames.len();
    if given > 2 {
        return Err(PyErr::type_error(format!(
            "complex() takes at most 2 arguments ({} given)",
            given
        )));
    }
    let r = a.get(1, "real");
    let i = a.get(2, "imag");
    let Some(r) = r else {
        return match i {
            None => Ok(new_complex(0.0, 0.0)),
            Some(i) => from_parts(&new_int(0), Some(i)),
        };
    };
    if let Some(s) = as_str(r) {
        if i.is_some() {
            return Err(PyErr::type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        let (re, im) = parse_complex(s)?;
        return Ok(new_complex(re, im));
    }
    if type_of(r).is(&types().complex) && i.is_none() {
        return Ok(r.clone());
    }
    from_parts(r, i)
}

/// `complex(r, i)` for non-string `r`: `r + i*1j` computed as CPython does, so that
/// `complex(1, -0.0)` keeps its negative zero.
fn from_parts(r: &Value, i: Option<&Value>) -> PyResult<Value> {
    if let Some(i) = i {
        if as_str(i).is_some() {
            return Err(PyErr::type_error("complex() second arg can't be a string"));
        }
    }
    let mut r = r.clone();
    let special = if r.kind() == Some(Kind::Instance) {
        ops::lookup_special(&r, "__complex__")
    } else {
        ops::override_of(&r, "__complex__")
    };
    {
        if let Some(f) = special {
            let c = ops::call_method_value(&f, &r, &[])?;
            if c.kind() != Some(Kind::Complex) {
                return Err(PyErr::type_error(format!(
                    "__complex__ returned non-complex (type {})",
                    type_name(&c)
                )));
            }
            r = c;
        }
    }
    if !is_number(&r) {
        return Err(PyErr::type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            type_name(&r)
        )));
    }
    if let Some(i) = i {
        if !is_number(i) {
            return Err(PyErr::type_error(format!(
                "complex() second argument must be a number, not '{}'",
                type_name(i)
            )));
        }
    }
    let (mut cr_re, cr_im, cr_complex) = match r.downcast::<ComplexData>() {
        Some(c) => (c.re, c.im, true),
        None => (super::float::to_f64(&r)?, 0.0, false),
    };
    let (mut ci_re, ci_im, ci_complex) = match i {
        None => (cr_im, 0.0, false),
        Some(i) => match i.downcast::<ComplexData>() {
            Some(c) => (c.re, c.im, true),
            None => (super::float::to_f64(i)?, 0.0, false),
        },
    };
    if ci_complex {
        cr_re -= ci_im;
    }
    if cr_complex && i.is_some() {
        ci_re += cr_im;
    }
    Ok(new_complex(cr_re, ci_re))
}

/// The parts of `self` for a complex method, with CPython's descriptor error otherwise.
fn self_complex(args: &[Value], method: &str) -> PyResult<(f64, f64)> {
    let v = &args[0];
    v.downcast::<ComplexData>()
        .map(|c| (c.re, c.im))
        .ok_or_else(|| {
            PyErr::type_error(format!(
                "descriptor '{}' for 'complex' objects doesn't apply to a '{}' object",
                method,
                type_name(v)
            ))
        })
}

/// The parts of `self` for a slot wrapper such as `complex.__neg__`.
fn slot_self(args: &[Value], name: &str) -> PyResult<(f64, f64)> {
    let v = ops::number_self(args, NumClass::Complex, name)?;
    Ok(v.downcast::<ComplexData>()
        .map(|c| (c.re, c.im))
        .unwrap_or((0.0, 0.0)))
}

fn complex_conjugate(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("conjugate", 1, 1)?;
    let (re, im) = self_complex(args, "conjugate")?;
    Ok(new_complex(re, -im))
}

fn complex_pos(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (re, im) = slot_self(args, "__pos__")?;
    Ok(new_complex(re, im))
}

fn complex_neg(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (re, im) = slot_self(args, "__neg__")?;
    Ok(new_complex(-re, -im))
}

/// `abs(z)`: CPython's `_Py_c_abs` (an infinite part wins over a NaN), OverflowError
/// when the modulus is not representable.
pub fn complex_abs(re: f64, im: f64) -> PyResult<f64> {
    if !re.is_finite() || !im.is_finite() {
        if re.is_infinite() {
            return Ok(re.abs());
        }
        if im.is_infinite() {
            return Ok(im.abs());
        }
        return Ok(f64::NAN);
    }
    let r = re.hypot(im);
    if r.is_finite() {
        Ok(r)
    } else {
        Err(PyErr::overflow_error("absolute value too large"))
    }
}

fn complex_abs_method(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (re, im) = slot_self(args, "__abs__")?;
    Ok(new_float(complex_abs(re, im)?))
}

fn complex_bool(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (re, im) = slot_self(args, "__bool__")?;
    Ok(Value::bool(re != 0.0 || im != 0.0))
}

fn complex_hash(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    slot_self(args, "__hash__")?;
    Ok(new_int(ops::builtin_hash(&args[0])?))
}

fn complex_repr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (re, im) = slot_self(args, "__repr__")?;
    Ok(new_string(crate::format::complex_repr(re, im)))
}

fn complex_getnewargs(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__getnewargs__", 1, 1)?;
    let (re, im) = self_complex(args, "__getnewargs__")?;
    Ok(new_tuple(vec![new_float(re), new_float(im)]))
}

fn complex_pow(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    ops::number_pow_dunder(args, kw, NumClass::Complex, false)
}

fn complex_rpow(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    ops::number_pow_dunder(args, kw, NumClass::Complex, true)
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

/// `s` as ASCII the way `_PyUnicode_TransformDecimalAndSpaceToASCII` makes it: Unicode
/// digits become `0-9`, Unicode spaces a space, anything else non-ASCII a `?`.
fn to_ascii(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                c as u8
            } else if crate::format::unicode_is_space(c) {
                b' '
            } else if let Some(d) = crate::format::unicode_decimal_value(c) {
                b'0' + d as u8
            } else {
                b'?'
            }
        })
        .collect()
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// The longest prefix of `s` that `PyOS_string_to_double` reads as a float (sign,
/// digits with an optional point and exponent, or inf/infinity/nan): its value
/// (overflowing to inf) and length; None when there is none.
fn scan_float(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    let neg = match s.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    let rest = &s[i..];
    let starts = |w: &[u8]| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w);
    let special = if starts(b"infinity") {
        Some((f64::INFINITY, 8))
    } else if starts(b"inf") {
        Some((f64::INFINITY, 3))
    } else if starts(b"nan") {
        Some((f64::NAN, 3))
    } else {
        None
    };
    if let Some((v, n)) = special {
        return Some((if neg { -v } else { v }, i + n));
    }
    let digits_from = |mut j: usize| {
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        j
    };
    let start = i;
    let int_end = digits_from(i);
    let mut end = int_end;
    let mut ndigits = int_end - start;
    if s.get(end) == Some(&b'.') {
        let frac_end = digits_from(end + 1);
        ndigits += frac_end - end - 1;
        end = frac_end;
    }
    if ndigits == 0 {
        return None;
    }
    if matches!(s.get(end), Some(b'e' | b'E')) {
        let mut j = end + 1;
        if matches!(s.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let exp_end = digits_from(j);
        if exp_end > j {
            end = exp_end;
        }
    }
    let text = std::str::from_utf8(&s[start..end]).ok()?;
    let v: f64 = text.parse().ok()?;
    Some((if neg { -v } else { v }, end))
}

/// `complex(s)`: CPython's `complex_subtype_from_string` and
/// `complex_from_string_inner` ("1+2j", "(1-2j)", "3j", "4", "-j", " 1e5 ").
pub fn parse_complex(text: &str) -> PyResult<(f64, f64)> {
    let ascii = to_ascii(text);
    let s = if ascii.contains(&b'_') {
        strip_underscores(&ascii).ok_or_else(|| {
            PyErr::value_error(format!(
                "could not convert string to complex: {}",
                crate::format::str_repr(text)
            ))
        })?
    } else {
        ascii
    };
    parse_complex_ascii(&s).ok_or_else(|| PyErr::value_error("complex() arg is a malformed string"))
}

fn parse_complex_ascii(s: &[u8]) -> Option<(f64, f64)> {
    let mut i = 0;
    let skip_spaces = |mut i: usize| {
        while i < s.len() && is_space(s[i]) {
            i += 1;
        }
        i
    };
    i = skip_spaces(i);
    let bracket = s.get(i) == Some(&b'(');
    if bracket {
        i = skip_spaces(i + 1);
    }
    let is_j = |c: Option<&u8>| matches!(c, Some(b'j' | b'J'));
    let (x, y);
    if let Some((z, n)) = scan_float(&s[i..]) {
        i += n;
        match s.get(i) {
            Some(b'+' | b'-') => {
                x = z;
                match scan_float(&s[i..]) {
                    Some((w, m)) => {
                        y = w;
                        i += m;
                    }
                    None => {
                        y = if s[i] == b'+' { 1.0 } else { -1.0 };
                        i += 1;
                    }
                }
                if !is_j(s.get(i)) {
                    return None;
                }
                i += 1;
            }
            Some(b'j' | b'J') => {
                i += 1;
                x = 0.0;
                y = z;
            }
            _ => {
                x = z;
                y = 0.0;
            }
        }
    } else {
        x = 0.0;
        match s.get(i) {
            Some(b'+') => {
                y = 1.0;
                i += 1;
            }
            Some(b'-') => {
                y = -1.0;
                i += 1;
            }
            _ => y = 1.0,
        }
        if !is_j(s.get(i)) {
            return None;
        }
        i += 1;
    }
    i = skip_spaces(i);
    if bracket {
        if s.get(i) != Some(&b')') {
            return None;
        }
        i = skip_spaces(i + 1);
    }
    (i == s.len()).then_some((x, y))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Option<(f64, f64)> {
        parse_complex_ascii(s.as_bytes())
    }

    #[test]
    fn complex_strings() {
        assert_eq!(parse("1+2j"), Some((1.0, 2.0)));
        assert_eq!(parse(" ( -1.5-2j ) "), Some((-1.5, -2.0)));
        assert_eq!(parse("3j"), Some((0.0, 3.0)));
        assert_eq!(parse("-j"), Some((0.0, -1.0)));
        assert_eq!(parse("j"), Some((0.0, 1.0)));
        assert_eq!(parse("1-j"), Some((1.0, -1.0)));
        assert_eq!(parse("1.j"), Some((0.0, 1.0)));
        assert_eq!(parse("1e500j"), Some((0.0, f64::INFINITY)));
        assert_eq!(parse("4"), Some((4.0, 0.0)));
        for bad in [
            "1+", "j2", "abc", "1 + 2j", "", "(1+2j", "1+2j)", "1e", ".j", "1\0",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn underscores_between_digits_only() {
        assert_eq!(strip_underscores(b"1_0+2_0j"), Some(b"10+20j".to_vec()));
        assert_eq!(strip_underscores(b"1__2j"), None);
        assert_eq!(strip_underscores(b"_1"), None);
        assert_eq!(strip_underscores(b"1_"), None);
    }
}
