//! The escape codecs of `_codecs`: `unicode_escape` and `raw_unicode_escape` (text as
//! Python string-literal escapes) and `escape_encode`/`escape_decode` (bytes as
//! bytes-literal escapes), with CPython's error messages and positions.

use super::DecodeError;
use crate::objects::str::{StrBuf, StrData};

/// `unicode_escape` (`raw` false) or `raw_unicode_escape` encoding of `s`.
pub fn unicode_escape_encode(s: &StrData, raw: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.as_bytes().len());
    for c in s.code_points() {
        if raw {
            if c < 0x100 {
                out.push(c as u8);
                continue;
            }
        } else {
            match c {
                0x5C => {
                    out.extend_from_slice(b"\\\\");
                    continue;
                }
                0x09 => {
                    out.extend_from_slice(b"\\t");
                    continue;
                }
                0x0A => {
                    out.extend_from_slice(b"\\n");
                    continue;
                }
                0x0D => {
                    out.extend_from_slice(b"\\r");
                    continue;
                }
                0x20..=0x7E => {
                    out.push(c as u8);
                    continue;
                }
                _ => {}
            }
        }
        let e = crate::types::codecs::backslash_escape(c);
        out.extend_from_slice(e.as_bytes());
    }
    out
}

/// The value of hex digit `b`.
fn hex_value(b: u8) -> Option<u32> {
    (b as char).to_digit(16)
}

/// Outcome of decoding: the text, or where an incomplete escape at the end begins
/// (when not final), or an error for the handler.
pub struct EscapeDecoder<'a> {
    pub input: &'a [u8],
    pub is_final: bool,
    pub raw: bool,
}

/// What `decode` stops at.
pub enum Stop {
    /// Decoded everything up to this position (the rest is an incomplete escape).
    Consumed(usize),
    Error(DecodeError),
}

impl EscapeDecoder<'_> {
    fn encoding(&self) -> &'static str {
        if self.raw {
            "rawunicodeescape"
        } else {
            "unicodeescape"
        }
    }

    /// Decodes from `pos` into `out`; stops at the end, at an incomplete escape when
    /// not final, or at the first error.
    pub fn decode(&self, mut pos: usize, out: &mut StrBuf) -> Stop {
        let b = self.input;
        let err = |start: usize, end: usize, reason: &'static str| {
            Stop::Error(DecodeError {
                encoding: self.encoding(),
                start,
                end,
                reason,
            })
        };
        while pos < b.len() {
            let c = b[pos];
            if c != b'\\' {
                out.push_code_point(c as u32);
                pos += 1;
                continue;
            }
            let start = pos;
            if self.raw {
                // \u and \U escape only after an odd number of backslashes.
                let run = b[pos..].iter().take_while(|&&x| x == b'\\').count();
                let after = pos + run;
                let escapes = run % 2 == 1 && matches!(b.get(after), Some(b'u' | b'U'));
                if !escapes {
                    if run % 2 == 1 && after == b.len() && !self.is_final {
                        (0..run - 1).for_each(|_| out.push_char('\\'));
                        return Stop::Consumed(after - 1);
                    }
                    (0..run).for_each(|_| out.push_char('\\'));
                    pos = after;
                    continue;
                }
                (0..run - 1).for_each(|_| out.push_char('\\'));
                let start = after - 1;
                let count = if b[after] == b'u' { 4 } else { 8 };
                match self.hex_escape(start, after + 1, count, out) {
                    Ok(p) => pos = p,
                    Err(stop) => return stop,
                }
                continue;
            }
            pos += 1;
            let Some(&e) = b.get(pos) else {
                if !self.is_final {
                    return Stop::Consumed(start);
                }
                return err(start, b.len(), "\\ at end of string");
            };
            pos += 1;
            let simple = match e {
                b'\n' => Some(None),
                b'\\' | b'\'' | b'"' => Some(Some(e as u32)),
                b'b' => Some(Some(8)),
                b'f' => Some(Some(12)),
                b't' => Some(Some(9)),
                b'n' => Some(Some(10)),
                b'r' => Some(Some(13)),
                b'v' => Some(Some(11)),
                b'a' => Some(Some(7)),
                _ => None,
            };
            if let Some(ch) = simple {
                if let Some(ch) = ch {
                    out.push_code_point(ch);
                }
                continue;
            }
            match e {
                b'0'..=b'7' => {
                    let (v, next) = octal_escape(b, pos, e);
                    pos = next;
                    out.push_code_point(v);
                }
                b'x' | b'u' | b'U' => {
                    let count = match e {
                        b'x' => 2,
                        b'u' => 4,
                        _ => 8,
                    };
                    match self.hex_escape(start, pos, count, out) {
                        Ok(p) => pos = p,
                        Err(stop) => return stop,
                    }
                }
                b'N' => match self.named_escape(start, pos, out) {
                    Ok(p) => pos = p,
                    Err(stop) => return stop,
                },
                _ => {
                    out.push_char('\\');
                    out.push_code_point(e as u32);
                }
            }
        }
        Stop::Consumed(b.len())
    }

    /// Decodes the `count` hex digits at `pos` of the escape starting at `start`.
    fn hex_escape(
        &self,
        start: usize,
        mut pos: usize,
        count: usize,
        out: &mut StrBuf,
    ) -> Result<usize, Stop> {
        let b = self.input;
        let reason = match count {
            2 => "truncated \\xXX escape",
            4 => "truncated \\uXXXX escape",
            _ => "truncated \\UXXXXXXXX escape",
        };
        let mut v: u32 = 0;
        for _ in 0..count {
            match b.get(pos) {
                None if !self.is_final => return Err(Stop::Consumed(start)),
                Some(&d) if hex_value(d).is_some() => {
                    v = v * 16 + hex_value(d).unwrap_or(0);
                    pos += 1;
                }
                _ => return Err(self.error(start, pos, reason)),
            }
        }
        if v > 0x10FFFF {
            return Err(self.error(start, pos, "illegal Unicode character"));
        }
        out.push_code_point(v);
        Ok(pos)
    }

    /// Decodes `\N{name}`; `pos` is just after the `N`.
    fn named_escape(&self, start: usize, pos: usize, out: &mut StrBuf) -> Result<usize, Stop> {
        let b = self.input;
        const MALFORMED: &str = "malformed \\N character escape";
        if b.get(pos) != Some(&b'{') {
            if pos >= b.len() && !self.is_final {
                return Err(Stop::Consumed(start));
            }
            return Err(self.error(start, pos, MALFORMED));
        }
        let Some(close) = b[pos + 1..].iter().position(|&x| x == b'}') else {
            if !self.is_final {
                return Err(Stop::Consumed(start));
            }
            return Err(self.error(start, b.len(), MALFORMED));
        };
        let name = &b[pos + 1..pos + 1 + close];
        let end = pos + close + 2;
        if name.is_empty() {
            return Err(self.error(start, end, MALFORMED));
        }
        match std::str::from_utf8(name)
            .ok()
            .and_then(unicode_names2::character)
        {
            Some(c) => {
                out.push_char(c);
                Ok(end)
            }
            None => Err(self.error(start, end, "unknown Unicode character name")),
        }
    }

    fn error(&self, start: usize, end: usize, reason: &'static str) -> Stop {
        Stop::Error(DecodeError {
            encoding: self.encoding(),
            start,
            end,
            reason,
        })
    }
}

/// The value of an octal escape whose first digit is `first`, reading up to two more
/// digits from `pos`, and the position after it.
fn octal_escape(b: &[u8], mut pos: usize, first: u8) -> (u32, usize) {
    let mut v = (first - b'0') as u32;
    for _ in 0..2 {
        match b.get(pos) {
            Some(&d @ b'0'..=b'7') => {
                v = v * 8 + (d - b'0') as u32;
                pos += 1;
            }
            _ => break,
        }
    }
    (v, pos)
}

/// `escape_encode(data)`: bytes as the inside of a bytes literal (quotes escaped).
pub fn escape_encode(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    for &c in data {
        match c {
            b'\'' | b'\\' => {
                out.push(b'\\');
                out.push(c);
            }
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            0x20..=0x7E => out.push(c),
            _ => out.extend_from_slice(format!("\\x{:02x}", c).as_bytes()),
        }
    }
    out
}

/// `escape_decode(data)`: a bytes literal's escapes decoded; ValueError messages as
/// CPython's.
pub fn escape_decode(data: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(data.len());
    let mut pos = 0;
    while pos < data.len() {
        let c = data[pos];
        if c != b'\\' {
            out.push(c);
            pos += 1;
            continue;
        }
        let start = pos;
        pos += 1;
        let Some(&e) = data.get(pos) else {
            return Err("Trailing \\ in string".to_string());
        };
        pos += 1;
        match e {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(e),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b't' => out.push(9),
            b'n' => out.push(10),
            b'r' => out.push(13),
            b'v' => out.push(11),
            b'a' => out.push(7),
            b'0'..=b'7' => {
                let (v, next) = octal_escape(data, pos, e);
                pos = next;
                out.push(v as u8);
            }
            b'x' => {
                let digits = data
                    .get(pos..pos + 2)
                    .and_then(|d| Some(hex_value(*d.first()?)? * 16 + hex_value(*d.get(1)?)?));
                match digits {
                    Some(v) => {
                        out.push(v as u8);
                        pos += 2;
                    }
                    None => return Err(format!("invalid \\x escape at position {}", start)),
                }
            }
            _ => {
                out.push(b'\\');
                out.push(e);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_escapes_round_trip_as_cpython() {
        assert_eq!(
            escape_encode(b"a'\"\\\n\x00\xff"),
            b"a\\'\"\\\\\\n\\x00\\xff"
        );
        assert_eq!(
            escape_decode(b"\\x41\\101\\777\\q\\\n").ok(),
            Some(b"AA\xff\\q".to_vec())
        );
        assert_eq!(
            escape_decode(b"\\x4").err().as_deref(),
            Some("invalid \\x escape at position 0")
        );
        assert_eq!(
            escape_decode(b"a\\").err().as_deref(),
            Some("Trailing \\ in string")
        );
    }

    #[test]
    fn unicode_escape_positions() {
        let run = |input: &[u8], is_final: bool| {
            let d = EscapeDecoder {
                input,
                is_final,
                raw: false,
            };
            let mut out = StrBuf::new();
            match d.decode(0, &mut out) {
                Stop::Consumed(n) => Ok((out.to_string_lossy(), n)),
                Stop::Error(e) => Err((e.start, e.end, e.reason)),
            }
        };
        assert_eq!(
            run(b"\\u00e9\\N{BULLET}", true),
            Ok(("\u{e9}\u{2022}".into(), 16))
        );
        assert_eq!(run(b"a\\x4", false), Ok(("a".into(), 1)));
        assert_eq!(run(b"\\x4g", true), Err((0, 3, "truncated \\xXX escape")));
        assert_eq!(
            run(b"\\Nx", true),
            Err((0, 2, "malformed \\N character escape"))
        );
    }
}
