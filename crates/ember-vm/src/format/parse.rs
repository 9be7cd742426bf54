//! `int(s, base)` and `float(s)` for str and bytes arguments, ports of CPython 3.11's
//! `PyLong_FromUnicodeObject` / `PyLong_FromString` (Objects/longobject.c) and
//! `PyFloat_FromString` / `_Py_string_to_number_with_underscores` (Objects/floatobject.c,
//! Python/pystrtod.c).
//!
//! Both first map a str onto ASCII as `_PyUnicode_TransformDecimalAndSpaceToASCII` does
//! (Unicode decimal digits to `0-9`, Unicode spaces to ` `, anything else non-ASCII ends
//! the text with a `?`), then parse bytes. Float digits are converted by Rust's
//! correctly rounded `f64::from_str`, whose grammar (after CPython's whitespace and
//! underscore handling) is the one `_Py_dg_strtod` and `_Py_parse_inf_or_nan` accept.

use num_bigint::{BigInt, BigUint, Sign};

use super::int_to_str::{int_max_str_digits, INT_MAX_STR_DIGITS_THRESHOLD};
use super::str_repr::{str_repr, unicode_decimal_value, unicode_is_space};
use super::FormatError;

/// The value of a parsed int literal: machine-sized when it fits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParsedInt {
    Small(i64),
    Big(BigInt),
}

impl ParsedInt {
    /// The value as a `BigInt`, whichever representation it has.
    pub fn into_bigint(self) -> BigInt {
        match self {
            ParsedInt::Small(v) => BigInt::from(v),
            ParsedInt::Big(v) => v,
        }
    }

    fn from_bigint(v: BigInt) -> Self {
        match i64::try_from(&v) {
            Ok(small) => ParsedInt::Small(small),
            Err(_) => ParsedInt::Big(v),
        }
    }
}

/// `int(s, base)` for a str: surrounding whitespace, a sign, single underscores between
/// digits, the `0x`/`0o`/`0b` prefix of the base (detected when `base` is 0, where a
/// non-zero number may not start with `0`), Unicode digits and spaces, and the
/// decimal-digit limit of `sys.set_int_max_str_digits` for bases that are not powers
/// of two. `base` must be 0 or 2..=36, else the error is CPython's.
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, FormatError> {
    parse_int_small(s, base).map(ParsedInt::into_bigint)
}

/// [`parse_int`], giving an `i64` without allocating when the value fits.
pub fn parse_int_small(s: &str, base: u32) -> Result<ParsedInt, FormatError> {
    check_base(base)?;
    let ascii = transform_decimal_and_space_to_ascii(s);
    long_from_string(&ascii, base).map_err(|failure| match failure {
        IntFailure::Invalid => invalid_int_literal(base, &str_repr(s)),
        IntFailure::TooManyDigits(err) => err,
    })
}

/// `int(b, base)` for a bytes-like argument: as [`parse_int_small`], on ASCII only,
/// with `b'...'` in the error message.
pub fn parse_int_bytes(b: &[u8], base: u32) -> Result<ParsedInt, FormatError> {
    check_base(base)?;
    long_from_string(b, base).map_err(|failure| match failure {
        IntFailure::Invalid => invalid_int_literal(base, &bytes_repr(&b[..b.len().min(200)])),
        IntFailure::TooManyDigits(err) => err,
    })
}

/// `float(s)` for a str: surrounding whitespace, a sign, decimal digits with single
/// underscores between them, an optional exponent, or `inf`/`infinity`/`nan` in any
/// case. Out-of-range values become `inf` or `0.0` as in CPython.
pub fn parse_float(s: &str) -> Result<f64, FormatError> {
    let ascii = transform_decimal_and_space_to_ascii(s);
    float_from_string(&ascii).ok_or_else(|| invalid_float_literal(&str_repr(s)))
}

/// `float(b)` for a bytes-like argument: as [`parse_float`], on ASCII only.
pub fn parse_float_bytes(b: &[u8]) -> Result<f64, FormatError> {
    float_from_string(b).ok_or_else(|| invalid_float_literal(&bytes_repr(b)))
}

fn check_base(base: u32) -> Result<(), FormatError> {
    if base == 0 || (2..=36).contains(&base) {
        Ok(())
    } else {
        Err(FormatError::value(
            "int() base must be >= 2 and <= 36, or 0",
        ))
    }
}

#[cold]
#[inline(never)]
pub fn invalid_int_literal(base: u32, repr: &str) -> FormatError {
    // CPython formats with "%.200R": the repr cut to 200 characters.
    let repr: String = repr.chars().take(200).collect();
    FormatError::value(format!(
        "invalid literal for int() with base {base}: {repr}"
    ))
}

#[cold]
#[inline(never)]
pub fn invalid_float_literal(repr: &str) -> FormatError {
    FormatError::value(format!("could not convert string to float: {repr}"))
}

/// `repr(b)` for bytes: `b'...'` with the same quote choice as str and `\x..` for bytes
/// outside printable ASCII.
fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::from("b");
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: ASCII below DEL is kept, Unicode
/// spaces become ` `, Unicode decimal digits their ASCII digit; any other character is
/// replaced by `?` and ends the text (it cannot parse anyway).
fn transform_decimal_and_space_to_ascii(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 0x7F {
            out.push(c as u8);
        } else if unicode_is_space(c) {
            out.push(b' ');
        } else if let Some(d) = unicode_decimal_value(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

/// C's `isspace` in the C locale (`Py_ISSPACE`).
fn is_ascii_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// `_PyLong_DigitValue`: 0-35 for `0-9a-zA-Z`, 37 for anything else.
fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => u32::from(c - b'0'),
        b'a'..=b'z' => u32::from(c - b'a') + 10,
        b'A'..=b'Z' => u32::from(c - b'A') + 10,
        _ => 37,
    }
}

enum IntFailure {
    /// The text is not an int literal: "invalid literal for int() ...".
    Invalid,
    /// Too many digits for `sys.get_int_max_str_digits()`; the message is final.
    TooManyDigits(FormatError),
}

/// Port of `PyLong_FromString`, requiring the whole of `s` to be consumed.
fn long_from_string(s: &[u8], base: u32) -> Result<ParsedInt, IntFailure> {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while i < s.len() && is_ascii_space(s[i]) {
        i += 1;
    }
    let mut negative = false;
    if at(i) == b'+' {
        i += 1;
    } else if at(i) == b'-' {
        negative = true;
        i += 1;
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = match (at(i), at(i + 1).to_ascii_lowercase()) {
            (b'0', b'x') => 16,
            (b'0', b'o') => 8,
            (b'0', b'b') => 2,
            (b'0', _) => {
                // An "old" C-style octal literal, now invalid, unless it is zero.
                error_if_nonzero = true;
                10
            }
            _ => 10,
        };
    }
    if at(i) == b'0'
        && matches!(
            (base, at(i + 1).to_ascii_lowercase()),
            (16, b'x') | (8, b'o') | (2, b'b')
        )
    {
        i += 2;
        // One underscore allowed after the prefix.
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(IntFailure::Invalid);
    }

    // Scan digits and single underscores between them.
    let start = i;
    let mut digits: Vec<u8> = Vec::new();
    let mut prev = 0u8;
    while i < s.len() && (digit_value(s[i]) < base || s[i] == b'_') {
        if s[i] == b'_' {
            if prev == b'_' {
                return Err(IntFailure::Invalid);
            }
        } else {
            digits.push(digit_value(s[i]) as u8);
        }
        prev = s[i];
        i += 1;
    }
    if prev == b'_' {
        return Err(IntFailure::Invalid);
    }
    if !base.is_power_of_two() && digits.len() > INT_MAX_STR_DIGITS_THRESHOLD {
        let limit = int_max_str_digits();
        if limit > 0 && digits.len() > limit {
            return Err(IntFailure::TooManyDigits(FormatError::value(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: \
                 value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                digits.len()
            ))));
        }
    }
    if i == start {
        return Err(IntFailure::Invalid);
    }
    while i < s.len() && is_ascii_space(s[i]) {
        i += 1;
    }
    if i != s.len() {
        return Err(IntFailure::Invalid);
    }

    let value = digits_to_int(&digits, base, negative);
    if error_if_nonzero && value != ParsedInt::Small(0) {
        return Err(IntFailure::Invalid);
    }
    Ok(value)
}

/// The integer with the given digit values (most significant first) in `base`.
fn digits_to_int(digits: &[u8], base: u32, negative: bool) -> ParsedInt {
    // Accumulate negatively so that i64::MIN fits.
    let mut acc: i64 = 0;
    let small = digits.iter().try_for_each(|&d| {
        acc = acc
            .checked_mul(i64::from(base))?
            .checked_sub(i64::from(d))?;
        Some(())
    });
    if small.is_some() {
        if negative {
            return ParsedInt::Small(acc);
        }
        if let Some(v) = acc.checked_neg() {
            return ParsedInt::Small(v);
        }
    }
    let magnitude =
        BigUint::from_radix_be(digits, base).expect("every digit was checked to be below the base");
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    ParsedInt::from_bigint(BigInt::from_biguint(sign, magnitude))
}

/// `_Py_string_to_number_with_underscores` around `float_from_string_inner`: `None`
/// when `s` is not a float literal.
fn float_from_string(s: &[u8]) -> Option<f64> {
    let owned;
    let s = if s.contains(&b'_') {
        owned = strip_underscores(s)?;
        &owned[..]
    } else {
        s
    };
    let start = s.iter().position(|&c| !is_ascii_space(c))?;
    let end = s.iter().rposition(|&c| !is_ascii_space(c))? + 1;
    let text = std::str::from_utf8(&s[start..end]).ok()?;
    // f64::from_str accepts exactly `_Py_dg_strtod`'s grammar plus the inf/nan
    // spellings of `_Py_parse_inf_or_nan`, but it does not skip NULs or spaces, which
    // is what we need here.
    text.parse::<f64>().ok()
}

/// Removes underscores as `_Py_string_to_number_with_underscores`: each must sit
/// between two digits; None when one does not.
pub fn strip_underscores(s: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    let mut prev = 0u8;
    for &c in s {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    if prev == b'_' {
        return None;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::testdata;
    use crate::format::ErrorKind;

    fn int_ok(s: &str, base: u32) -> BigInt {
        parse_int(s, base).unwrap()
    }

    fn int_err(s: &str, base: u32) -> String {
        parse_int(s, base).unwrap_err().msg
    }

    #[test]
    fn int_examples() {
        assert_eq!(parse_int_small(" -12 ", 10).unwrap(), ParsedInt::Small(-12));
        assert_eq!(int_ok("0x_1f", 0), BigInt::from(31));
        assert_eq!(int_ok("1_000", 0), BigInt::from(1000));
        assert_eq!(int_ok("000", 0), BigInt::from(0));
        assert_eq!(int_ok("\u{661}\u{662}", 10), BigInt::from(12));
        assert_eq!(int_ok("z", 36), BigInt::from(35));
        assert_eq!(
            parse_int_small("-9223372036854775808", 10).unwrap(),
            ParsedInt::Small(i64::MIN)
        );
        assert_eq!(
            int_ok("9223372036854775808", 10),
            BigInt::from(i64::MAX) + 1
        );
        assert_eq!(
            int_err("010", 0),
            "invalid literal for int() with base 0: '010'"
        );
        assert_eq!(
            int_err("x", 10),
            "invalid literal for int() with base 10: 'x'"
        );
        assert_eq!(int_err("1", 37), "int() base must be >= 2 and <= 36, or 0");
        assert_eq!(int_err("1", 1), "int() base must be >= 2 and <= 36, or 0");
        assert_eq!(
            parse_int_bytes(b"1x'", 10).unwrap_err().msg,
            "invalid literal for int() with base 10: b\"1x'\""
        );
        assert_eq!(parse_int_bytes(b" 0b11 ", 0).unwrap(), ParsedInt::Small(3));
    }

    #[test]
    fn float_examples() {
        assert_eq!(parse_float(" 1_0.5e1_0 ").unwrap(), 10.5e10);
        assert!(parse_float("-iNfInItY").unwrap().is_infinite());
        assert!(parse_float("nan").unwrap().is_nan());
        assert_eq!(parse_float("1e400").unwrap(), f64::INFINITY);
        assert_eq!(
            parse_float("1__0").unwrap_err().msg,
            "could not convert string to float: '1__0'"
        );
        assert_eq!(
            parse_float_bytes(b"\xff").unwrap_err().msg,
            "could not convert string to float: b'\\xff'"
        );
        assert_eq!(parse_float_bytes(b" 2.5 ").unwrap(), 2.5);
    }

    #[test]
    fn parse_matches_cpython_recorded() {
        let mut checked = 0;
        for fields in testdata::records(testdata::PARSE) {
            let [what, text, base, kind, want] = &fields[..] else {
                panic!("bad record {fields:?}");
            };
            let got = match what.as_str() {
                // The recorder printed str(int(...)), which has its own digit limit.
                "int" => match base.parse::<u32>() {
                    Ok(base) => {
                        parse_int(text, base).and_then(|v| crate::format::int_to_decimal_string(&v))
                    }
                    Err(_) => Err(FormatError::value(
                        "int() base must be >= 2 and <= 36, or 0",
                    )),
                },
                _ => parse_float(text).map(crate::format::float_repr),
            };
            match got {
                Ok(v) => {
                    assert_eq!(kind, "ok", "{what}({text:?}, {base}) gave {v}");
                    assert_eq!(&v, want, "{what}({text:?}, {base})");
                }
                Err(e) => {
                    assert_eq!(kind, "ValueError", "{what}({text:?}, {base}) failed");
                    assert_eq!(e.kind, ErrorKind::ValueError);
                    assert_eq!(&e.msg, want, "{what}({text:?}, {base})");
                }
            }
            checked += 1;
        }
        assert!(checked > 2000, "only {checked} records");
    }
}
