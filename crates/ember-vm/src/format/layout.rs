//! Laying out a formatted number or string in its field: sign, prefix, zero padding,
//! thousands grouping and fill. A port of `calc_padding`, `calc_number_widths`,
//! `fill_number` and `_PyUnicode_InsertThousandsGrouping` (Python/formatter_unicode.c,
//! Objects/unicodeobject.c) for the C locale: the decimal point is `.`, and `n` never
//! groups.
//!
//! The output is `<lpad><sign><prefix><spad><grouped digits><.><remainder><rpad>`, where
//! only one of the three paddings is non-empty; with `0` fill and `=` alignment the
//! padding becomes leading zeros of the digits instead, so that they are grouped too.

use super::spec::{Align, Sign};
use super::{ErrorKind, FormatError};

/// `calc_padding`: left and right padding to bring `len` characters to `width`.
pub(super) fn padding(len: usize, width: usize, align: Align) -> (usize, usize) {
    let total = width.max(len);
    let left = match align {
        Align::Right => total - len,
        Align::Center => (total - len) / 2,
        Align::Left | Align::AfterSign => 0,
    };
    (left, total - len - left)
}

/// Grows `out` for `additional` bytes, failing with MemoryError like CPython when the
/// requested width cannot be allocated.
pub(super) fn reserve(out: &mut String, additional: usize) -> Result<(), FormatError> {
    out.try_reserve_exact(additional).map_err(|_| FormatError {
        kind: ErrorKind::MemoryError,
        msg: String::new(),
    })
}

/// A number split as `parse_number` does: sign, prefix, integer digits, whether a
/// decimal point follows, and the rest (fraction, exponent, `%`, or the whole text of
/// `inf`/`nan` or of a `c` character).
pub(super) struct NumberParts<'a> {
    pub negative: bool,
    pub prefix: &'a str,
    pub digits: &'a str,
    pub decimal: bool,
    pub remainder: &'a str,
}

impl<'a> NumberParts<'a> {
    /// Splits the output of `double_to_string`.
    pub fn split(text: &'a str) -> Self {
        let (negative, rest) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let n_digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let (digits, after) = rest.split_at(n_digits);
        let (decimal, remainder) = match after.strip_prefix('.') {
            Some(r) => (true, r),
            None => (false, after),
        };
        NumberParts {
            negative,
            prefix: "",
            digits,
            decimal,
            remainder,
        }
    }
}

/// The resolved layout options of a number.
pub(super) struct Layout {
    pub fill: char,
    pub align: Align,
    pub sign: Option<Sign>,
    /// 0 when no width was given.
    pub width: usize,
    /// The thousands separator and the group size.
    pub separator: Option<(char, usize)>,
}

/// `calc_number_widths` + `fill_number`: writes
/// `<lpad><sign><prefix><spad><grouped digits><.><remainder><rpad>`.
pub(super) fn write_number(parts: &NumberParts, layout: &Layout) -> Result<String, FormatError> {
    let sign = match (parts.negative, layout.sign) {
        (true, _) => Some('-'),
        (false, Some(Sign::Plus)) => Some('+'),
        (false, Some(Sign::Space)) => Some(' '),
        (false, _) => None,
    };
    let remainder_len = parts.remainder.chars().count();
    let n_non_digit = usize::from(sign.is_some())
        + parts.prefix.len()
        + usize::from(parts.decimal)
        + remainder_len;
    // With '0' fill and '=' alignment the zeros become part of the digits, so that
    // they are grouped too ("00,001,234").
    let min_width = if layout.fill == '0' && layout.align == Align::AfterSign {
        layout.width.saturating_sub(n_non_digit)
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        insert_grouping(parts.digits, min_width, layout.separator)?
    };
    let grouped_len = grouped.chars().count();
    let n_padding = layout.width.saturating_sub(n_non_digit + grouped_len);
    let (lpad, spad, rpad) = match layout.align {
        Align::Left => (0, 0, n_padding),
        Align::Center => (n_padding / 2, 0, n_padding - n_padding / 2),
        Align::AfterSign => (0, n_padding, 0),
        Align::Right => (n_padding, 0, 0),
    };
    let mut out = String::new();
    reserve(
        &mut out,
        n_padding * layout.fill.len_utf8() + n_non_digit + parts.remainder.len() + grouped.len(),
    )?;
    out.extend(std::iter::repeat_n(layout.fill, lpad));
    out.extend(sign);
    out.push_str(parts.prefix);
    out.extend(std::iter::repeat_n(layout.fill, spad));
    out.push_str(&grouped);
    if parts.decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    out.extend(std::iter::repeat_n(layout.fill, rpad));
    Ok(out)
}

/// `_PyUnicode_InsertThousandsGrouping`: the digits with separators every `group`
/// digits from the right, left-padded with zeros (grouped as well) to at least
/// `min_width` characters.
fn insert_grouping(
    digits: &str,
    min_width: usize,
    separator: Option<(char, usize)>,
) -> Result<String, FormatError> {
    let digits = digits.as_bytes();
    let Some((sep, group)) = separator else {
        let zeros = min_width.saturating_sub(digits.len());
        let mut out = String::new();
        reserve(&mut out, zeros + digits.len())?;
        out.extend(std::iter::repeat_n('0', zeros));
        out.push_str(std::str::from_utf8(digits).expect("digits are ASCII"));
        return Ok(out);
    };
    // Built right to left, group by group, then reversed.
    let mut rev: Vec<u8> = Vec::new();
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width as i64;
    let group = group as i64;
    let mut first = true;
    loop {
        let len = group.min(remaining.max(min_width).max(1));
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        if !first {
            rev.push(sep as u8);
        }
        first = false;
        let end = remaining as usize;
        rev.extend(digits[end - n_chars as usize..end].iter().rev());
        rev.extend(std::iter::repeat_n(b'0', n_zeros as usize));
        remaining -= n_chars;
        min_width -= len;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    rev.reverse();
    Ok(String::from_utf8(rev).expect("digits and separators are ASCII"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_pads_with_grouped_zeros() {
        assert_eq!(
            insert_grouping("1234", 10, Some((',', 3))).unwrap(),
            "00,001,234"
        );
        assert_eq!(
            insert_grouping("1234", 9, Some((',', 3))).unwrap(),
            "0,001,234"
        );
        assert_eq!(
            insert_grouping("1234567", 0, Some(('_', 4))).unwrap(),
            "123_4567"
        );
        assert_eq!(insert_grouping("12", 5, None).unwrap(), "00012");
        assert_eq!(insert_grouping("123", 0, Some((',', 3))).unwrap(), "123");
    }

    #[test]
    fn number_paddings() {
        let parts = NumberParts::split("-1234.5e+10");
        assert_eq!(
            (parts.digits, parts.decimal, parts.remainder),
            ("1234", true, "5e+10")
        );
        let layout = |fill, align, width| Layout {
            fill,
            align,
            sign: Some(Sign::Plus),
            width,
            separator: Some((',', 3)),
        };
        let positive = NumberParts::split("1234.5");
        assert_eq!(
            write_number(&positive, &layout('*', Align::AfterSign, 10)).unwrap(),
            "+**1,234.5"
        );
        assert_eq!(
            write_number(&positive, &layout('0', Align::AfterSign, 10)).unwrap(),
            "+001,234.5"
        );
        assert_eq!(
            write_number(&positive, &layout('*', Align::Center, 11)).unwrap(),
            "*+1,234.5**"
        );
        assert_eq!(padding(3, 8, Align::Center), (2, 3));
        assert_eq!(padding(9, 8, Align::Right), (0, 0));
    }
}
