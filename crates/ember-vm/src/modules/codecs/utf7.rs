//! UTF-7 (RFC 2152) as CPython encodes and decodes it: set O characters and whitespace
//! written directly, `+` as `+-`, everything else in base-64 shift sequences of UTF-16
//! code units.

use super::DecodeError;
use crate::objects::str::{StrBuf, StrData};

/// RFC 2152's classes of the ASCII characters, as CPython's `utf7_category`: 0 directly
/// encoded, 1 optional direct (set O), 2 whitespace, 3 special (base-64 encoded).
const CATEGORY: [u8; 128] = [
    3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 2, 3, 3, // 0x00
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, // 0x10
    2, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 3, 0, 0, 0, 0, // ' ' .. '/'
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, // '0' .. '?'
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // '@' .. 'O'
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 1, 1, 1, // 'P' .. '_'
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // '`' .. 'o'
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 3, 3, // 'p' .. DEL
];

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn encode_direct(c: u32) -> bool {
    c > 0 && c < 128 && CATEGORY[c as usize] != 3
}

fn is_base64(c: u32) -> bool {
    c < 128 && (c as u8).is_ascii_alphanumeric() || c == b'+' as u32 || c == b'/' as u32
}

fn from_base64(c: u8) -> u32 {
    match c {
        b'A'..=b'Z' => (c - b'A') as u32,
        b'a'..=b'z' => (c - b'a') as u32 + 26,
        b'0'..=b'9' => (c - b'0') as u32 + 52,
        b'+' => 62,
        _ => 63,
    }
}

pub fn encode(s: &StrData) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.as_bytes().len());
    let mut in_shift = false;
    let mut bits = 0u32;
    let mut buffer = 0u64;
    let flush = |out: &mut Vec<u8>, bits: &mut u32, buffer: &mut u64| {
        while *bits >= 6 {
            out.push(BASE64[((*buffer >> (*bits - 6)) & 0x3F) as usize]);
            *bits -= 6;
        }
    };
    for c in s.code_points() {
        if in_shift {
            if encode_direct(c) {
                if bits > 0 {
                    out.push(BASE64[((buffer << (6 - bits)) & 0x3F) as usize]);
                    bits = 0;
                }
                buffer = 0;
                in_shift = false;
                if is_base64(c) || c == b'-' as u32 {
                    out.push(b'-');
                }
                out.push(c as u8);
                continue;
            }
        } else if c == b'+' as u32 {
            out.extend_from_slice(b"+-");
            continue;
        } else if encode_direct(c) {
            out.push(c as u8);
            continue;
        } else {
            out.push(b'+');
            in_shift = true;
        }
        let units: Vec<u32> = if c >= 0x10000 {
            let v = c - 0x10000;
            vec![0xD800 | (v >> 10), 0xDC00 | (v & 0x3FF)]
        } else {
            vec![c]
        };
        for u in units {
            buffer = (buffer << 16) | u as u64;
            bits += 16;
            flush(&mut out, &mut bits, &mut buffer);
            buffer &= (1 << bits) - 1;
        }
    }
    if bits > 0 {
        out.push(BASE64[((buffer << (6 - bits)) & 0x3F) as usize]);
    }
    if in_shift {
        out.push(b'-');
    }
    out
}

/// Decodes from `pos`; Ok(consumed) or the first error.
pub fn decode(input: &[u8], is_final: bool, out: &mut StrBuf) -> Result<usize, DecodeError> {
    let error = |start: usize, end: usize, reason: &'static str| DecodeError {
        encoding: "utf7",
        start,
        end,
        reason,
    };
    let mut in_shift = false;
    let mut bits = 0u32;
    let mut buffer = 0u64;
    let mut surrogate = 0u32;
    let mut start = 0;
    // The output's length in bytes when the current shift sequence began (rolled back
    // when it is left incomplete).
    let mut shift_out_start = 0;
    let mut s = 0;
    while s < input.len() {
        let ch = input[s];
        if in_shift {
            if is_base64(ch as u32) {
                buffer = (buffer << 6) | from_base64(ch) as u64;
                bits += 6;
                s += 1;
                if bits >= 16 {
                    let unit = ((buffer >> (bits - 16)) & 0xFFFF) as u32;
                    bits -= 16;
                    buffer &= (1 << bits) - 1;
                    if surrogate != 0 {
                        if (0xDC00..0xE000).contains(&unit) {
                            out.push_code_point(
                                0x10000 + ((surrogate - 0xD800) << 10) + (unit - 0xDC00),
                            );
                            surrogate = 0;
                            continue;
                        }
                        out.push_code_point(surrogate);
                        surrogate = 0;
                    }
                    if (0xD800..0xDC00).contains(&unit) {
                        surrogate = unit;
                    } else {
                        out.push_code_point(unit);
                    }
                }
            } else {
                in_shift = false;
                if bits >= 6 {
                    return Err(error(start, s + 1, "partial character in shift sequence"));
                }
                if buffer != 0 {
                    return Err(error(
                        start,
                        s + 1,
                        "non-zero padding bits in shift sequence",
                    ));
                }
                if surrogate != 0 && ch != b'+' && ch < 128 {
                    out.push_code_point(surrogate);
                }
                surrogate = 0;
                if ch == b'-' {
                    s += 1;
                }
            }
        } else if ch == b'+' {
            start = s;
            s += 1;
            if input.get(s) == Some(&b'-') {
                s += 1;
                out.push_char('+');
            } else if input.get(s).is_some_and(|&c| !is_base64(c as u32)) {
                return Err(error(start, s + 1, "ill-formed sequence"));
            } else {
                in_shift = true;
                surrogate = 0;
                shift_out_start = out.len();
                bits = 0;
                buffer = 0;
            }
        } else if ch < 128 {
            out.push_code_point(ch as u32);
            s += 1;
        } else {
            return Err(error(s, s + 1, "unexpected special character"));
        }
    }
    if in_shift && is_final && (surrogate != 0 || bits >= 6 || (bits > 0 && buffer != 0)) {
        return Err(error(start, input.len(), "unterminated shift sequence"));
    }
    if in_shift && !is_final {
        out.truncate(shift_out_start);
        return Ok(start);
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &[u8], is_final: bool) -> Result<(String, usize), (usize, usize)> {
        let mut out = StrBuf::new();
        decode(input, is_final, &mut out)
            .map(|n| (out.to_string_lossy(), n))
            .map_err(|e| (e.start, e.end))
    }

    #[test]
    fn decodes_shift_sequences_as_cpython() {
        assert_eq!(
            run(b"a+-b+AH4AXADp2D3eAA -x", true),
            Ok(("a+b~\\\u{e9}\u{1F600} -x".into(), 22))
        );
        assert_eq!(run(b"+AGE", true), Ok(("a".into(), 4)));
        assert_eq!(run(b"x+AGE", false), Ok(("x".into(), 1)));
        assert_eq!(run(b"+AG-", true), Err((0, 4)));
        assert_eq!(run(b"+2D3", true), Err((0, 4)));
    }
}
