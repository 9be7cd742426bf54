//! Compile-time constants seen as Python values: `==` between them and their `repr`, for
//! the errors CPython's compiler raises about constants (a mapping pattern's duplicate
//! literal keys: "mapping pattern checks duplicate key (True)").
//!
//! Equality follows Python's numeric tower (`1 == 1.0 == True == 1+0j`, `-0.0 == 0`);
//! strings equal strings and bytes equal bytes. `repr` follows CPython's `float_repr`
//! (shortest round-trip digits, exponent form outside `1e-4 <= |x| < 1e16`) and its
//! quote choice for `str` and `bytes`. Non-ASCII characters of a `str` are printed as
//! they are (CPython escapes the non-printable ones; the compiler has no Unicode
//! tables), control characters are escaped as CPython does.

use ember_bytecode::Constant;
use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive, Zero};

/// A number as `(real, imag)` with an exact integer when the value is one.
enum Num {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

fn as_num(c: &Constant) -> Option<Num> {
    Some(match c {
        Constant::True => Num::Int(BigInt::from(1)),
        Constant::False => Num::Int(BigInt::zero()),
        Constant::Int(i) => Num::Int(BigInt::from(*i)),
        Constant::BigInt(b) => Num::Int(b.clone()),
        Constant::Float(f) => Num::Float(*f),
        Constant::Complex(r, i) if *i == 0.0 => Num::Float(*r),
        Constant::Complex(r, i) => Num::Complex(*r, *i),
        _ => return None,
    })
}

/// `a == b` for two constants, as Python compares the values.
pub(crate) fn py_eq(a: &Constant, b: &Constant) -> bool {
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return match (x, y) {
            (Num::Int(x), Num::Int(y)) => x == y,
            (Num::Int(i), Num::Float(f)) | (Num::Float(f), Num::Int(i)) => {
                f.is_finite() && f.fract() == 0.0 && BigInt::from_f64(f) == Some(i)
            }
            (Num::Float(x), Num::Float(y)) => x == y,
            (Num::Complex(r1, i1), Num::Complex(r2, i2)) => r1 == r2 && i1 == i2,
            _ => false,
        };
    }
    match (a, b) {
        (Constant::Str(x), Constant::Str(y)) => x == y,
        (Constant::Str(_) | Constant::StrWithSurrogates(_), _)
        | (_, Constant::Str(_) | Constant::StrWithSurrogates(_)) => {
            code_points(a).is_some() && code_points(a) == code_points(b)
        }
        (Constant::Bytes(x), Constant::Bytes(y)) => x == y,
        (Constant::None, Constant::None) | (Constant::Ellipsis, Constant::Ellipsis) => true,
        (Constant::Tuple(x), Constant::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| py_eq(p, q))
        }
        _ => false,
    }
}

/// The code points of a str constant (None for other constants).
fn code_points(c: &Constant) -> Option<Vec<u32>> {
    match c {
        Constant::Str(s) => Some(s.chars().map(|ch| ch as u32).collect()),
        Constant::StrWithSurrogates(cps) => Some(cps.clone()),
        _ => None,
    }
}

/// `repr(c)` as CPython prints it.
pub(crate) fn py_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::True => "True".into(),
        Constant::False => "False".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(b) => b.to_string(),
        Constant::Float(f) => float_repr(*f, true),
        Constant::Complex(r, i) => {
            let imag = float_repr(*i, false);
            if *r == 0.0 && r.is_sign_positive() {
                format!("{imag}j")
            } else {
                let sign = if i.is_sign_negative() { "" } else { "+" };
                format!("({}{sign}{imag}j)", float_repr(*r, false))
            }
        }
        Constant::Str(_) | Constant::StrWithSurrogates(_) => {
            str_repr(&code_points(c).unwrap_or_default())
        }
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(py_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Constant::Code(code) => format!("<code object {}>", code.name),
    }
}

/// CPython's `repr(float)` (`add_dot_0`: integral values get `.0`, as `float.__repr__`
/// does and `complex.__repr__` does not).
fn float_repr(f: f64, add_dot_0: bool) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    // Rust's `{:e}` gives the shortest round-trip digits: "-1.2345e-7".
    let sci = format!("{:e}", f.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let sign = if f.is_sign_negative() { "-" } else { "" };
    let decpt = exp + 1;
    let body = if f == 0.0 {
        if add_dot_0 {
            "0.0".to_string()
        } else {
            "0".to_string()
        }
    } else if !(-4 < decpt && decpt <= 16) {
        let (first, rest) = digits.split_at(1);
        let frac = if rest.is_empty() {
            String::new()
        } else {
            format!(".{rest}")
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{first}{frac}e{esign}{:02}", exp.abs())
    } else if decpt <= 0 {
        format!("0.{}{digits}", "0".repeat((-decpt) as usize))
    } else if digits.len() as i32 <= decpt {
        let zeros = "0".repeat((decpt - digits.len() as i32) as usize);
        if add_dot_0 {
            format!("{digits}{zeros}.0")
        } else {
            format!("{digits}{zeros}")
        }
    } else {
        let (int, frac) = digits.split_at(decpt as usize);
        format!("{int}.{frac}")
    };
    format!("{sign}{body}")
}

/// The quote CPython's `repr` picks: `'` unless the text has `'` and no `"`.
fn quote_for(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double {
        '"'
    } else {
        '\''
    }
}

/// `repr(str)` of the code points `cps` (lone surrogates print as `\udxxx`).
fn str_repr(cps: &[u32]) -> String {
    let q = quote_for(cps.contains(&('\'' as u32)), cps.contains(&('"' as u32)));
    let mut out = String::with_capacity(cps.len() + 2);
    out.push(q);
    for &cp in cps {
        let Some(c) = char::from_u32(cp) else {
            out.push_str(&format!("\\u{cp:04x}"));
            continue;
        };
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || (0x7f..0xa0).contains(&(c as u32)) => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

fn bytes_repr(b: &[u8]) -> String {
    let q = quote_for(b.contains(&b'\''), b.contains(&b'"'));
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(q);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == q => {
                out.push('\\');
                out.push(q);
            }
            c if !(0x20..0x7f).contains(&c) => out.push_str(&format!("\\x{c:02x}")),
            c => out.push(c as char),
        }
    }
    out.push(q);
    out
}

/// Folds `real ± imag` (a complex literal of a pattern, `1-2j`) into one constant, as
/// CPython's AST optimiser does before compiling patterns. None when an operand is not a
/// number or the real part does not fit a float.
pub(crate) fn fold_complex(left: &Constant, right: &Constant, subtract: bool) -> Option<Constant> {
    let parts = |c: &Constant| -> Option<(f64, f64)> {
        let p = match c {
            Constant::Int(i) => (*i as f64, 0.0),
            Constant::BigInt(b) => (b.to_f64().filter(|f| f.is_finite())?, 0.0),
            Constant::Float(f) => (*f, 0.0),
            Constant::Complex(r, i) => (*r, *i),
            _ => return None,
        };
        Some(p)
    };
    let (lr, li) = parts(left)?;
    let (rr, ri) = parts(right)?;
    Some(if subtract {
        Constant::Complex(lr - rr, li - ri)
    } else {
        Constant::Complex(lr + rr, li + ri)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_compare_across_types() {
        assert!(py_eq(&Constant::True, &Constant::Int(1)));
        assert!(py_eq(&Constant::Float(-0.0), &Constant::Int(0)));
        assert!(py_eq(&Constant::Complex(1.0, 0.0), &Constant::Int(1)));
        assert!(!py_eq(&Constant::Complex(1.0, 2.0), &Constant::Int(1)));
        assert!(!py_eq(&Constant::Str("1".into()), &Constant::Int(1)));
        assert!(!py_eq(
            &Constant::Str("a".into()),
            &Constant::Bytes(b"a".to_vec())
        ));
        assert!(py_eq(&Constant::Float(1.5), &Constant::Float(1.5)));
    }

    #[test]
    fn reprs_match_cpython() {
        let cases = [
            (Constant::Float(1e20), "1e+20"),
            (Constant::Float(1e-7), "1e-07"),
            (Constant::Float(1e16), "1e+16"),
            (Constant::Float(1e15), "1000000000000000.0"),
            (Constant::Float(0.0001), "0.0001"),
            (Constant::Float(1.5), "1.5"),
            (Constant::Float(-0.0), "-0.0"),
            (Constant::Float(123.456), "123.456"),
            (Constant::Complex(0.0, 2.0), "2j"),
            (Constant::Complex(1.0, -2.0), "(1-2j)"),
            (Constant::Complex(-1.5, 0.0), "(-1.5+0j)"),
            (Constant::Str("it's".into()), "\"it's\""),
            (Constant::Str("a\n\x01".into()), "'a\\n\\x01'"),
            (Constant::Bytes(b"a'\xff".to_vec()), "b\"a'\\xff\""),
            (
                Constant::StrWithSurrogates(vec![0x61, 0xd800]),
                "'a\\ud800'",
            ),
            (Constant::True, "True"),
        ];
        for (c, want) in cases {
            assert_eq!(py_repr(&c), want, "{c:?}");
        }
    }
}
