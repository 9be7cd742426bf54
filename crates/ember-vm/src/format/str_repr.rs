//! `repr(str)` as CPython 3.11's `unicode_repr`, and the per-character Unicode
//! predicates behind it and behind `int()`/`float()` parsing: `str.isprintable`,
//! `str.isspace` and the decimal value of a digit, from the tables in
//! `generated_unicode.rs` (Rust's `char` methods use different Unicode properties:
//! `is_whitespace` misses U+001C..U+001F, and there is no "printable").

use super::generated_unicode::{DECIMAL_ZEROS, NON_PRINTABLE, SPACES};

/// `c.isprintable()`: false for the categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs, except
/// for the ASCII space.
pub fn is_printable(c: char) -> bool {
    is_printable_code_point(c as u32)
}

/// `is_printable` for any code point: lone surrogates (category Cs) are not printable.
pub fn is_printable_code_point(c: u32) -> bool {
    if c < 0x7F {
        return c >= 0x20;
    }
    let i = NON_PRINTABLE.partition_point(|&(_, end)| end < c);
    !matches!(NON_PRINTABLE.get(i), Some(&(start, _)) if start <= c)
}

/// `c.isspace()` (`Py_UNICODE_ISSPACE`).
pub fn unicode_is_space(c: char) -> bool {
    match c {
        '\t'..='\r' | '\x1c'..=' ' => true,
        c if (c as u32) < 0x85 => false,
        c => SPACES.binary_search(&(c as u32)).is_ok(),
    }
}

/// The decimal value of a Unicode decimal digit (category Nd, `Py_UNICODE_TODECIMAL`):
/// `'7'` and `'\u{667}'` (ARABIC-INDIC DIGIT SEVEN) are both 7.
pub fn unicode_decimal_value(c: char) -> Option<u32> {
    let c = c as u32;
    if c < 0x80 {
        return (b'0' as u32..=b'9' as u32)
            .contains(&c)
            .then(|| c - b'0' as u32);
    }
    let i = DECIMAL_ZEROS.partition_point(|&zero| zero <= c);
    let zero = *DECIMAL_ZEROS.get(i.checked_sub(1)?)?;
    (c - zero < 10).then_some(c - zero)
}

/// `repr(s)` for a str: single quotes unless the text holds a `'` and no `"`; escapes
/// for the quote, backslash, `\t \n \r`, other controls (`\x..`), and non-printable
/// characters (`\x..`, `\u....`, `\U........`); printable non-ASCII is kept as is.
pub fn str_repr(s: &str) -> String {
    code_points_repr(s.chars().map(|c| c as u32), s.as_bytes(), s.len())
}

/// `str_repr` of a text given as code points, which may include lone surrogates (shown
/// as `\udXXX`, as they are not printable); `bytes` is its encoding, searched for quotes.
pub fn code_points_repr(cps: impl Iterator<Item = u32>, bytes: &[u8], len: usize) -> String {
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(len + 2);
    out.push(quote);
    for code in cps {
        let Some(c) = char::from_u32(code).filter(|&c| is_printable(c)) else {
            push_escape(&mut out, code);
            continue;
        };
        match c {
            '\\' => out.push_str("\\\\"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// The escape `repr` shows for a non-printable code point.
fn push_escape(out: &mut String, code: u32) {
    match code {
        0x09 => out.push_str("\\t"),
        0x0A => out.push_str("\\n"),
        0x0D => out.push_str("\\r"),
        _ => {
            let escaped = if code <= 0xFF {
                format!("\\x{code:02x}")
            } else if code <= 0xFFFF {
                format!("\\u{code:04x}")
            } else {
                format!("\\U{code:08x}")
            };
            out.push_str(&escaped);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::testdata;

    #[test]
    fn repr_examples() {
        assert_eq!(str_repr(""), "''");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("'\""), "'\\'\"'");
        assert_eq!(str_repr("a\nb\t\\"), "'a\\nb\\t\\\\'");
        assert_eq!(str_repr("\x00\x7f\u{a0}é"), "'\\x00\\x7f\\xa0é'");
        assert_eq!(str_repr("\u{2028}\u{e000}"), "'\\u2028\\ue000'");
        assert_eq!(str_repr("\u{10ffff}\u{1f600}"), "'\\U0010ffff\u{1f600}'");
    }

    #[test]
    fn repr_matches_cpython_recorded() {
        let mut checked = 0;
        for fields in testdata::records(testdata::STR_REPR) {
            let [s, want] = &fields[..] else {
                panic!("bad record {fields:?}");
            };
            assert_eq!(&str_repr(s), want, "repr({s:?})");
            checked += 1;
        }
        assert!(checked > 400, "only {checked} records");
    }

    #[test]
    fn predicates() {
        for c in [
            '\t', '\x0b', '\x1c', '\x1f', ' ', '\u{85}', '\u{a0}', '\u{3000}',
        ] {
            assert!(unicode_is_space(c), "{c:?}");
        }
        for c in ['a', '\x08', '\x7f', '\u{200b}', '\u{feff}'] {
            assert!(!unicode_is_space(c), "{c:?}");
        }
        assert_eq!(unicode_decimal_value('7'), Some(7));
        assert_eq!(unicode_decimal_value('\u{667}'), Some(7));
        assert_eq!(unicode_decimal_value('\u{ff10}'), Some(0));
        assert_eq!(unicode_decimal_value('\u{1d7d7}'), Some(9));
        assert_eq!(unicode_decimal_value('\u{b2}'), None); // SUPERSCRIPT TWO is No, not Nd
        assert_eq!(unicode_decimal_value('a'), None);
        assert_eq!(unicode_decimal_value('\u{65f}'), None);
        assert!(is_printable(' ') && !is_printable('\u{3000}') && !is_printable('\u{378}'));
    }
}
