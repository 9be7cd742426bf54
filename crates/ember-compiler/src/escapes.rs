//! String literal bodies decoded again from the source, as CPython 3.11 decodes them
//! (`Parser/string_parser.c` and the `unicodeescape` codec), for the two things ruff's
//! parsed value cannot give: lone surrogates (`"\ud800"`: ruff stores U+FFFD) and
//! CPython's messages for bad escapes (`(unicode error) 'unicodeescape' codec can't
//! decode bytes in position 0-25: unknown Unicode character name`).
//!
//! CPython decodes a non-raw str body after rewriting each non-ASCII character as a
//! `\U%08x` escape (ten bytes) and a backslash before a non-ASCII character as `\u005c`;
//! the positions in its messages count bytes of that rewritten body, and so do ours.

/// How a literal token's prefix reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Prefix {
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
}

/// The prefix, the body and the body's offset within a string literal token
/// (`rb'''...'''`), or `None` when `token` is not one.
pub(crate) fn split_literal(token: &str) -> Option<(Prefix, &str, usize)> {
    let q = token.find(['\'', '"'])?;
    let letters = token[..q].to_ascii_lowercase();
    if letters.len() > 2 || !letters.bytes().all(|c| b"rbfu".contains(&c)) {
        return None;
    }
    let prefix = Prefix {
        raw: letters.contains('r'),
        bytes: letters.contains('b'),
        fstring: letters.contains('f'),
    };
    let rest = &token[q..];
    let quote = &rest[..1];
    let triple = rest.len() >= 6 && rest.starts_with(&quote.repeat(3));
    let n = if triple { 3 } else { 1 };
    let body = rest.get(n..rest.len().checked_sub(n)?)?;
    Some((prefix, body, q + n))
}

/// The code points of a non-raw str literal body, lone surrogates included, or
/// CPython's SyntaxError message.
pub(crate) fn decode_str_body(body: &str) -> Result<Vec<u32>, String> {
    let mut out = Vec::with_capacity(body.len());
    let mut it = body.char_indices().peekable();
    // Position in CPython's rewritten body.
    let mut pos = 0usize;
    let width = |c: char| if c.is_ascii() { 1 } else { 10 };
    let error = |start: usize, end: usize, reason: &str| {
        let at = if end - start == 1 {
            format!("byte 0x5c in position {start}")
        } else {
            format!("bytes in position {}-{}", start, end - 1)
        };
        format!("(unicode error) 'unicodeescape' codec can't decode {at}: {reason}")
    };
    while let Some((_, c)) = it.next() {
        if c != '\\' {
            out.push(c as u32);
            pos += width(c);
            continue;
        }
        let start = pos;
        let Some((_, e)) = it.next() else {
            return Err(error(start, start + 1, "\\ at end of string"));
        };
        if !e.is_ascii() {
            // `\u005c` then the character: both kept.
            out.extend([b'\\' as u32, e as u32]);
            pos += 6 + 10;
            continue;
        }
        pos += 2;
        let simple = match e {
            '\n' => continue,
            '\\' | '\'' | '"' => e,
            'a' => '\x07',
            'b' => '\x08',
            'f' => '\x0c',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\x0b',
            '0'..='7' => {
                let mut v = e as u32 - '0' as u32;
                for _ in 0..2 {
                    match it.peek() {
                        Some(&(_, d @ '0'..='7')) => {
                            v = v * 8 + (d as u32 - '0' as u32);
                            it.next();
                            pos += 1;
                        }
                        _ => break,
                    }
                }
                out.push(v);
                continue;
            }
            'x' | 'u' | 'U' => {
                let (count, what) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut v = 0u32;
                for _ in 0..count {
                    match it.peek().and_then(|&(_, d)| d.to_digit(16)) {
                        Some(d) => {
                            v = v * 16 + d;
                            it.next();
                            pos += 1;
                        }
                        None => return Err(error(start, pos, what)),
                    }
                }
                if v > 0x10FFFF {
                    return Err(error(start, pos, "illegal Unicode character"));
                }
                out.push(v);
                continue;
            }
            'N' => {
                let malformed = "malformed \\N character escape";
                if it.peek().map(|&(_, c)| c) != Some('{') {
                    return Err(error(start, pos, malformed));
                }
                it.next();
                pos += 1;
                let mut name = String::new();
                loop {
                    match it.next() {
                        None => return Err(error(start, pos, malformed)),
                        Some((_, '}')) => break,
                        Some((_, c)) => {
                            name.push(c);
                            pos += width(c);
                        }
                    }
                }
                if name.is_empty() {
                    return Err(error(start, pos, malformed));
                }
                pos += 1;
                match unicode_names2::character(&name) {
                    Some(c) => out.push(c as u32),
                    None => return Err(error(start, pos, "unknown Unicode character name")),
                }
                continue;
            }
            // An unknown escape keeps its backslash.
            _ => {
                out.extend([b'\\' as u32, e as u32]);
                continue;
            }
        };
        out.push(simple as u32);
    }
    Ok(out)
}

/// CPython's SyntaxError message for a bad escape in a non-raw bytes literal body, if
/// it has one (only `\x` can be malformed in bytes).
pub(crate) fn bytes_body_error(body: &str) -> Option<String> {
    let b = body.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        if b.get(i + 1) == Some(&b'x') {
            let ok = b
                .get(i + 2..i + 4)
                .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit));
            if !ok {
                return Some(format!("(value error) invalid \\x escape at position {i}"));
            }
        }
        i += 2;
    }
    None
}

/// The `(start, end)` byte ranges of the literal chunks of an f-string body, each
/// decoded on its own by CPython 3.11 (`fstring_find_literal`): a chunk ends at a `{`
/// starting a replacement field, or just after the first brace of `{{` / `}}`.
pub(crate) fn fstring_chunks(body: &str) -> Vec<(usize, usize)> {
    let b = body.as_bytes();
    let mut chunks = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => {
                if b.get(i + 1) == Some(&b'N') && b.get(i + 2) == Some(&b'{') {
                    i += 3;
                    while i < b.len() && b[i] != b'}' {
                        i += 1;
                    }
                    i += 1;
                } else {
                    i += 2;
                }
            }
            c @ (b'{' | b'}') if b.get(i + 1) == Some(&c) => {
                chunks.push((start, i + 1));
                i += 2;
                start = i;
            }
            b'{' => {
                chunks.push((start, i));
                i = skip_replacement_field(b, i);
                start = i;
            }
            _ => i += 1,
        }
    }
    chunks.push((start, b.len().min(i)));
    chunks.retain(|(s, e)| s < e);
    chunks
}

/// The offset after the replacement field that opens at `b[i] == b'{'`.
fn skip_replacement_field(b: &[u8], mut i: usize) -> usize {
    let mut depth = 0usize;
    while i < b.len() {
        match b[i] {
            b'{' | b'(' | b'[' => depth += 1,
            b'}' | b')' | b']' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i + 1;
                }
            }
            q @ (b'\'' | b'"') => {
                i += 1;
                while i < b.len() && b[i] != q {
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surrogates_and_other_escapes_decode() {
        assert_eq!(
            decode_str_body(
                r"a\ud800\udc00\x41\101\N{BULLET}\q\
b"
            ),
            Ok(vec![
                0x61, 0xD800, 0xDC00, 0x41, 0x41, 0x2022, 0x5C, 0x71, 0x62
            ])
        );
        assert_eq!(decode_str_body("é"), Ok(vec![0xE9]));
    }

    #[test]
    fn error_positions_count_the_rewritten_body() {
        let e = |s: &str| decode_str_body(s).unwrap_err();
        assert!(e(r"\N{NO SUCH CHARACTER NAME}")
            .ends_with("bytes in position 0-25: unknown Unicode character name"));
        assert!(e(r"é\N{FOO}").contains("position 10-16"));
        assert!(e(r"a\x1g").contains(r"position 1-3: truncated \xXX escape"));
        assert!(e(r"\U00110000").contains("position 0-9: illegal Unicode character"));
        assert!(e(r"\N{}").contains("position 0-2: malformed"));
        assert!(e(r"\Nx").contains("position 0-1: malformed"));
        assert_eq!(
            bytes_body_error(r"ab\x1"),
            Some(r"(value error) invalid \x escape at position 2".to_string())
        );
    }

    #[test]
    fn literal_tokens_and_fstring_chunks_split() {
        assert_eq!(
            split_literal("Rb'''x'''"),
            Some((
                Prefix {
                    raw: true,
                    bytes: true,
                    fstring: false
                },
                "x",
                5
            ))
        );
        assert_eq!(fstring_chunks("a{1}b{{c"), vec![(0, 1), (4, 6), (7, 8)]);
        assert_eq!(fstring_chunks(r"\N{X}{y!r:>{w}}z"), vec![(0, 5), (15, 16)]);
    }
}
