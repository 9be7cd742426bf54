//! The text codecs behind `str.encode`, `bytes.decode` and `str(b, encoding)`: UTF-8,
//! ASCII, Latin-1, UTF-16 and UTF-32, with the error handlers `strict`, `ignore`,
//! `replace`, `backslashreplace` and (encoding) `xmlcharrefreplace`, and CPython's
//! `UnicodeEncodeError` / `UnicodeDecodeError` messages.
//!
//! Strings may hold lone surrogates (`objects/str_utf8.rs`), so the handlers
//! `surrogateescape` (undecodable bytes 0x80..0xFF as U+DC80..U+DCFF and back) and
//! `surrogatepass` (surrogates encoded as the UTF codecs would encode their code point)
//! work in both directions, as in CPython.

use crate::error::{PyErr, PyResult};
use crate::objects::str::{new_str, StrBuf, StrData};
use crate::value::Value;
use crate::vm::types;

/// A codec failure, turned into a Python exception at the boundary (so the codecs run
/// without a VM in unit tests). `bad` is the one code point or byte an error covering a
/// single position names.
#[derive(Debug)]
pub enum CodecError {
    Lookup(String),
    Encode {
        encoding: &'static str,
        start: usize,
        end: usize,
        bad: u32,
        reason: &'static str,
    },
    Decode {
        encoding: &'static str,
        start: usize,
        end: usize,
        bad: u8,
        reason: &'static str,
    },
}

impl CodecError {
    /// The exception, with `object` (the str or bytes being coded) for its arguments.
    #[cold]
    pub fn into_pyerr(self, object: impl FnOnce() -> Value) -> PyErr {
        let t = types();
        let (ty, encoding, start, end, reason) = match self {
            CodecError::Lookup(m) => return PyErr::new(&t.lookup_error, m),
            CodecError::Encode {
                encoding,
                start,
                end,
                reason,
                ..
            } => (&t.unicode_encode_error, encoding, start, end, reason),
            CodecError::Decode {
                encoding,
                start,
                end,
                reason,
                ..
            } => (&t.unicode_decode_error, encoding, start, end, reason),
        };
        let int = |n: usize| crate::objects::int::new_int(n as i64);
        PyErr::with_args(
            ty,
            vec![
                new_str(encoding),
                object(),
                int(start),
                int(end),
                new_str(reason),
            ],
        )
    }

    /// The exception's message.
    pub fn message(&self) -> String {
        match *self {
            CodecError::Lookup(ref m) => m.clone(),
            CodecError::Encode {
                encoding,
                start,
                end,
                bad,
                reason,
            } => encode_error_message(encoding, Some(bad), start, end, reason),
            CodecError::Decode {
                encoding,
                start,
                end,
                bad,
                reason,
            } => decode_error_message(encoding, Some(bad), start, end, reason),
        }
    }
}

/// `str(UnicodeEncodeError)`; `bad` is the code point at `start`, if it is in the text.
pub fn encode_error_message(
    encoding: &str,
    bad: Option<u32>,
    start: usize,
    end: usize,
    reason: &str,
) -> String {
    match bad {
        Some(c) if end == start + 1 => format!(
            "'{}' codec can't encode character '{}' in position {}: {}",
            encoding,
            backslash_escape(c),
            start,
            reason
        ),
        _ => format!(
            "'{}' codec can't encode characters in position {}-{}: {}",
            encoding,
            start,
            end.wrapping_sub(1) as isize,
            reason
        ),
    }
}

/// `str(UnicodeDecodeError)`; `bad` is the byte at `start`, if it is in the data.
pub fn decode_error_message(
    encoding: &str,
    bad: Option<u8>,
    start: usize,
    end: usize,
    reason: &str,
) -> String {
    match bad {
        Some(b) if end == start + 1 => format!(
            "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
            encoding, b, start, reason
        ),
        _ => format!(
            "'{}' codec can't decode bytes in position {}-{}: {}",
            encoding,
            start,
            end.wrapping_sub(1) as isize,
            reason
        ),
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
        Ok(match normalize_encoding(name).as_str() {
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

/// An encoding name as CPython's codec lookup compares it: trimmed, lower case,
/// hyphens and spaces as underscores (`"UTF-8"` is `"utf_8"`).
pub fn normalize_encoding(name: &str) -> String {
    name.trim()
        .chars()
        .map(|c| match c {
            '-' | ' ' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// The object of a lookup error, which has none.
fn new_empty() -> Value {
    Value::NONE
}

#[cold]
fn unknown_handler(name: &str) -> CodecError {
    CodecError::Lookup(format!("unknown error handler name '{}'", name))
}

/// The `\x..`, `\u....` or `\U........` escape of a code point (`backslashreplace`).
pub fn backslash_escape(n: u32) -> String {
    if n < 0x100 {
        format!("\\x{:02x}", n)
    } else if n < 0x10000 {
        format!("\\u{:04x}", n)
    } else {
        format!("\\U{:08x}", n)
    }
}

/// `namereplace`'s `\N{NAME}` for `c`, or its backslash escape when it has no name.
pub fn name_escape(c: u32) -> String {
    match char::from_u32(c).and_then(unicode_names2::name) {
        Some(n) => format!("\\N{{{}}}", n),
        None => backslash_escape(c),
    }
}

/// `s.encode(encoding, errors)`. Encodings and error handlers that are not built in
/// go through the codec registry (`_codecs`), as CPython's `str.encode` does.
pub fn encode(s: &StrData, encoding: Option<&str>, errors: Option<&str>) -> PyResult<Vec<u8>> {
    let encoding = encoding.unwrap_or("utf-8");
    match encode_builtin(s, encoding, errors.unwrap_or("strict"))? {
        Some(b) => Ok(b),
        None => {
            let str_value = crate::objects::str::new_str_from_bytes_of(s, 0, s.as_bytes().len());
            let r = call_registry("_str_encode", str_value, encoding, errors)?;
            match r.downcast::<crate::objects::bytes::BytesData>() {
                Some(b) => Ok(b.0.to_vec()),
                None => Err(PyErr::type_error("encoder did not return a bytes object")),
            }
        }
    }
}

/// Encodes with a built-in codec and handler; None when either is not built in.
pub fn encode_builtin(s: &StrData, encoding: &str, errors: &str) -> PyResult<Option<Vec<u8>>> {
    let Ok(codec) = Codec::lookup(encoding) else {
        return Ok(None);
    };
    if codec == Codec::Utf8 && !s.has_surrogates() {
        return Ok(Some(s.as_bytes().to_vec()));
    }
    let cps: Vec<u32> = s.code_points().collect();
    match encode_code_points(&cps, codec, errors) {
        Ok(b) => Ok(Some(b)),
        Err(CodecError::Lookup(_)) => Ok(None),
        Err(e) => Err(e.into_pyerr(|| {
            let mut b = StrBuf::with_capacity(cps.len());
            cps.iter().for_each(|&c| b.push_code_point(c));
            b.finish()
        })),
    }
}

/// Calls `_codecs.<fname>(object, encoding, errors)`, the registry's path for
/// encodings and handlers that are not built in.
#[cold]
fn call_registry(
    fname: &str,
    object: Value,
    encoding: &str,
    errors: Option<&str>,
) -> PyResult<Value> {
    let m = crate::import::import_name(
        &new_str("_codecs"),
        &Value::NONE,
        &Value::NONE,
        &Value::small_int(0),
    )?;
    let f = crate::ops::getattr(&m, &new_str(fname))?;
    let errors = errors.map(new_str).unwrap_or(Value::NONE);
    crate::ops::call(&f, &[object, new_str(encoding), errors], &[])
}

/// Text for standard output, as CPython's UTF-8 mode writes it: UTF-8 with
/// `surrogateescape` (U+DC80..U+DCFF become the bytes 0x80..0xFF; other surrogates
/// raise UnicodeEncodeError).
pub fn encode_stdout(s: &StrData) -> PyResult<Vec<u8>> {
    encode(s, None, Some("surrogateescape"))
}

/// Text for standard error: UTF-8 with `backslashreplace` (a surrogate shows as
/// `\udc80`).
pub fn stderr_text(s: &StrData) -> String {
    if !s.has_surrogates() {
        return s.as_str().to_string();
    }
    let mut out = String::with_capacity(s.as_bytes().len() + 8);
    for c in s.code_points() {
        match char::from_u32(c) {
            Some(ch) => out.push(ch),
            None => out.push_str(&backslash_escape(c)),
        }
    }
    out
}

#[cfg(test)]
fn encode_bytes(s: &str, encoding: Option<&str>, errors: Option<&str>) -> CResult<Vec<u8>> {
    let cps: Vec<u32> = s.chars().map(|c| c as u32).collect();
    encode_code_points(
        &cps,
        Codec::lookup(encoding.unwrap_or("utf-8"))?,
        errors.unwrap_or("strict"),
    )
}

impl Codec {
    /// Whether the codec cannot encode `c` on its own (an error handler decides).
    fn unencodable(self, c: u32) -> bool {
        match self {
            Codec::Ascii => c >= 0x80,
            Codec::Latin1 => c >= 0x100,
            _ => crate::objects::str_utf8::is_surrogate(c),
        }
    }

    /// What an encode error says.
    fn encode_reason(self) -> &'static str {
        match self {
            Codec::Ascii => "ordinal not in range(128)",
            Codec::Latin1 => "ordinal not in range(256)",
            _ => "surrogates not allowed",
        }
    }

    /// Appends the encoding of `c`, which `unencodable` accepts or `surrogatepass` lets
    /// through.
    fn push_encoded(self, out: &mut Vec<u8>, c: u32) {
        match self {
            Codec::Utf8 => crate::objects::str_utf8::push_code_point(out, c),
            Codec::Ascii | Codec::Latin1 => out.push(c as u8),
            Codec::Utf16(e) => {
                let mut push = |u: u16| match e {
                    Endian::Be => out.extend_from_slice(&u.to_be_bytes()),
                    _ => out.extend_from_slice(&u.to_le_bytes()),
                };
                if c >= 0x10000 {
                    let v = c - 0x10000;
                    push(0xD800 | (v >> 10) as u16);
                    push(0xDC00 | (v & 0x3FF) as u16);
                } else {
                    push(c as u16);
                }
            }
            Codec::Utf32(Endian::Be) => out.extend_from_slice(&c.to_be_bytes()),
            Codec::Utf32(_) => out.extend_from_slice(&c.to_le_bytes()),
        }
    }

    fn push_encoded_ascii(self, out: &mut Vec<u8>, text: &str) {
        for b in text.bytes() {
            self.push_encoded(out, b as u32);
        }
    }
}

fn encode_code_points(cps: &[u32], codec: Codec, errors: &str) -> CResult<Vec<u8>> {
    let mut out = Vec::with_capacity(cps.len() + 4);
    match codec {
        Codec::Utf16(Endian::Bom) | Codec::Utf32(Endian::Bom) => {
            codec.push_encoded(&mut out, 0xFEFF)
        }
        _ => {}
    }
    let error = |start: usize, end: usize| CodecError::Encode {
        encoding: codec.name(),
        start,
        end,
        bad: cps[start],
        reason: codec.encode_reason(),
    };
    let mut i = 0;
    while i < cps.len() {
        let c = cps[i];
        if !codec.unencodable(c) {
            codec.push_encoded(&mut out, c);
            i += 1;
            continue;
        }
        // UTF-8, ASCII and Latin-1 hand the handler a run of unencodable characters, the
        // UTF-16 and UTF-32 encoders one surrogate at a time.
        let end = match codec {
            Codec::Utf16(_) | Codec::Utf32(_) => i + 1,
            _ => {
                i + cps[i..]
                    .iter()
                    .take_while(|&&c| codec.unencodable(c))
                    .count()
            }
        };
        let run = &cps[i..end];
        match errors {
            "strict" => return Err(error(i, end)),
            "ignore" => {}
            "replace" => run
                .iter()
                .for_each(|_| codec.push_encoded(&mut out, b'?' as u32)),
            "backslashreplace" => {
                for &c in run {
                    codec.push_encoded_ascii(&mut out, &backslash_escape(c));
                }
            }
            "xmlcharrefreplace" => {
                for &c in run {
                    codec.push_encoded_ascii(&mut out, &format!("&#{};", c));
                }
            }
            "namereplace" => {
                for &c in run {
                    codec.push_encoded_ascii(&mut out, &name_escape(c));
                }
            }
            "surrogateescape" => {
                let bytewise = matches!(codec, Codec::Utf8 | Codec::Ascii | Codec::Latin1);
                for (k, &c) in run.iter().enumerate() {
                    if !bytewise || !(0xDC80..=0xDCFF).contains(&c) {
                        return Err(error(i + k, end));
                    }
                    out.push((c - 0xDC00) as u8);
                }
            }
            "surrogatepass" => {
                if matches!(codec, Codec::Ascii | Codec::Latin1) {
                    return Err(error(i, end));
                }
                for &c in run {
                    codec.push_encoded(&mut out, c);
                }
            }
            other => return Err(unknown_handler(other)),
        }
        i = end;
    }
    Ok(out)
}

/// Collects decoded text and applies the error handler to undecodable bytes.
struct Decoder<'a> {
    codec: Codec,
    input: &'a [u8],
    errors: &'a str,
    out: StrBuf,
    /// False while more input may follow (incremental decoding): an incomplete
    /// sequence at the end is left for the next call instead of being an error.
    is_final: bool,
    /// Where an incomplete sequence at the end begins, when one was left over.
    consumed: Option<usize>,
    /// The byte order a byte order mark announced: -1 little-endian, 1 big, 0 none.
    byteorder: i32,
}

impl Decoder<'_> {
    /// Handles the undecodable bytes `start..end`; returns where decoding resumes.
    fn error(&mut self, start: usize, end: usize, reason: &'static str) -> CResult<usize> {
        if !self.is_final
            && end == self.input.len()
            && matches!(reason, "unexpected end of data" | "truncated data")
        {
            self.consumed = Some(start);
            return Ok(end);
        }
        match self.errors {
            "strict" => {}
            "ignore" => return Ok(end),
            "replace" => {
                self.out.push_char('\u{FFFD}');
                return Ok(end);
            }
            "backslashreplace" => {
                for &b in &self.input[start..end] {
                    self.out.push_str(&format!("\\x{:02x}", b));
                }
                return Ok(end);
            }
            "surrogateescape" => {
                let bytes = &self.input[start..end];
                if bytes.iter().all(|&b| b >= 0x80) {
                    for &b in bytes {
                        self.out.push_code_point(0xDC00 + b as u32);
                    }
                    return Ok(end);
                }
            }
            "surrogatepass" => {
                if let Some((c, n)) = self.encoded_surrogate(start) {
                    self.out.push_code_point(c);
                    return Ok(start + n);
                }
            }
            other => return Err(unknown_handler(other)),
        }
        Err(CodecError::Decode {
            encoding: self.codec.name(),
            start,
            end,
            bad: self.input[start],
            reason,
        })
    }

    /// The surrogate encoded at `start` in this codec (what `surrogatepass` lets
    /// through), and its length in bytes.
    fn encoded_surrogate(&self, start: usize) -> Option<(u32, usize)> {
        let b = self.input.get(start..)?;
        let (c, n) = match self.codec {
            Codec::Utf8 => match b {
                [0xED, b1 @ 0xA0..=0xBF, b2 @ 0x80..=0xBF, ..] => {
                    (0xD000 | ((*b1 as u32 & 0x3F) << 6) | (*b2 as u32 & 0x3F), 3)
                }
                _ => return None,
            },
            Codec::Utf16(e) => {
                let p = [*b.first()?, *b.get(1)?];
                let u = if e == Endian::Be {
                    u16::from_be_bytes(p)
                } else {
                    u16::from_le_bytes(p)
                };
                (u as u32, 2)
            }
            Codec::Utf32(e) => {
                let p = [*b.first()?, *b.get(1)?, *b.get(2)?, *b.get(3)?];
                let u = if e == Endian::Be {
                    u32::from_be_bytes(p)
                } else {
                    u32::from_le_bytes(p)
                };
                (u, 4)
            }
            Codec::Ascii | Codec::Latin1 => return None,
        };
        crate::objects::str_utf8::is_surrogate(c).then_some((c, n))
    }
}

/// `b.decode(encoding, errors)` as a new str. Encodings and error handlers that are
/// not built in go through the codec registry (`_codecs`), as in CPython.
pub fn decode(b: &[u8], encoding: Option<&str>, errors: Option<&str>) -> PyResult<Value> {
    match decode_to_buf(b, encoding, errors) {
        Ok(s) => Ok(s.finish()),
        Err(CodecError::Lookup(_)) => call_registry(
            "_bytes_decode",
            crate::objects::bytes::new_bytes(b.to_vec()),
            encoding.unwrap_or("utf-8"),
            errors,
        ),
        Err(e) => Err(e.into_pyerr(|| crate::objects::bytes::new_bytes(b.to_vec()))),
    }
}

/// What incremental decoding with a built-in codec gives: the text, how many bytes it
/// used, and the byte order a UTF-16/32 byte order mark announced (-1 little-endian,
/// 1 big-endian, 0 none).
pub struct Decoded {
    pub text: Value,
    pub consumed: usize,
    pub byteorder: i32,
}

/// Decodes with a built-in codec and handler, leaving an incomplete sequence at the
/// end unless `is_final`; None when the codec or handler is not built in.
pub fn decode_builtin(
    b: &[u8],
    encoding: &str,
    errors: &str,
    is_final: bool,
) -> PyResult<Option<Decoded>> {
    let Ok(codec) = Codec::lookup(encoding) else {
        return Ok(None);
    };
    let mut d = Decoder {
        codec,
        input: b,
        errors,
        out: StrBuf::with_capacity(b.len()),
        is_final,
        consumed: None,
        byteorder: 0,
    };
    match run_decoder(&mut d) {
        Ok(()) => {}
        Err(CodecError::Lookup(_)) => return Ok(None),
        Err(e) => return Err(e.into_pyerr(|| crate::objects::bytes::new_bytes(b.to_vec()))),
    }
    Ok(Some(Decoded {
        consumed: d.consumed.unwrap_or(b.len()),
        byteorder: d.byteorder,
        text: d.out.finish(),
    }))
}

/// `b.decode(encoding, errors)` as generalised UTF-8 and whether it holds a lone
/// surrogate (for streams, which keep decoded text as bytes).
pub fn decode_generalised(b: &[u8], encoding: &str, errors: &str) -> PyResult<(Vec<u8>, bool)> {
    decode_to_buf(b, Some(encoding), Some(errors))
        .map(StrBuf::into_parts)
        .map_err(|e| e.into_pyerr(|| crate::objects::bytes::new_bytes(b.to_vec())))
}

/// The canonical name of an encoding these codecs know (`utf-8`, `latin-1` ...), or
/// CPython's LookupError.
pub fn lookup_encoding(name: &str) -> PyResult<&'static str> {
    Codec::lookup(name)
        .map(Codec::name)
        .map_err(|e| e.into_pyerr(new_empty))
}

/// `b.decode(encoding, errors)`, lossy where the result holds surrogates.
#[cfg(test)]
fn decode_to_string(b: &[u8], encoding: Option<&str>, errors: Option<&str>) -> CResult<String> {
    decode_to_buf(b, encoding, errors).map(|b| b.to_string_lossy())
}

fn decode_to_buf(b: &[u8], encoding: Option<&str>, errors: Option<&str>) -> CResult<StrBuf> {
    let codec = Codec::lookup(encoding.unwrap_or("utf-8"))?;
    let mut d = Decoder {
        codec,
        input: b,
        errors: errors.unwrap_or("strict"),
        out: StrBuf::with_capacity(b.len()),
        is_final: true,
        consumed: None,
        byteorder: 0,
    };
    run_decoder(&mut d)?;
    Ok(d.out)
}

fn run_decoder(d: &mut Decoder) -> CResult<()> {
    let b = d.input;
    match d.codec {
        Codec::Utf8 => decode_utf8(d)?,
        Codec::Latin1 => b.iter().for_each(|&c| d.out.push_char(c as char)),
        Codec::Ascii => {
            let mut i = 0;
            while i < b.len() {
                if b[i] < 0x80 {
                    d.out.push_char(b[i] as char);
                    i += 1;
                } else {
                    i = d.error(i, i + 1, "ordinal not in range(128)")?;
                }
            }
        }
        Codec::Utf16(e) => decode_utf16(d, e)?,
        Codec::Utf32(e) => decode_utf32(d, e)?,
    }
    Ok(())
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
                i = d.error(good, good + n, reason)?;
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
            (0xFF, 0xFE) => {
                i = 2;
                d.byteorder = -1;
            }
            (0xFE, 0xFF) => {
                i = 2;
                be = true;
                d.byteorder = 1;
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
            i = d.error(i, b.len(), "truncated data")?;
            continue;
        }
        let u = unit(i);
        if !(0xD800..0xE000).contains(&u) {
            d.out.push_code_point(u as u32);
            i += 2;
        } else if u >= 0xDC00 {
            i = d.error(i, i + 2, "illegal encoding")?;
        } else if i + 3 >= b.len() {
            i = d.error(i, b.len(), "unexpected end of data")?;
        } else {
            let lo = unit(i + 2);
            if (0xDC00..0xE000).contains(&lo) {
                let c = 0x10000 + (((u as u32) - 0xD800) << 10) + (lo as u32 - 0xDC00);
                d.out.push_code_point(c);
                i += 4;
            } else {
                i = d.error(i, i + 2, "illegal UTF-16 surrogate")?;
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
            (0xFF, 0xFE, 0, 0) => {
                i = 4;
                d.byteorder = -1;
            }
            (0, 0, 0xFE, 0xFF) => {
                i = 4;
                be = true;
                d.byteorder = 1;
            }
            _ => {}
        }
    }
    // Errors name the byte order found (or assumed): 'utf-16-le'.
    d.codec = Codec::Utf32(if be { Endian::Be } else { Endian::Le });
    while i < b.len() {
        if i + 3 >= b.len() {
            i = d.error(i, b.len(), "truncated data")?;
            continue;
        }
        let p = [b[i], b[i + 1], b[i + 2], b[i + 3]];
        let n = if be {
            u32::from_be_bytes(p)
        } else {
            u32::from_le_bytes(p)
        };
        i = if crate::objects::str_utf8::is_surrogate(n) {
            d.error(
                i,
                i + 4,
                "code point in surrogate code point range(0xd800, 0xe000)",
            )?
        } else if n > 0x10FFFF {
            d.error(i, i + 4, "code point not in range(0x110000)")?
        } else {
            d.out.push_code_point(n);
            i + 4
        };
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_error_reasons_follow_cpython() {
        let msg = |b: &[u8]| match decode_to_string(b, None, None) {
            Err(e) => e.message(),
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
