//! The text codecs behind `str.encode`, `bytes.decode` and `str(b, encoding)`: UTF-8,
//! ASCII, Latin-1, UTF-16 and UTF-32, with the error handlers `strict`, `ignore`,
//! `replace`, `backslashreplace` and (encoding) `xmlcharrefreplace`, and CPython's
//! `UnicodeEncodeError` / `UnicodeDecodeError` messages.
//!
//! Ember's strings are UTF-8 and hold no lone surrogates, so `surrogateescape` and
//! `surrogatepass` are not available.

use crate::error::{PyErr, PyResult};
use crate::objects::str::new_string;
use crate::value::Value;
use crate::vm::types;

/// A codec failure, turned into a Python exception at the boundary (so the codecs run
/// without a VM in unit tests).
#[derive(Debug)]
pub enum CodecError {
    Lookup(String),
    Encode(String),
    Decode(String),
}

impl CodecError {
    #[cold]
    pub fn into_pyerr(self) -> PyErr {
        let t = types();
        match self {
            CodecError::Lookup(m) => PyErr::new(&t.lookup_error, m),
            CodecError::Encode(m) => PyErr::new(&t.unicode_encode_error, m),
            CodecError::Decode(m) => PyErr::new(&t.unicode_decode_error, m),
        }
    }
}

type CResult<T> = Result<T, CodecError>;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Utf16(Endian),
    Utf32(Endian),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Endian {
    /// With a byte order mark (little-endian when encoding).
    Bom,
    Le,
    Be,
}

impl Codec {
    /// The codec an encoding name stands for, after CPython's name normalisation.
    fn lookup(name: &str) -> CResult<Codec> {
        let norm: String = name
            .trim()
            .chars()
            .map(|c| match c {
                '-' | ' ' => '_',
                c => c.to_ascii_lowercase(),
            })
            .collect();
        Ok(match norm.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
            "ascii" | "us_ascii" | "646" => Codec::Ascii,
            "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859"
            | "cp819" | "iso_ir_100" => Codec::Latin1,
            "utf_16" | "utf16" | "u16" => Codec::Utf16(Endian::Bom),
            "utf_16_le" | "utf_16le" => Codec::Utf16(Endian::Le),
            "utf_16_be" | "utf_16be" => Codec::Utf16(Endian::Be),
            "utf_32" | "utf32" | "u32" => Codec::Utf32(Endian::Bom),
            "utf_32_le" | "utf_32le" => Codec::Utf32(Endian::Le),
            "utf_32_be" | "utf_32be" => Codec::Utf32(Endian::Be),
            _ => return Err(CodecError::Lookup(format!("unknown encoding: {}", name))),
        })
    }

    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(Endian::Bom) => "utf-16",
            Codec::Utf16(Endian::Le) => "utf-16-le",
            Codec::Utf16(Endian::Be) => "utf-16-be",
            Codec::Utf32(Endian::Bom) => "utf-32",
            Codec::Utf32(Endian::Le) => "utf-32-le",
            Codec::Utf32(Endian::Be) => "utf-32-be",
        }
    }
}

#[cold]
fn unknown_handler(name: &str) -> CodecError {
    CodecError::Lookup(format!("unknown error handler name '{}'", name))
}

/// How Python's `ascii()` shows one character in a codec message: `'\xe9'`.
fn char_escape(c: char) -> String {
    let n = c as u32;
    if (0x20..0x7f).contains(&n) {
        format!("'{}'", c)
    } else if n < 0x100 {
        format!("'\\x{:02x}'", n)
    } else if n < 0x10000 {
        format!("'\\u{:04x}'", n)
    } else {
        format!("'\\U{:08x}'", n)
    }
}

/// `s.encode(encoding, errors)`.
pub fn encode(s: &str, encoding: Option<&str>, errors: Option<&str>) -> PyResult<Vec<u8>> {
    encode_bytes(s, encoding, errors).map_err(CodecError::into_pyerr)
}

fn encode_bytes(s: &str, encoding: Option<&str>, errors: Option<&str>) -> CResult<Vec<u8>> {
    let codec = Codec::lookup(encoding.unwrap_or("utf-8"))?;
    let errors = errors.unwrap_or("strict");
    let limit = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Utf16(e) => return Ok(encode_utf16(s, e)),
        Codec::Utf32(e) => return Ok(encode_utf32(s, e)),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let end = i + chars[i..]
            .iter()
            .take_while(|&&c| c as u32 >= limit)
            .count();
        match errors {
            "strict" => {
                let what = if end - i == 1 {
                    format!("character {} in position {}", char_escape(c), i)
                } else {
                    format!("characters in position {}-{}", i, end - 1)
                };
                return Err(CodecError::Encode(format!(
                    "'{}' codec can't encode {}: ordinal not in range({})",
                    codec.name(),
                    what,
                    limit
                )));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "backslashreplace" => {
                for &c in &chars[i..end] {
                    let n = c as u32;
                    let esc = if n < 0x100 {
                        format!("\\x{:02x}", n)
                    } else if n < 0x10000 {
                        format!("\\u{:04x}", n)
                    } else {
                        format!("\\U{:08x}", n)
                    };
                    out.extend_from_slice(esc.as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            other => return Err(unknown_handler(other)),
        }
        i = end;
    }
    Ok(out)
}

fn encode_utf16(s: &str, e: Endian) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() * 2 + 2);
    let push = |out: &mut Vec<u8>, u: u16| match e {
        Endian::Be => out.extend_from_slice(&u.to_be_bytes()),
        _ => out.extend_from_slice(&u.to_le_bytes()),
    };
    if e == Endian::Bom {
        push(&mut out, 0xFEFF);
    }
    for u in s.encode_utf16() {
        push(&mut out, u);
    }
    out
}

fn encode_utf32(s: &str, e: Endian) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() * 4 + 4);
    let push = |out: &mut Vec<u8>, u: u32| match e {
        Endian::Be => out.extend_from_slice(&u.to_be_bytes()),
        _ => out.extend_from_slice(&u.to_le_bytes()),
    };
    if e == Endian::Bom {
        push(&mut out, 0xFEFF);
    }
    for c in s.chars() {
        push(&mut out, c as u32);
    }
    out
}

/// Collects decoded text and applies the error handler to undecodable bytes.
struct Decoder<'a> {
    codec: Codec,
    input: &'a [u8],
    errors: &'a str,
    out: String,
}

impl Decoder<'_> {
    /// Handles the undecodable bytes `start..end`.
    fn error(&mut self, start: usize, end: usize, reason: &str) -> CResult<()> {
        match self.errors {
            "strict" => {
                let what = if end - start == 1 {
                    format!("byte 0x{:02x} in position {}", self.input[start], start)
                } else {
                    format!("bytes in position {}-{}", start, end - 1)
                };
                Err(CodecError::Decode(format!(
                    "'{}' codec can't decode {}: {}",
                    self.codec.name(),
                    what,
                    reason
                )))
            }
            "ignore" => Ok(()),
            "replace" => {
                self.out.push('\u{FFFD}');
                Ok(())
            }
            "backslashreplace" => {
                for &b in &self.input[start..end] {
                    self.out.push_str(&format!("\\x{:02x}", b));
                }
                Ok(())
            }
            other => Err(unknown_handler(other)),
        }
    }
}

/// `b.decode(encoding, errors)` as a new str.
pub fn decode(b: &[u8], encoding: Option<&str>, errors: Option<&str>) -> PyResult<Value> {
    decode_to_string(b, encoding, errors)
        .map(new_string)
        .map_err(CodecError::into_pyerr)
}

/// `b.decode(encoding, errors)`.
pub fn decode_to_string(b: &[u8], encoding: Option<&str>, errors: Option<&str>) -> CResult<String> {
    let codec = Codec::lookup(encoding.unwrap_or("utf-8"))?;
    let mut d = Decoder {
        codec,
        input: b,
        errors: errors.unwrap_or("strict"),
        out: String::with_capacity(b.len()),
    };
    match codec {
        Codec::Utf8 => decode_utf8(&mut d)?,
        Codec::Latin1 => d.out.extend(b.iter().map(|&c| c as char)),
        Codec::Ascii => {
            for (i, &c) in b.iter().enumerate() {
                if c < 0x80 {
                    d.out.push(c as char);
                } else {
                    d.error(i, i + 1, "ordinal not in range(128)")?;
                }
            }
        }
        Codec::Utf16(e) => decode_utf16(&mut d, e)?,
        Codec::Utf32(e) => decode_utf32(&mut d, e)?,
    }
    Ok(d.out)
}

fn decode_utf8(d: &mut Decoder) -> CResult<()> {
    let b = d.input;
    let mut i = 0;
    loop {
        match std::str::from_utf8(&b[i..]) {
            Ok(s) => {
                d.out.push_str(s);
                return Ok(());
            }
            Err(e) => {
                let good = i + e.valid_up_to();
                // `valid_up_to` bytes are valid UTF-8 by definition.
                d.out
                    .push_str(std::str::from_utf8(&b[i..good]).unwrap_or_default());
                let (n, reason) = match e.error_len() {
                    None => (b.len() - good, "unexpected end of data"),
                    Some(n) => {
                        let lead = b[good];
                        let reason = if (0x80..0xC2).contains(&lead) || lead > 0xF4 {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        };
                        (n, reason)
                    }
                };
                d.error(good, good + n, reason)?;
                i = good + n;
            }
        }
    }
}

fn decode_utf16(d: &mut Decoder, e: Endian) -> CResult<()> {
    let b = d.input;
    let mut be = e == Endian::Be;
    let mut i = 0;
    if e == Endian::Bom && b.len() >= 2 {
        match (b[0], b[1]) {
            (0xFF, 0xFE) => i = 2,
            (0xFE, 0xFF) => {
                i = 2;
                be = true;
            }
            _ => {}
        }
    }
    // Errors name the byte order found (or assumed): 'utf-16-le'.
    d.codec = Codec::Utf16(if be { Endian::Be } else { Endian::Le });
    let unit = |j: usize| {
        let p = [b[j], b[j + 1]];
        if be {
            u16::from_be_bytes(p)
        } else {
            u16::from_le_bytes(p)
        }
    };
    while i < b.len() {
        if i + 1 >= b.len() {
            d.error(i, b.len(), "truncated data")?;
            break;
        }
        let u = unit(i);
        if !(0xD800..0xE000).contains(&u) {
            d.out.push(char::from_u32(u as u32).unwrap_or('\u{FFFD}'));
            i += 2;
        } else if u >= 0xDC00 {
            d.error(i, i + 2, "illegal encoding")?;
            i += 2;
        } else if i + 3 >= b.len() {
            d.error(i, b.len(), "unexpected end of data")?;
            break;
        } else {
            let lo = unit(i + 2);
            if (0xDC00..0xE000).contains(&lo) {
                let c = 0x10000 + (((u as u32) - 0xD800) << 10) + (lo as u32 - 0xDC00);
                d.out.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
                i += 4;
            } else {
                d.error(i, i + 2, "illegal UTF-16 surrogate")?;
                i += 2;
            }
        }
    }
    Ok(())
}

fn decode_utf32(d: &mut Decoder, e: Endian) -> CResult<()> {
    let b = d.input;
    let mut be = e == Endian::Be;
    let mut i = 0;
    if e == Endian::Bom && b.len() >= 4 {
        match (b[0], b[1], b[2], b[3]) {
            (0xFF, 0xFE, 0, 0) => i = 4,
            (0, 0, 0xFE, 0xFF) => {
                i = 4;
                be = true;
            }
            _ => {}
        }
    }
    // Errors name the byte order found (or assumed): 'utf-16-le'.
    d.codec = Codec::Utf32(if be { Endian::Be } else { Endian::Le });
    while i < b.len() {
        if i + 3 >= b.len() {
            d.error(i, b.len(), "truncated data")?;
            break;
        }
        let p = [b[i], b[i + 1], b[i + 2], b[i + 3]];
        let n = if be {
            u32::from_be_bytes(p)
        } else {
            u32::from_le_bytes(p)
        };
        match char::from_u32(n) {
            Some(c) => d.out.push(c),
            None => d.error(i, i + 4, "code point not in range(0x110000)")?,
        }
        i += 4;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_error_reasons_follow_cpython() {
        let msg = |b: &[u8]| match decode_to_string(b, None, None) {
            Err(CodecError::Decode(m)) => m,
            other => format!("{:?}", other),
        };
        assert!(msg(b"\xff").ends_with("byte 0xff in position 0: invalid start byte"));
        assert!(msg(b"a\xe2\x82").ends_with("bytes in position 1-2: unexpected end of data"));
        assert!(msg(b"\xe2(").ends_with("position 0: invalid continuation byte"));
        assert_eq!(
            decode_to_string(b"a\xffb", None, Some("replace")).ok(),
            Some("a\u{FFFD}b".to_string())
        );
    }

    #[test]
    fn encode_handlers() {
        assert_eq!(
            encode_bytes("h\u{e9}\u{20ac}", Some("ascii"), Some("replace")).ok(),
            Some(b"h??".to_vec())
        );
        assert_eq!(
            encode_bytes("\u{e9}", Some("ascii"), Some("xmlcharrefreplace")).ok(),
            Some(b"&#233;".to_vec())
        );
        assert_eq!(
            encode_bytes("\u{e9}", Some("Latin-1"), None).ok(),
            Some(vec![0xe9])
        );
    }
}
