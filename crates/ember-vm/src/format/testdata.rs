//! Test-only reader for the golden files in `testdata/`, recorded from CPython 3.11 by
//! `testdata/gen_testdata.py` (regenerate with `python3 gen_testdata.py` in that folder).
//!
//! Format: one record per line, fields separated by tabs; `\\`, `\t`, `\n`, `\r` and
//! `\u{hex}` escapes; lines starting with `#` are comments.

pub const DOUBLE_TO_STRING: &str = include_str!("testdata/double_to_string.txt");
pub const FLOAT_REPR: &str = include_str!("testdata/float_repr.txt");
pub const FORMAT_SPEC: &str = include_str!("testdata/format_spec.txt");
pub const INT_RADIX: &str = include_str!("testdata/int_radix.txt");
pub const PARSE: &str = include_str!("testdata/parse.txt");
pub const STR_REPR: &str = include_str!("testdata/str_repr.txt");

/// The records of a golden file, each a vector of unescaped fields.
pub fn records(text: &str) -> impl Iterator<Item = Vec<String>> + '_ {
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .map(|line| line.split('\t').map(unescape).collect())
}

fn unescape(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\\') => out.push('\\'),
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('u') => {
                assert_eq!(chars.next(), Some('{'), "bad escape in {field:?}");
                let hex: String = chars.by_ref().take_while(|&c| c != '}').collect();
                let code = u32::from_str_radix(&hex, 16).expect("hex escape");
                out.push(char::from_u32(code).expect("escape is a scalar value"));
            }
            other => panic!("bad escape {other:?} in {field:?}"),
        }
    }
    out
}
