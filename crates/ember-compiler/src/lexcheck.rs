//! A light pre-scan of the source for the errors CPython's tokenizer reports and ruff
//! reports differently or not at all: inconsistent tabs (TabError), dedents to no outer
//! level, unmatched / mismatched / unclosed brackets, and malformed number literals.
//!
//! The scan skips strings and comments and tracks bracket depth and line continuations
//! so that only the indentation of logical lines is checked, as CPython's tokenizer does.

use crate::errors::{CompileError, CompileErrorKind};
use crate::source::Source;
use ruff_text_size::{TextRange, TextSize};

/// What the pre-scan found.
pub(crate) struct LexFindings {
    /// The first tokenizer error and its byte offset.
    pub error: Option<(CompileError, usize)>,
    /// The innermost bracket still open at the end of the file, and its offset.
    pub unclosed: Option<(char, usize)>,
}

const KEYWORDS_AFTER_NUMBER: &[&str] = &["and", "else", "for", "if", "in", "is", "not", "or"];

pub(crate) fn scan(src: &Source) -> LexFindings {
    let text = src.text;
    let b = text.as_bytes();
    let mut i = 0;
    let mut brackets: Vec<(char, usize)> = Vec::new();
    // Indentation stack: (columns with tab size 8, columns with tab size 1).
    let mut indents: Vec<(usize, usize)> = vec![(0, 0)];
    let mut at_line_start = true;
    let mut continued = false;
    let err = |kind, msg: String, start: usize, end: usize| -> Option<(CompileError, usize)> {
        let r = TextRange::new(
            TextSize::new(start as u32),
            TextSize::new(end.max(start) as u32),
        );
        Some((src.error(kind, msg, r), start))
    };
    while i < b.len() {
        if at_line_start {
            at_line_start = false;
            let (mut col, mut alt) = (0usize, 0usize);
            let mut j = i;
            while j < b.len() && matches!(b[j], b' ' | b'\t' | b'\x0c') {
                match b[j] {
                    b' ' => {
                        col += 1;
                        alt += 1;
                    }
                    b'\t' => {
                        col = (col / 8 + 1) * 8;
                        alt += 1;
                    }
                    _ => {
                        col = 0;
                        alt = 0;
                    }
                }
                j += 1;
            }
            let blank = j >= b.len() || matches!(b[j], b'#' | b'\n' | b'\r' | b'\\');
            if !blank && brackets.is_empty() && !continued {
                let &(top, top_alt) = indents.last().expect("indent stack has a base");
                let line_no = src.line_col(TextSize::new(i as u32)).0;
                if col == top {
                    if alt != top_alt {
                        return tab_error(src, line_no, brackets);
                    }
                } else if col > top {
                    if alt <= top_alt {
                        return tab_error(src, line_no, brackets);
                    }
                    indents.push((col, alt));
                } else {
                    while indents.len() > 1 && col < indents.last().map_or(0, |t| t.0) {
                        indents.pop();
                    }
                    let &(top, top_alt) = indents.last().expect("indent stack has a base");
                    if col != top {
                        let line = src.line_text(line_no).unwrap_or_default();
                        let e = src.error_at_line(
                            CompileErrorKind::IndentationError,
                            "unindent does not match any outer indentation level",
                            line_no,
                            line.chars().count() as u32 + 1,
                        );
                        return LexFindings {
                            error: Some((e, i)),
                            unclosed: None,
                        };
                    }
                    if alt != top_alt {
                        return tab_error(src, line_no, brackets);
                    }
                }
            }
            continued = false;
            i = j;
            continue;
        }
        let c = b[i];
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'\n' => {
                i += 1;
                at_line_start = true;
            }
            b'\\' if matches!(b.get(i + 1), Some(b'\n')) || (b.get(i + 1) == Some(&b'\r')) => {
                continued = true;
                i += if b.get(i + 1) == Some(&b'\r') && b.get(i + 2) == Some(&b'\n') {
                    3
                } else {
                    2
                };
                at_line_start = true;
            }
            b'\'' | b'"' => i = skip_string(b, i),
            b'(' | b'[' | b'{' => {
                brackets.push((c as char, i));
                i += 1;
            }
            b')' | b']' | b'}' => {
                let close = c as char;
                match brackets.pop() {
                    None => {
                        let error = err(
                            CompileErrorKind::SyntaxError,
                            format!("unmatched '{close}'"),
                            i,
                            i + 1,
                        );
                        return LexFindings {
                            error,
                            unclosed: None,
                        };
                    }
                    Some((open, at)) => {
                        let expected = match open {
                            '(' => ')',
                            '[' => ']',
                            _ => '}',
                        };
                        if expected != close {
                            let open_line = src.line_col(TextSize::new(at as u32)).0;
                            let here = src.line_col(TextSize::new(i as u32)).0;
                            let msg = if open_line == here {
                                format!("closing parenthesis '{close}' does not match opening parenthesis '{open}'")
                            } else {
                                format!("closing parenthesis '{close}' does not match opening parenthesis '{open}' on line {open_line}")
                            };
                            let error = err(CompileErrorKind::SyntaxError, msg, i, i + 1);
                            return LexFindings {
                                error,
                                unclosed: None,
                            };
                        }
                    }
                }
                i += 1;
            }
            b'0'..=b'9' => {
                let prev_ident = i > 0
                    && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_' || b[i - 1] >= 0x80);
                if prev_ident {
                    i += 1;
                    continue;
                }
                match check_number(text, i) {
                    Ok(end) => i = end,
                    Err((msg, at)) => {
                        let error = err(CompileErrorKind::SyntaxError, msg, at, at + 1);
                        return LexFindings {
                            error,
                            unclosed: None,
                        };
                    }
                }
            }
            b'.' if matches!(b.get(i + 1), Some(b'0'..=b'9'))
                && !(i > 0 && b[i - 1].is_ascii_alphanumeric()) =>
            {
                match check_number(text, i) {
                    Ok(end) => i = end,
                    Err((msg, at)) => {
                        let error = err(CompileErrorKind::SyntaxError, msg, at, at + 1);
                        return LexFindings {
                            error,
                            unclosed: None,
                        };
                    }
                }
            }
            c if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => {
                // An identifier, or a string prefix.
                let start = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] >= 0x80)
                {
                    i += 1;
                }
                let word = &text[start..i];
                if i < b.len() && matches!(b[i], b'\'' | b'"') && word.len() <= 3 && is_prefix(word)
                {
                    i = skip_string(b, i);
                }
            }
            _ => i += 1,
        }
    }
    LexFindings {
        error: None,
        unclosed: brackets.last().copied(),
    }
}

fn tab_error(src: &Source, line: u32, _b: Vec<(char, usize)>) -> LexFindings {
    let e = src.error_at_line(
        CompileErrorKind::TabError,
        "inconsistent use of tabs and spaces in indentation",
        line,
        1,
    );
    let offset = src
        .text
        .split_inclusive('\n')
        .take(line.saturating_sub(1) as usize)
        .map(str::len)
        .sum();
    LexFindings {
        error: Some((e, offset)),
        unclosed: None,
    }
}

/// The byte range of the string literal token (prefix included) that contains offset
/// `at`, found by the same skipping of comments and strings as `scan`.
pub(crate) fn string_token_at(text: &str, at: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() && i <= at {
        let start = i;
        match b[i] {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => i = skip_string(b, i),
            c if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => {
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] >= 0x80)
                {
                    i += 1;
                }
                let word = &text[start..i];
                if i < b.len() && matches!(b[i], b'\'' | b'"') && word.len() <= 3 && is_prefix(word)
                {
                    i = skip_string(b, i);
                } else {
                    continue;
                }
            }
            _ => {
                i += 1;
                continue;
            }
        }
        if (start..i).contains(&at) {
            return Some((start, i));
        }
    }
    None
}

fn is_prefix(w: &str) -> bool {
    let l = w.to_ascii_lowercase();
    matches!(
        l.as_str(),
        "r" | "u" | "b" | "f" | "br" | "rb" | "fr" | "rf"
    )
}

/// Skips a string starting at the quote at `i`; returns the offset after it (or the end
/// of the line / file for an unterminated string, which ruff reports).
fn skip_string(b: &[u8], i: usize) -> usize {
    let q = b[i];
    let triple = b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q);
    let mut j = if triple { i + 3 } else { i + 1 };
    while j < b.len() {
        let c = b[j];
        if c == b'\\' {
            j += 2;
            continue;
        }
        if triple {
            if c == q && b.get(j + 1) == Some(&q) && b.get(j + 2) == Some(&q) {
                return j + 3;
            }
        } else if c == q {
            return j + 1;
        } else if c == b'\n' {
            return j;
        }
        j += 1;
    }
    b.len()
}

/// Checks the number literal at `start`; returns its end, or CPython's message and the
/// offset it points at.
fn check_number(text: &str, start: usize) -> Result<usize, (String, usize)> {
    let b = text.as_bytes();
    let mut i = start;
    let is_digit_or_us = |c: u8, radix: u32| c == b'_' || (c as char).is_digit(radix);
    let (kind, radix) =
        if b[i] == b'0' && matches!(b.get(i + 1), Some(b'x' | b'X' | b'o' | b'O' | b'b' | b'B')) {
            let k = b[i + 1].to_ascii_lowercase();
            i += 2;
            match k {
                b'x' => ("hexadecimal", 16),
                b'o' => ("octal", 8),
                _ => ("binary", 2),
            }
        } else {
            ("decimal", 10)
        };
    if radix != 10 {
        while i < b.len() && is_digit_or_us(b[i], radix) {
            i += 1;
        }
        if i < b.len() && b[i].is_ascii_digit() {
            return Err((
                format!("invalid digit '{}' in {kind} literal", b[i] as char),
                i,
            ));
        }
        return end_of_number(text, start, i, kind);
    }
    let int_start = i;
    while i < b.len() && is_digit_or_us(b[i], 10) {
        i += 1;
    }
    let int_part = &text[int_start..i];
    let mut is_float = false;
    if i < b.len() && b[i] == b'.' {
        is_float = true;
        i += 1;
        while i < b.len() && is_digit_or_us(b[i], 10) {
            i += 1;
        }
    }
    if i < b.len() && matches!(b[i], b'e' | b'E') {
        let save = i;
        i += 1;
        if i < b.len() && matches!(b[i], b'+' | b'-') {
            i += 1;
        }
        if i < b.len() && b[i].is_ascii_digit() {
            is_float = true;
            while i < b.len() && is_digit_or_us(b[i], 10) {
                i += 1;
            }
        } else {
            return Err((
                "invalid decimal literal".to_string(),
                start.max(save.saturating_sub(1)),
            ));
        }
    }
    if i < b.len() && matches!(b[i], b'j' | b'J') {
        i += 1;
        return end_of_number(text, start, i, "imaginary");
    }
    if !is_float
        && int_part.len() > 1
        && int_part.starts_with('0')
        && int_part.bytes().any(|c| c != b'0' && c != b'_')
    {
        return Err((
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".to_string(),
            start,
        ));
    }
    end_of_number(text, start, i, "decimal")
}

/// A number may not run into an identifier (except the keywords CPython allows).
fn end_of_number(
    text: &str,
    _start: usize,
    end: usize,
    kind: &str,
) -> Result<usize, (String, usize)> {
    let rest = &text[end..];
    match rest.chars().next() {
        Some(c) if c.is_alphanumeric() || c == '_' => {
            let word: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if KEYWORDS_AFTER_NUMBER.iter().any(|k| word.starts_with(k)) {
                return Ok(end);
            }
            Err((format!("invalid {kind} literal"), end.saturating_sub(1)))
        }
        _ => Ok(end),
    }
}
