//! Per-character Unicode properties and case mappings behind `str`'s `is*` predicates and
//! case methods, as CPython 3.11 defines them (its `unicodectype.c`), from the tables in
//! `generated_str_unicode.rs`.
//!
//! Rust's `char` methods use other properties (`is_alphabetic` is the Alphabetic property,
//! which includes letter numbers such as `Ⅻ` that `str.isalpha()` rejects) and a newer
//! Unicode version, so everything Python-visible goes through these tables.

use super::generated_str_unicode as t;

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    let i = table.partition_point(|&(_, end)| end < c);
    matches!(table.get(i), Some(&(start, _)) if start <= c)
}

fn mapping(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    let c = c as u32;
    table
        .binary_search_by_key(&c, |&(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}

pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(t::ALPHA, c)
}

pub fn is_decimal(c: char) -> bool {
    crate::format::unicode_decimal_value(c).is_some()
}

pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(t::DIGIT, c)
}

pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(t::NUMERIC, c)
}

pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_ranges(t::LOWER, c)
}

pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_ranges(t::UPPER, c)
}

pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_ranges(t::TITLE, c)
}

pub fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(t::CASED, c)
}

pub fn is_case_ignorable(c: char) -> bool {
    in_ranges(t::CASE_IGNORABLE, c)
}

pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    in_ranges(t::XID_START, c)
}

pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_ranges(t::XID_CONTINUE, c)
}

pub fn is_space(c: char) -> bool {
    crate::format::unicode_is_space(c)
}

pub fn is_printable(c: char) -> bool {
    crate::format::is_printable(c)
}

/// Appends the full uppercase mapping of `c`.
pub fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        match mapping(t::UPPER_MAP, c) {
            Some(m) => out.push_str(m),
            None => out.push(c),
        }
    }
}

/// Appends the full lowercase mapping of `c` (without the final sigma rule).
pub fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        match mapping(t::LOWER_MAP, c) {
            Some(m) => out.push_str(m),
            None => out.push(c),
        }
    }
}

/// Appends the full titlecase mapping of `c`.
pub fn push_title(out: &mut String, c: char) {
    match mapping(t::TITLE_MAP, c) {
        Some(m) => out.push_str(m),
        None => push_upper(out, c),
    }
}

/// Appends the full case folding of `c`.
pub fn push_fold(out: &mut String, c: char) {
    match mapping(t::FOLD_MAP, c) {
        Some(m) => out.push_str(m),
        None => push_lower(out, c),
    }
}

/// Appends the lowercase of the character at `chars[i]`, applying the final sigma rule
/// of CPython's `handle_capital_sigma`: a capital sigma preceded by a cased letter and
/// not followed by one (skipping case-ignorable characters) becomes `ς`.
pub fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    if chars[i] != '\u{3a3}' {
        push_lower(out, chars[i]);
        return;
    }
    let before = chars[..i]
        .iter()
        .rev()
        .find(|&&c| !is_case_ignorable(c))
        .is_some_and(|&c| is_cased(c));
    let after = chars[i + 1..]
        .iter()
        .find(|&&c| !is_case_ignorable(c))
        .is_some_and(|&c| is_cased(c));
    out.push(if before && !after {
        '\u{3c2}'
    } else {
        '\u{3c3}'
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn predicates_follow_cpython() {
        assert!(is_alpha('ß') && !is_alpha('Ⅻ') && is_numeric('Ⅻ') && is_numeric('½'));
        assert!(is_digit('²') && !is_decimal('²') && is_decimal('٣'));
        assert!(is_title('ǅ') && !is_upper('ǅ') && is_cased('ǅ'));
        assert!(is_xid_start('é') && !is_xid_start('1') && is_xid_continue('1'));
    }

    #[test]
    fn case_mappings_are_full() {
        let mut s = String::new();
        push_upper(&mut s, 'ß');
        push_title(&mut s, 'ǆ');
        push_fold(&mut s, 'ﬁ');
        push_lower(&mut s, 'İ');
        assert_eq!(s, "SSǅfii\u{307}");
        let chars: Vec<char> = "ΣΑΣ".chars().collect();
        let mut l = String::new();
        for i in 0..chars.len() {
            push_lower_at(&mut l, &chars, i);
        }
        assert_eq!(l, "σας");
    }

    #[test]
    fn tables_are_current() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/types");
        let Ok(out) = std::process::Command::new("python3")
            .arg("gen_str_unicode.py")
            .current_dir(&dir)
            .output()
        else {
            return;
        };
        if !out.status.success() {
            return; // not CPython 3.11: nothing to compare with
        }
        let Ok(fmt) = std::process::Command::new("rustfmt")
            .args(["--emit", "stdout", "--edition", "2021"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .and_then(|mut child| {
                use std::io::Write;
                child
                    .stdin
                    .take()
                    .expect("stdin was piped")
                    .write_all(&out.stdout)?;
                child.wait_with_output()
            })
        else {
            return;
        };
        let current = std::fs::read_to_string(dir.join("generated_str_unicode.rs"))
            .expect("generated_str_unicode.rs is in the source tree");
        assert!(
            String::from_utf8_lossy(&fmt.stdout).trim_end() == current.trim_end(),
            "generated_str_unicode.rs is stale: regenerate it with gen_str_unicode.py"
        );
    }
}
