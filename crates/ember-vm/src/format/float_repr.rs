//! `repr(float)`, `repr(complex)` and CPython's `PyOS_double_to_string` (Python/pystrtod.c).
//!
//! CPython gets its digits from David Gay's `_Py_dg_dtoa` in three modes: 0 (shortest
//! round-trip), 2 (n significant digits) and 3 (n digits after the point), then lays them
//! out in `format_float_short`. Rust's float formatting is also correctly rounded (ties to
//! even on the exact binary value) and `{:e}` without a precision gives the shortest
//! round-trip digits, so [`dtoa`] builds the same `(digits, decpt)` pair from Rust's output
//! and [`format_float_short`] is a line-by-line port of the CPython layout code.

/// How [`double_to_string`] renders a float: CPython's `PyOS_double_to_string` arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FloatFormat {
    /// One of `e E f F g G % n r`. `r` is the shortest round-trip form (as `repr`, but the
    /// `.0` of integral values comes only from `add_dot_0`); `n` is `g` in the C locale;
    /// `%` multiplies by 100, formats as `f` and appends `%`.
    pub kind: char,
    /// Digits after the point (`e f %`) or significant digits (`g`); `None` means 6.
    /// Ignored for `r`.
    pub precision: Option<usize>,
    /// `#`: keep the decimal point and, for `g`, trailing zeros (`Py_DTSF_ALT`).
    pub alternate: bool,
    /// Always write a sign, `+` for positive values (`Py_DTSF_SIGN`).
    pub sign_plus: bool,
    /// Write integral values with a `.0` (`Py_DTSF_ADD_DOT_0`); for `g` this also moves
    /// the switch to exponent notation one digit earlier.
    pub add_dot_0: bool,
    /// `z`: render negative zero (after rounding) without its sign (`Py_DTSF_NO_NEG_0`).
    pub no_neg_0: bool,
}

impl FloatFormat {
    /// A format with the given kind and precision and every flag off.
    pub fn new(kind: char, precision: Option<usize>) -> Self {
        FloatFormat {
            kind,
            precision,
            alternate: false,
            sign_plus: false,
            add_dot_0: false,
            no_neg_0: false,
        }
    }
}

/// `repr(x)` for a float, exactly as CPython 3.11: shortest round-trip digits, exponent
/// notation below 1e-4 and from 1e16 on (`1e-05`, `1e+16`), `.0` on integral values.
pub fn float_repr(x: f64) -> String {
    let mut fmt = FloatFormat::new('r', None);
    fmt.add_dot_0 = true;
    double_to_string(x, &fmt)
}

/// `str(x)` for a float; the same as [`float_repr`] since Python 3.2.
pub fn float_str(x: f64) -> String {
    float_repr(x)
}

/// `repr(complex(re, im))`, as CPython 3.11's `complex_repr`: `1j`, `(1+2j)`, `(-0-1j)`,
/// `(nan+nanj)`. The real part is left out only when it is `+0.0`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let plain = FloatFormat::new('r', None);
    if re == 0.0 && re.is_sign_positive() {
        let mut s = double_to_string(im, &plain);
        s.push('j');
        s
    } else {
        let signed = FloatFormat {
            sign_plus: true,
            ..plain
        };
        format!(
            "({}{}j)",
            double_to_string(re, &plain),
            double_to_string(im, &signed)
        )
    }
}

/// CPython's `PyOS_double_to_string(x, kind, precision, flags)`, plus the `%` and `n`
/// kinds that `float.__format__` maps onto `f` and `g`. `inf`/`nan` are lower case except
/// for the upper-case kinds (`INF`, `NAN`); the sign of a NaN is never shown.
///
/// An unknown `kind` is treated as `r`: the kind is validated by the callers (the
/// format-spec parser and the `%` operator), as in CPython.
pub fn double_to_string(x: f64, fmt: &FloatFormat) -> String {
    let mut x = x;
    let mut precision = fmt.precision.unwrap_or(6);
    let mut upper = false;
    let mut percent = false;
    let (code, mode) = match fmt.kind {
        'E' | 'e' => {
            upper = fmt.kind == 'E';
            precision += 1;
            ('e', Mode::Significant)
        }
        'F' | 'f' | '%' => {
            upper = fmt.kind == 'F';
            if fmt.kind == '%' {
                percent = true;
                x *= 100.0;
            }
            ('f', Mode::AfterPoint)
        }
        'G' | 'g' | 'n' => {
            upper = fmt.kind == 'G';
            // Precision 0 makes no sense for 'g': CPython reads it as 1.
            precision = precision.max(1);
            ('g', Mode::Significant)
        }
        _ => {
            precision = 0;
            ('r', Mode::Shortest)
        }
    };
    let mut out = format_float_short(x, code, mode, precision, fmt, upper);
    if percent {
        out.push('%');
    }
    out
}

/// Which `_Py_dg_dtoa` mode to imitate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Mode 0: the shortest digit string that round-trips.
    Shortest,
    /// Mode 2: `ndigits` significant digits, correctly rounded.
    Significant,
    /// Mode 3: `ndigits` digits after the decimal point, correctly rounded.
    AfterPoint,
}

/// The digits of a finite, non-negative `x` in the given mode, as `_Py_dg_dtoa` returns
/// them: no leading or trailing zeros (zero itself is `"0"`), and `decpt` such that the
/// value is `0.<digits> * 10**decpt`.
fn dtoa(x: f64, mode: Mode, ndigits: usize) -> (Vec<u8>, i64) {
    debug_assert!(x.is_finite() && x >= 0.0);
    if x == 0.0 {
        return (vec![b'0'], 1);
    }
    let (mut digits, decpt) = match mode {
        Mode::Shortest => {
            // Rust's shortest digits can break a tie between two equally close shortest
            // strings upwards (597062959112991.25 gives ...1.3), where `_Py_dg_dtoa`
            // takes the correctly rounded, ties-to-even one (...1.2). So use the
            // correctly rounded string of the same length whenever it round-trips.
            let shortest = format!("{x:e}");
            let n = shortest.find('e').expect("{:e} output has an exponent")
                - usize::from(shortest.contains('.'));
            let rounded = format!("{:.*e}", n - 1, x);
            if rounded != shortest && rounded.parse::<f64>() == Ok(x) {
                split_exponent(&rounded)
            } else {
                split_exponent(&shortest)
            }
        }
        Mode::Significant => split_exponent(&format!("{:.*e}", ndigits.max(1) - 1, x)),
        Mode::AfterPoint => {
            let s = format!("{x:.ndigits$}");
            let int_len = s.find('.').unwrap_or(s.len());
            let mut digits: Vec<u8> = s.bytes().filter(|&b| b != b'.').collect();
            let leading = digits.iter().take_while(|&&b| b == b'0').count();
            digits.drain(..leading);
            (digits, int_len as i64 - leading as i64)
        }
    };
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        // Rounded to zero (mode 3 only); `_Py_dg_dtoa` returns no digits, but "0" with
        // decpt 1 lays out identically in every branch of `format_float_short`.
        return (vec![b'0'], 1);
    }
    (digits, decpt)
}

/// Splits Rust's `d.ddde<exp>` into the digit string and `decpt = exp + 1`.
fn split_exponent(s: &str) -> (Vec<u8>, i64) {
    let (mantissa, exp) = s
        .split_once('e')
        .expect("Rust's {:e} float output always contains 'e'");
    let exp: i64 = exp
        .parse()
        .expect("Rust's {:e} float output has a decimal exponent");
    let digits = mantissa.bytes().filter(|&b| b != b'.').collect();
    (digits, exp + 1)
}

/// Port of `format_float_short` (Python/pystrtod.c, 3.11): lays out the digits of `x`
/// for `code` in `e f g r` with the flags of `fmt`.
fn format_float_short(
    x: f64,
    code: char,
    mode: Mode,
    precision: usize,
    fmt: &FloatFormat,
    upper: bool,
) -> String {
    let mut out = String::new();
    if x.is_nan() {
        if fmt.sign_plus {
            out.push('+');
        }
        out.push_str(if upper { "NAN" } else { "nan" });
        return out;
    }
    let mut negative = x.is_sign_negative();
    if x.is_infinite() {
        if negative {
            out.push('-');
        } else if fmt.sign_plus {
            out.push('+');
        }
        out.push_str(if upper { "INF" } else { "inf" });
        return out;
    }
    let (digits, mut decpt) = dtoa(x.abs(), mode, precision);
    let digits_len = digits.len() as i64;
    if fmt.no_neg_0 && negative && digits == b"0" {
        negative = false;
    }
    let precision = precision as i64;

    // Output the slice vdigits[vdigits_start..vdigits_end] of the digits padded with
    // zeros on both sides, with the decimal point after vdigits[decpt - 1].
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if fmt.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if fmt.alternate {
                vdigits_end = precision;
            }
        }
        _ => {
            // repr switches to exponent notation at 1e16 (see CPython's comment:
            // repr(2e16+8) would otherwise show bogus padding zeros).
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && fmt.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };

    if negative {
        out.push('-');
    } else if fmt.sign_plus {
        out.push('+');
    }
    let push_zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let digits = std::str::from_utf8(&digits).expect("dtoa digits are ASCII");
    if decpt <= 0 {
        push_zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        push_zeros(&mut out, -decpt);
    } else {
        push_zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(digits);
    }
    if digits_len < decpt {
        push_zeros(&mut out, decpt - digits_len);
        out.push('.');
        push_zeros(&mut out, vdigits_end - decpt);
    } else {
        push_zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !fmt.alternate {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        // C's "%+.02d": sign always, at least two digits.
        out.push(if exp < 0 { '-' } else { '+' });
        let magnitude = exp.unsigned_abs();
        if magnitude < 10 {
            out.push('0');
        }
        out.push_str(&magnitude.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::testdata;

    #[test]
    fn repr_matches_cpython_examples() {
        let cases: &[(f64, &str)] = &[
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (1.5e300, "1.5e+300"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (-0.0, "-0.0"),
            (0.0, "0.0"),
            (100.0, "100.0"),
            (1e22, "1e+22"),
            (123456789012345.6, "123456789012345.6"),
            (0.0001, "0.0001"),
            (9999999999999998.0, "9999999999999998.0"),
            (0.1, "0.1"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "repr({x:?})");
            assert_eq!(float_str(x), want, "str({x:?})");
        }
    }

    #[test]
    fn complex_repr_examples() {
        assert_eq!(complex_repr(0.0, 1.0), "1j");
        assert_eq!(complex_repr(1.0, 2.0), "(1+2j)");
        assert_eq!(complex_repr(-0.0, -1.0), "(-0-1j)");
        assert_eq!(complex_repr(0.0, -0.0), "-0j");
        assert_eq!(complex_repr(1.5, f64::INFINITY), "(1.5+infj)");
        assert_eq!(complex_repr(f64::NAN, f64::NAN), "(nan+nanj)");
        assert_eq!(complex_repr(1e16, -1e-5), "(1e+16-1e-05j)");
    }

    #[test]
    fn double_to_string_flags() {
        let mut fmt = FloatFormat::new('g', Some(3));
        assert_eq!(double_to_string(1234.5, &fmt), "1.23e+03");
        fmt.alternate = true;
        assert_eq!(double_to_string(1.0, &fmt), "1.00");
        let mut fmt = FloatFormat::new('f', Some(1));
        fmt.no_neg_0 = true;
        assert_eq!(double_to_string(-0.04, &fmt), "0.0");
        fmt.sign_plus = true;
        assert_eq!(double_to_string(-0.04, &fmt), "+0.0");
        assert_eq!(double_to_string(f64::NAN, &fmt), "+nan");
        let fmt = FloatFormat::new('%', Some(1));
        assert_eq!(double_to_string(0.125, &fmt), "12.5%");
        let fmt = FloatFormat::new('E', None);
        assert_eq!(double_to_string(f64::INFINITY, &fmt), "INF");
        assert_eq!(double_to_string(12345.0, &fmt), "1.234500E+04");
    }

    /// `'%' % x` for every (conversion, value) pair in `testdata/double_to_string.txt`,
    /// recorded from CPython's printf-style formatting, which calls
    /// `PyOS_double_to_string` directly.
    #[test]
    fn double_to_string_matches_cpython_printf() {
        let mut checked = 0;
        for fields in testdata::records(testdata::DOUBLE_TO_STRING) {
            let [kind, precision, alt, value, want] = &fields[..] else {
                panic!("bad record {fields:?}");
            };
            let mut fmt = FloatFormat::new(
                kind.chars().next().unwrap(),
                if precision.is_empty() {
                    None
                } else {
                    Some(precision.parse().unwrap())
                },
            );
            fmt.alternate = alt == "1";
            let x: f64 = value.parse().unwrap();
            assert_eq!(
                &double_to_string(x, &fmt),
                want,
                "'%{}{}{}' % {value}",
                if fmt.alternate { "#" } else { "" },
                if precision.is_empty() {
                    String::new()
                } else {
                    format!(".{precision}")
                },
                kind
            );
            checked += 1;
        }
        assert!(checked > 1000, "only {checked} records");
    }

    #[test]
    fn repr_matches_cpython_recorded() {
        let mut checked = 0;
        for fields in testdata::records(testdata::FLOAT_REPR) {
            let [value, want] = &fields[..] else {
                panic!("bad record {fields:?}");
            };
            let x = f64::from_bits(u64::from_str_radix(value, 16).unwrap());
            assert_eq!(&float_repr(x), want, "repr of bits {value}");
            checked += 1;
        }
        assert!(checked > 1000, "only {checked} records");
    }
}
