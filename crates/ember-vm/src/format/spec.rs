//! The format-spec mini-language and `__format__` of int, float, str and complex: a
//! port of CPython 3.11's Python/formatter_unicode.c.
//!
//! [`parse_spec`] is `parse_internal_render_format_spec` minus the parts that depend on
//! the object's type (the default alignment and type, and with it the check of `,`/`_`
//! against the type); each `format_*` applies those first, so errors come in CPython's
//! order. The padding and grouping of numbers is in `layout.rs`.
//!
//! Error messages name the object's type: `int`, `float`, `str` or `complex` unless
//! [`FormatSpec::type_name`] says otherwise (for `bool` and subclasses). A spec with
//! trailing garbage parses, but every `format_*` then fails with CPython's "Invalid format
//! specifier" message, before any other check, as CPython's parser would.
//!
//! An empty spec means `str(obj)`: these functions give the right answer for exact
//! int/float/str/complex, but for a subclass the VM must call its `__str__` instead.

use num_bigint::{BigInt, Sign as BigSign};
use num_traits::ToPrimitive;

use super::float_repr::{double_to_string, FloatFormat};
use super::int_to_str::int_to_decimal_string;
use super::layout::{padding, reserve, write_number, Layout, NumberParts};
use super::str_repr::unicode_decimal_value;
use super::FormatError;

/// Where padding goes: `<`, `>`, `^`, or `=` (between the sign and the digits).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
    AfterSign,
}

/// The sign option: `+` (always), `-` (negatives only, the default), ` ` (space for
/// non-negatives).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    Plus,
    Minus,
    Space,
}

/// The thousands separator option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// `,`: every three digits, for decimal types only.
    Comma,
    /// `_`: every three digits, or every four for `b o x X`.
    Underscore,
}

/// A parsed format spec:
/// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// `type(obj).__name__` for error messages, when it is not the builtin type the
    /// `format_*` function is for (`bool`, subclasses).
    pub type_name: Option<String>,
    /// The fill character, when given together with an alignment.
    pub fill: Option<char>,
    pub align: Option<Align>,
    pub sign: Option<Sign>,
    /// `z`: coerce negative zero to positive (floats only).
    pub no_neg_0: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// The `0` before the width when no fill was given: fill with `0` and, for numbers
    /// without an explicit alignment, pad after the sign.
    pub zero_pad: bool,
    pub width: Option<usize>,
    pub grouping: Option<Grouping>,
    pub precision: Option<usize>,
    /// The presentation type; `None` when omitted.
    pub ty: Option<char>,
    /// The whole spec when more than one character followed the precision: the error
    /// "Invalid format specifier" needs the type name, so `format_*` raises it.
    invalid: Option<String>,
}

impl FormatSpec {
    /// The type name for messages: [`FormatSpec::type_name`] or the builtin's name.
    fn name<'a>(&'a self, builtin: &'a str) -> &'a str {
        truncated_name(self.type_name.as_deref().unwrap_or(builtin))
    }

    /// Fails if the spec had trailing garbage; then the type's grouping check.
    /// Returns the group size: 3, or 4 for `_` with `b o x X`.
    fn check(&self, builtin: &str, ty: char) -> Result<usize, FormatError> {
        if let Some(spec) = &self.invalid {
            return Err(FormatError::value(format!(
                "Invalid format specifier '{spec}' for object of type '{}'",
                self.name(builtin)
            )));
        }
        check_grouping(self, ty)
    }
}

/// Parses a format spec. The errors that need the object's type come from the
/// `format_*` functions.
pub fn parse_spec(spec: &str) -> Result<FormatSpec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let at = |i: usize| chars.get(i).copied();
    let mut out = FormatSpec::default();
    let mut pos = 0;

    if let Some(align) = at(1).and_then(align_of) {
        out.fill = Some(chars[0]);
        out.align = Some(align);
        pos = 2;
    } else if let Some(align) = at(0).and_then(align_of) {
        out.align = Some(align);
        pos = 1;
    }
    out.sign = match at(pos) {
        Some('+') => Some(Sign::Plus),
        Some('-') => Some(Sign::Minus),
        Some(' ') => Some(Sign::Space),
        _ => None,
    };
    if out.sign.is_some() {
        pos += 1;
    }
    if at(pos) == Some('z') {
        out.no_neg_0 = true;
        pos += 1;
    }
    if at(pos) == Some('#') {
        out.alternate = true;
        pos += 1;
    }
    if out.fill.is_none() && at(pos) == Some('0') {
        out.zero_pad = true;
        pos += 1;
    }
    let (width, consumed) = get_integer(&chars, &mut pos)?;
    if consumed > 0 {
        out.width = Some(width);
    }
    if at(pos) == Some(',') {
        out.grouping = Some(Grouping::Comma);
        pos += 1;
    }
    if at(pos) == Some('_') {
        if out.grouping.is_some() {
            return Err(comma_and_underscore());
        }
        out.grouping = Some(Grouping::Underscore);
        pos += 1;
    }
    if at(pos) == Some(',') && out.grouping == Some(Grouping::Underscore) {
        return Err(comma_and_underscore());
    }
    if at(pos) == Some('.') {
        pos += 1;
        let (precision, consumed) = get_integer(&chars, &mut pos)?;
        if consumed == 0 {
            return Err(FormatError::value("Format specifier missing precision"));
        }
        out.precision = Some(precision);
    }
    if end - pos > 1 {
        out.invalid = Some(spec.to_owned());
        return Ok(out);
    }
    out.ty = at(pos);
    Ok(out)
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Reads a run of (Unicode) decimal digits as CPython's `get_integer`: the value and the
/// number of digits read; more than `isize::MAX` is an error.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<(usize, usize), FormatError> {
    let mut acc: usize = 0;
    let mut n = 0;
    while let Some(d) = chars.get(*pos).and_then(|&c| unicode_decimal_value(c)) {
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d as usize))
            .filter(|&a| a <= isize::MAX as usize)
            .ok_or_else(|| FormatError::value("Too many decimal digits in format string"))?;
        *pos += 1;
        n += 1;
    }
    Ok((acc, n))
}

#[cold]
fn comma_and_underscore() -> FormatError {
    FormatError::value("Cannot specify both ',' and '_'.")
}

/// CPython prints type names with "%.200s".
fn truncated_name(name: &str) -> &str {
    match name.char_indices().nth(200) {
        Some((i, _)) => &name[..i],
        None => name,
    }
}

/// How a presentation type is written in error messages (`'q'`, `'\x1'`).
fn type_char_for_msg(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

#[cold]
#[inline(never)]
fn unknown_type(ty: char, type_name: &str) -> FormatError {
    FormatError::value(format!(
        "Unknown format code '{}' for object of type '{}'",
        type_char_for_msg(ty),
        type_name
    ))
}

/// The type-dependent part of parsing: the type after defaulting, and the grouping
/// separator checked against it (`Cannot specify ',' with 's'.`). Returns the group
/// size: 3, or 4 for `_` with `b o x X`.
fn check_grouping(spec: &FormatSpec, ty: char) -> Result<usize, FormatError> {
    let Some(grouping) = spec.grouping else {
        return Ok(3);
    };
    match ty {
        'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Ok(3),
        'b' | 'o' | 'x' | 'X' if grouping == Grouping::Underscore => Ok(4),
        _ => Err(FormatError::value(format!(
            "Cannot specify '{}' with '{}'.",
            if grouping == Grouping::Comma {
                ','
            } else {
                '_'
            },
            type_char_for_msg(ty)
        ))),
    }
}

/// Fill and alignment after applying the `0` flag and the type's default alignment.
fn fill_and_align(spec: &FormatSpec, numeric: bool) -> (char, Align) {
    let fill = spec.fill.unwrap_or(if spec.zero_pad { '0' } else { ' ' });
    let align = spec.align.unwrap_or(match (numeric, spec.zero_pad) {
        (true, true) => Align::AfterSign,
        (true, false) => Align::Right,
        (false, _) => Align::Left,
    });
    (fill, align)
}

/// `format(v, spec)` for an int.
pub fn format_int(v: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    match v.to_i64() {
        Some(small) => format_i64(small, spec),
        None => format_int_value(IntValue::Big(v), spec),
    }
}

/// `format(v, spec)` for an int that fits in an `i64`.
pub fn format_i64(v: i64, spec: &FormatSpec) -> Result<String, FormatError> {
    format_int_value(IntValue::Small(v), spec)
}

#[derive(Clone, Copy)]
enum IntValue<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntValue<'_> {
    fn is_negative(self) -> bool {
        match self {
            IntValue::Small(v) => v < 0,
            IntValue::Big(v) => v.sign() == BigSign::Minus,
        }
    }

    /// The digits of |v| in `radix` (lower case); decimal is subject to the digit limit.
    fn magnitude_digits(self, radix: u32) -> Result<String, FormatError> {
        match self {
            IntValue::Small(v) => {
                let m = v.unsigned_abs();
                Ok(match radix {
                    2 => format!("{m:b}"),
                    8 => format!("{m:o}"),
                    16 => format!("{m:x}"),
                    _ => m.to_string(),
                })
            }
            IntValue::Big(v) if radix == 10 => {
                let mut s = int_to_decimal_string(v)?;
                if s.starts_with('-') {
                    s.remove(0);
                }
                Ok(s)
            }
            IntValue::Big(v) => Ok(v.magnitude().to_str_radix(radix)),
        }
    }

    /// `float(v)`, failing as CPython does for ints beyond the float range.
    fn to_f64(self) -> Result<f64, FormatError> {
        let f = match self {
            IntValue::Small(v) => v as f64,
            // num-bigint keeps a sticky bit below the top 64, so this rounds correctly.
            IntValue::Big(v) => v.to_f64().unwrap_or(f64::INFINITY),
        };
        if f.is_infinite() {
            return Err(FormatError::overflow("int too large to convert to float"));
        }
        Ok(f)
    }
}

/// `_PyLong_FormatAdvancedWriter` and `format_long_internal`.
fn format_int_value(v: IntValue, spec: &FormatSpec) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('d');
    let group = spec.check("int", ty)?;
    let radix = match ty {
        'b' => 2,
        'o' => 8,
        'x' | 'X' => 16,
        'd' | 'n' | 'c' => 10,
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            return format_float_value(v.to_f64()?, spec, ty);
        }
        _ => return Err(unknown_type(ty, spec.name("int"))),
    };
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_0 {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let (fill, align) = fill_and_align(spec, true);
    let layout = Layout {
        fill,
        align,
        sign: spec.sign,
        width: spec.width.unwrap_or(0),
        separator: match (spec.grouping, ty) {
            (_, 'n') | (None, _) => None,
            (Some(Grouping::Comma), _) => Some((',', group)),
            (Some(Grouping::Underscore), _) => Some(('_', group)),
        },
    };
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(FormatError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let code = match v {
            IntValue::Small(v) => v,
            IntValue::Big(_) => {
                return Err(FormatError::overflow(
                    "Python int too large to convert to C long",
                ))
            }
        };
        let c = u32::try_from(code)
            .ok()
            .filter(|&c| c < 0x110000)
            .ok_or_else(|| FormatError::overflow("%c arg not in range(0x110000)"))?;
        // A Rust string cannot hold a lone surrogate: U+FFFD stands in for it here, and
        // the VM, whose strs can, places the code point itself with `char_padding`.
        let c = char::from_u32(c).unwrap_or('\u{fffd}');
        let mut buf = [0u8; 4];
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            decimal: false,
            remainder: c.encode_utf8(&mut buf),
        };
        return write_number(&parts, &layout);
    }
    let mut digits = v.magnitude_digits(radix)?;
    let mut prefix = match (spec.alternate, radix) {
        (true, 2) => "0b",
        (true, 8) => "0o",
        (true, 16) => "0x",
        _ => "",
    };
    if ty == 'X' {
        digits.make_ascii_uppercase();
        if spec.alternate {
            prefix = "0X";
        }
    }
    let parts = NumberParts {
        negative: v.is_negative(),
        prefix,
        digits: &digits,
        decimal: false,
        remainder: "",
    };
    write_number(&parts, &layout)
}

/// `format(x, spec)` for a float.
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('\0');
    spec.check("float", ty)?;
    match ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => format_float_value(x, spec, ty),
        _ => Err(unknown_type(ty, spec.name("float"))),
    }
}

/// The `FloatFormat` for a float or complex part: `format_float_internal`'s and
/// `format_complex_internal`'s shared mapping of the type and precision.
fn float_format(spec: &FormatSpec, ty: char, add_dot_0: bool) -> Result<FloatFormat, FormatError> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::value("precision too big"));
    }
    let mut fmt = FloatFormat::new(ty, spec.precision);
    fmt.alternate = spec.alternate;
    fmt.no_neg_0 = spec.no_neg_0;
    if ty == '\0' {
        // Omitted type: repr without a precision, else 'g' (for floats with at least
        // one digit after the point).
        fmt.add_dot_0 = add_dot_0;
        fmt.kind = if spec.precision.is_some() { 'g' } else { 'r' };
    }
    Ok(fmt)
}

/// `format_float_internal` for a value already converted to float.
fn format_float_value(x: f64, spec: &FormatSpec, ty: char) -> Result<String, FormatError> {
    let fmt = float_format(spec, ty, true)?;
    let text = double_to_string(x, &fmt);
    let (fill, align) = fill_and_align(spec, true);
    let layout = Layout {
        fill,
        align,
        sign: spec.sign,
        width: spec.width.unwrap_or(0),
        separator: match (spec.grouping, ty) {
            (_, 'n') | (None, _) => None,
            (Some(Grouping::Comma), _) => Some((',', 3)),
            (Some(Grouping::Underscore), _) => Some(('_', 3)),
        },
    };
    write_number(&NumberParts::split(&text), &layout)
}

/// `format(s, spec)` for a str: precision truncates, width and precision count
/// characters (code points).
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, FormatError> {
    let (pad, keep) = str_padding(s.chars().count(), spec)?;
    let text = match s.char_indices().nth(keep) {
        Some((cut, _)) => &s[..cut],
        None => s,
    };
    let mut out = String::new();
    reserve(
        &mut out,
        text.len() + (pad.left + pad.right) * pad.fill.len_utf8(),
    )?;
    out.extend(std::iter::repeat_n(pad.fill, pad.left));
    out.push_str(text);
    out.extend(std::iter::repeat_n(pad.fill, pad.right));
    Ok(out)
}

/// Padding around a formatted text: `left` and `right` copies of `fill`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Padding {
    pub fill: char,
    pub left: usize,
    pub right: usize,
}

/// The padding of `format(v, spec)` for an int with the `c` type, once `format_int`
/// has accepted the spec: for a caller that places the character itself.
pub fn char_padding(spec: &FormatSpec) -> Padding {
    let (fill, align) = fill_and_align(spec, true);
    let n = spec.width.unwrap_or(0).saturating_sub(1);
    let (left, right) = match align {
        Align::Left => (0, n),
        Align::Center => (n / 2, n - n / 2),
        Align::Right | Align::AfterSign => (n, 0),
    };
    Padding { fill, left, right }
}

/// `format(s, spec)` for a str of `len` characters: the padding and how many of the
/// characters to keep (the precision).
pub fn str_padding(len: usize, spec: &FormatSpec) -> Result<(Padding, usize), FormatError> {
    let ty = spec.ty.unwrap_or('s');
    spec.check("str", ty)?;
    if ty != 's' {
        return Err(unknown_type(ty, spec.name("str")));
    }
    match spec.sign {
        Some(Sign::Space) => {
            return Err(FormatError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(FormatError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.no_neg_0 {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    let (fill, align) = fill_and_align(spec, false);
    if align == Align::AfterSign {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let keep = spec.precision.map_or(len, |p| p.min(len));
    let (left, right) = padding(keep, spec.width.unwrap_or(0), align);
    Ok((Padding { fill, left, right }, keep))
}

/// `format(complex(re, im), spec)`.
pub fn format_complex(re: f64, im: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('\0');
    spec.check("complex", ty)?;
    if !matches!(ty, '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
        return Err(unknown_type(ty, spec.name("complex")));
    }
    let fmt = float_format(spec, ty, false)?;
    let (fill, align) = fill_and_align(spec, true);
    if fill == '0' {
        return Err(FormatError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if align == Align::AfterSign {
        return Err(FormatError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    // Without a type, like str(): the real part is dropped when it is +0.0, else the
    // result is in parentheses.
    let skip_re = ty == '\0' && re == 0.0 && re.is_sign_positive();
    let parens = ty == '\0' && !skip_re;
    let separator = match (spec.grouping, ty) {
        (_, 'n') | (None, _) => None,
        (Some(Grouping::Comma), _) => Some((',', 3)),
        (Some(Grouping::Underscore), _) => Some(('_', 3)),
    };
    // Each part is laid out unpadded; the padding goes around the whole.
    let part_layout = |sign| Layout {
        fill: '\0',
        align: Align::Left,
        sign,
        width: 0,
        separator,
    };
    let re_text = double_to_string(re, &fmt);
    let im_text = double_to_string(im, &fmt);
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&write_number(
            &NumberParts::split(&re_text),
            &part_layout(spec.sign),
        )?);
    }
    let im_sign = if skip_re { spec.sign } else { Some(Sign::Plus) };
    body.push_str(&write_number(
        &NumberParts::split(&im_text),
        &part_layout(im_sign),
    )?);
    body.push('j');
    if parens {
        body.push(')');
    }
    let (lpad, rpad) = padding(body.chars().count(), spec.width.unwrap_or(0), align);
    let mut out = String::new();
    reserve(&mut out, body.len() + (lpad + rpad) * fill.len_utf8())?;
    out.extend(std::iter::repeat_n(fill, lpad));
    out.push_str(&body);
    out.extend(std::iter::repeat_n(fill, rpad));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::{float_repr, testdata, ErrorKind};

    fn fmt_i(v: i64, spec: &str) -> Result<String, FormatError> {
        format_i64(v, &parse_spec(spec)?)
    }

    fn fmt_f(x: f64, spec: &str) -> Result<String, FormatError> {
        format_float(x, &parse_spec(spec)?)
    }

    #[test]
    fn brief_examples() {
        assert_eq!(fmt_f(1e16, "").unwrap(), "1e+16");
        assert_eq!(fmt_f(1.0, "").unwrap(), "1.0");
        assert_eq!(fmt_f(1.5, ".3").unwrap(), "1.5");
        assert_eq!(fmt_f(123.0, ".3").unwrap(), "1.23e+02");
        assert_eq!(fmt_f(0.1, "10.2%").unwrap(), "    10.00%");
        assert_eq!(fmt_f(-0.0, "z.1f").unwrap(), "0.0");
        assert_eq!(fmt_i(1234, "010,").unwrap(), "00,001,234");
        assert_eq!(fmt_i(-255, "#x").unwrap(), "-0xff");
        assert_eq!(fmt_i(255, "#_b").unwrap(), "0b1111_1111");
        assert_eq!(fmt_i(65, "^5c").unwrap(), "  A  ");
        assert_eq!(
            fmt_i(1, "q").unwrap_err().msg,
            "Unknown format code 'q' for object of type 'int'"
        );
        assert_eq!(
            fmt_i(1, "+c").unwrap_err().msg,
            "Sign not allowed with integer format specifier 'c'"
        );
        let err = fmt_i(-1, "c").unwrap_err();
        assert_eq!(err.kind, ErrorKind::OverflowError);
        assert_eq!(err.msg, "%c arg not in range(0x110000)");
        let s = |v: &str, spec: &str| format_str(v, &parse_spec(spec)?);
        assert_eq!(s("héllo", "*^9.3").unwrap(), "***hél***");
        assert_eq!(s("ab", "05").unwrap(), "ab000");
        assert_eq!(s("a", ",").unwrap_err().msg, "Cannot specify ',' with 's'.");
        assert_eq!(
            s("a", "=").unwrap_err().msg,
            "'=' alignment not allowed in string format specifier"
        );
        let c = |re, im, spec: &str| format_complex(re, im, &parse_spec(spec)?);
        assert_eq!(c(1.0, 2.0, "").unwrap(), "(1+2j)");
        assert_eq!(c(0.0, 1.0, "+").unwrap(), "+1j");
        assert_eq!(c(1.0, -2.0, ">12.2f").unwrap(), "  1.00-2.00j");
        assert_eq!(
            parse_spec(".").unwrap_err().msg,
            "Format specifier missing precision"
        );
    }

    /// `format(value, spec)` for every record of `testdata/format_spec.txt`.
    #[test]
    fn format_matches_cpython_recorded() {
        let mut checked = 0;
        for fields in testdata::records(testdata::FORMAT_SPEC) {
            let [what, value, spec_text, kind, want] = &fields[..] else {
                panic!("bad record {fields:?}");
            };
            let got = parse_spec(spec_text).and_then(|spec| match what.as_str() {
                "int" => {
                    let v: BigInt = value.parse().unwrap();
                    let got = format_int(&v, &spec);
                    if let Ok(small) = i64::try_from(&v) {
                        assert_eq!(format_i64(small, &spec), got, "format_i64({small})");
                    }
                    got
                }
                "float" => format_float(value.parse().unwrap(), &spec),
                "str" => format_str(value, &spec),
                "complex" => {
                    let (re, im) = value.split_once(',').unwrap();
                    format_complex(re.parse().unwrap(), im.parse().unwrap(), &spec)
                }
                _ => panic!("bad kind {what}"),
            });
            let context = format!("format({what} {value}, {spec_text:?})");
            match got {
                Ok(s) => {
                    assert_eq!(kind, "ok", "{context} gave {s:?}, want {kind}: {want}");
                    assert_eq!(&s, want, "{context}");
                }
                Err(e) => {
                    assert_eq!(&format!("{:?}", e.kind), kind, "{context}: {}", e.msg);
                    assert_eq!(&e.msg, want, "{context}");
                }
            }
            checked += 1;
        }
        assert!(checked > 5000, "only {checked} records");
    }

    #[test]
    fn type_name_in_messages() {
        let mut spec = parse_spec("q").unwrap();
        assert_eq!(
            format_i64(1, &spec).unwrap_err().msg,
            "Unknown format code 'q' for object of type 'int'"
        );
        spec.type_name = Some("bool".into());
        assert_eq!(
            format_i64(1, &spec).unwrap_err().msg,
            "Unknown format code 'q' for object of type 'bool'"
        );
        let mut spec = parse_spec("abc").unwrap();
        assert_eq!(
            format_str("x", &spec).unwrap_err().msg,
            "Invalid format specifier 'abc' for object of type 'str'"
        );
        spec.type_name = Some("MyStr".into());
        assert_eq!(
            format_str("x", &spec).unwrap_err().msg,
            "Invalid format specifier 'abc' for object of type 'MyStr'"
        );
        // The parser's own errors come first, as in CPython.
        assert_eq!(
            parse_spec(",_abc").unwrap_err().msg,
            "Cannot specify both ',' and '_'."
        );
        // Trailing garbage wins over the type checks that follow parsing.
        assert_eq!(
            format_i64(1, &parse_spec(",ss").unwrap()).unwrap_err().msg,
            "Invalid format specifier ',ss' for object of type 'int'"
        );
    }

    #[test]
    fn empty_spec_is_str() {
        for x in [0.1, 1e16, -0.0, f64::NAN, 1e-7] {
            assert_eq!(fmt_f(x, "").unwrap(), float_repr(x));
        }
        assert_eq!(fmt_i(i64::MIN, "").unwrap(), i64::MIN.to_string());
    }
}
