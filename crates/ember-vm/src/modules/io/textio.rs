//! `_io.TextIOWrapper` (text over a binary buffer: decoding, newline translation,
//! line buffering, tell/seek cookies) and `_io.IncrementalNewlineDecoder`, with the
//! newline modes StringIO shares.
//!
//! Decoded text is kept as generalised UTF-8 (`decoded[dpos..]` not yet returned).
//! The decoder's only state is undecoded input (`pending`: an incomplete UTF-8
//! sequence, or a final `\r` whose `\n` may follow), so decoding restarts cleanly at
//! `snapshot_pos`, the byte position where `snapshot` (the input behind `decoded`)
//! begins; `tell()` walks that input to the next unread character. For UTF-8,
//! Latin-1 and ASCII that position is the cookie CPython returns.

use super::args::{optional_str, parse, positional};
use super::buffered::native_buffered;
use super::{
    call, closed_attr, int_arg, io_types, new_with_state, optional_size, unsupported, with_state,
};
use crate::error::{PyErr, PyResult};
use crate::objects::bytes::new_bytes;
use crate::objects::int::new_int;
use crate::objects::str::{as_str, as_str_data, new_str, new_str_from_valid, new_string, StrData};
use crate::objects::str_utf8::count_code_points;
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::type_name;
use crate::ops;
use crate::types::{add_method, add_staticmethod};
use crate::value::Value;

const CLASS: &str = "TextIOWrapper";
const CHUNK_SIZE: usize = 8192;

/// How a stream treats newlines (CPython's `readuniversal`, `readtranslate`,
/// `readnl` and `writenl`).
#[derive(Clone, Default)]
pub struct NewlineMode {
    /// `newline=None`: `\r\n` and `\r` read (StringIO: written) as `\n`.
    pub translate: bool,
    /// `newline=None` or `''`: lines end at `\n`, `\r` or `\r\n`.
    pub universal: bool,
    /// The line terminator for `newline='\n'`, `'\r'` or `'\r\n'`.
    pub readnl: Option<&'static str>,
    /// What a written `\n` becomes (`'\r'` or `'\r\n'`), None to keep it.
    pub writenl: Option<&'static str>,
}

/// The mode for the `newline` argument (text already checked to be a str or None);
/// ValueError for other strings. `arg` is the original value, for the message.
/// (StringIO shows the value's repr, TextIOWrapper the text.)
pub fn parse_newline(newline: Option<&str>, arg: Option<&Value>) -> PyResult<NewlineMode> {
    let readnl = match newline {
        None | Some("") => None,
        Some("\n") => Some("\n"),
        Some("\r") => Some("\r"),
        Some("\r\n") => Some("\r\n"),
        Some(_) => {
            let shown = match arg {
                Some(v) => ops::repr(v)?,
                None => newline.unwrap_or_default().to_string(),
            };
            return Err(PyErr::value_error(format!(
                "illegal newline value: {}",
                shown
            )));
        }
    };
    Ok(NewlineMode {
        translate: newline.is_none(),
        universal: matches!(newline, None | Some("")),
        readnl,
        writenl: readnl.filter(|n| n.starts_with('\r')),
    })
}

impl NewlineMode {
    /// StringIO's write translation: with `newline=None`, `\r\n` and `\r` become `\n`
    /// (recorded in `seen`); with `'\r'`/`'\r\n'`, `\n` becomes that. None when the text
    /// is unchanged.
    pub fn translate_write(&self, s: &[u8], seen: &mut SeenNewlines) -> Option<Vec<u8>> {
        if self.universal {
            seen.record(s);
        }
        if self.translate {
            if !s.contains(&b'\r') {
                return None;
            }
            return Some(translate_newlines(s));
        }
        self.write_translate(s)
    }

    /// TextIOWrapper's write translation of `\n` to `writenl`.
    pub fn write_translate(&self, s: &[u8]) -> Option<Vec<u8>> {
        let nl = self.writenl?;
        if !s.contains(&b'\n') {
            return None;
        }
        let mut out = Vec::with_capacity(s.len() + 16);
        for &b in s {
            if b == b'\n' {
                out.extend_from_slice(nl.as_bytes());
            } else {
                out.push(b);
            }
        }
        Some(out)
    }
}

/// `\r\n` and `\r` replaced by `\n`.
fn translate_newlines(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i] == b'\r' {
            out.push(b'\n');
            if s.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
        } else {
            out.push(s[i]);
        }
        i += 1;
    }
    out
}

/// The kinds of newline a universal-newline reader has met (`newlines`).
#[derive(Clone, Copy, Default)]
pub struct SeenNewlines(u8);

const SEEN_CR: u8 = 1;
const SEEN_LF: u8 = 2;
const SEEN_CRLF: u8 = 4;

impl SeenNewlines {
    pub fn record(&mut self, s: &[u8]) {
        let mut i = 0;
        while i < s.len() {
            match s[i] {
                b'\r' if s.get(i + 1) == Some(&b'\n') => {
                    self.0 |= SEEN_CRLF;
                    i += 1;
                }
                b'\r' => self.0 |= SEEN_CR,
                b'\n' => self.0 |= SEEN_LF,
                _ => {}
            }
            i += 1;
        }
    }

    /// `newlines`: None, one of the strings, or a tuple of them in CPython's order.
    pub fn value(self) -> Value {
        let mut kinds = Vec::new();
        for (bit, s) in [(SEEN_CR, "\r"), (SEEN_LF, "\n"), (SEEN_CRLF, "\r\n")] {
            if self.0 & bit != 0 {
                kinds.push(new_str(s));
            }
        }
        match kinds.len() {
            0 => Value::NONE,
            1 => kinds.pop().expect("one kind"),
            _ => new_tuple(kinds),
        }
    }
}

/// The end (just past the terminator) of the first line of `s`, if it has one, for
/// text already translated by `mode`. A `\r` ending `s` ends a line unless more text
/// may follow (`complete` false) and the mode is universal.
pub fn find_line_end(s: &[u8], mode: &NewlineMode, complete: bool) -> Option<usize> {
    if mode.translate {
        return super::buffered::memchr(b'\n', s).map(|i| i + 1);
    }
    if mode.universal {
        let i = s.iter().position(|&c| c == b'\n' || c == b'\r')?;
        if s[i] == b'\n' {
            return Some(i + 1);
        }
        return match s.get(i + 1) {
            Some(b'\n') => Some(i + 2),
            Some(_) => Some(i + 1),
            None if complete => Some(i + 1),
            None => None,
        };
    }
    match mode.readnl.unwrap_or("\n") {
        "\n" => super::buffered::memchr(b'\n', s).map(|i| i + 1),
        "\r" => super::buffered::memchr(b'\r', s).map(|i| i + 1),
        _ => s.windows(2).position(|w| w == b"\r\n").map(|i| i + 2),
    }
}

/// The codecs a TextIOWrapper decodes and encodes itself.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
enum Codec {
    #[default]
    Utf8,
    /// UTF-8 with a byte order mark written first and skipped when read.
    Utf8Sig,
    Latin1,
    Ascii,
    /// Another codec of `types::codecs` (UTF-16, UTF-32), decoded in whole units.
    Other(&'static str),
}

fn lookup_codec(name: &str) -> PyResult<Codec> {
    let norm = crate::types::codecs::normalize_encoding(name);
    if norm == "utf_8_sig" || norm == "utf8_sig" {
        return Ok(Codec::Utf8Sig);
    }
    Ok(match crate::types::codecs::lookup_encoding(name)? {
        "utf-8" => Codec::Utf8,
        "latin-1" => Codec::Latin1,
        "ascii" => Codec::Ascii,
        other => Codec::Other(other),
    })
}

impl Codec {
    /// The bytes of one encoded character starting with byte `b` (for `tell`).
    fn char_width(self, b: u8) -> usize {
        match self {
            Codec::Utf8 | Codec::Utf8Sig => match b {
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0..=0xF7 => 4,
                _ => 1,
            },
            Codec::Other(n) if n.starts_with("utf-16") => 2,
            Codec::Other(_) => 4,
            _ => 1,
        }
    }

    /// How many bytes at the end of `b` may start a character that more input would
    /// complete (kept for the next chunk).
    fn incomplete_tail(self, b: &[u8]) -> usize {
        match self {
            Codec::Utf8 | Codec::Utf8Sig => {
                for back in 1..=3.min(b.len()) {
                    let c = b[b.len() - back];
                    if c & 0xC0 == 0x80 {
                        continue;
                    }
                    let need = match c {
                        0xC2..=0xDF => 2,
                        0xE0..=0xEF => 3,
                        0xF0..=0xF4 => 4,
                        _ => 1,
                    };
                    return if need > back { back } else { 0 };
                }
                0
            }
            Codec::Other(n) => {
                let unit = if n.starts_with("utf-16") { 2 } else { 4 };
                let mut k = b.len() % unit;
                if unit == 2 && b.len() >= 2 + k {
                    let i = b.len() - k - 2;
                    let u = if n.ends_with("be") {
                        u16::from_be_bytes([b[i], b[i + 1]])
                    } else {
                        u16::from_le_bytes([b[i], b[i + 1]])
                    };
                    if (0xD800..0xDC00).contains(&u) {
                        k += 2;
                    }
                }
                k
            }
            _ => 0,
        }
    }
}

#[derive(Default)]
pub struct TextIO {
    initialized: bool,
    detached: bool,
    buffer: Value,
    /// The encoding as given (`encoding` shows it unchanged).
    encoding: String,
    codec: Codec,
    errors: String,
    newline: NewlineMode,
    line_buffering: bool,
    write_through: bool,
    readable: bool,
    writable: bool,
    seekable: bool,
    telling: bool,
    has_read1: bool,
    chunk_size: usize,
    /// Decoded text; `decoded[dpos..]` is not yet read.
    decoded: Vec<u8>,
    dpos: usize,
    decoded_surrogates: bool,
    /// Input not yet decoded.
    pending: Vec<u8>,
    /// Where `snapshot` starts in the stream, and the input decoded into `decoded`.
    snapshot_pos: Option<i64>,
    snapshot: Vec<u8>,
    seen: SeenNewlines,
    /// A UTF-8-sig reader at the start of the stream skips a byte order mark.
    bom_check: bool,
    /// A UTF-8-sig writer writes a byte order mark first.
    bom_write: bool,
    /// Encoded text not yet passed to the buffer.
    pending_out: Vec<u8>,
}

impl Drop for TextIO {
    fn drop(&mut self) {
        super::finalize::forget_text(self);
        self.flush_at_exit();
    }
}

impl TextIO {
    /// Passes pending text to a native buffer without running Python code (the
    /// finaliser and the exit-time flush).
    pub fn flush_at_exit(&mut self) {
        // CPython's dealloc closes the wrapper: pending text goes to the buffer, which
        // flushes and closes when its own last reference goes.
        if self.pending_out.is_empty() || self.detached || !self.initialized {
            return;
        }
        if let Some(h) = native_buffered(&self.buffer) {
            if let Ok(mut b) = h.borrow::<super::buffered::Buffered>() {
                let _ = b.write(&std::mem::take(&mut self.pending_out));
            }
        }
    }
}

impl TextIO {
    fn check_attached(&self) -> PyResult<()> {
        if self.detached {
            return Err(PyErr::value_error("underlying buffer has been detached"));
        }
        if !self.initialized {
            return Err(PyErr::value_error("I/O operation on uninitialized object"));
        }
        Ok(())
    }

    fn check_closed(&self) -> PyResult<()> {
        self.check_attached()?;
        let closed = match super::buffered::native_closed(&self.buffer)? {
            Some(c) => c,
            None => closed_attr(&self.buffer)?,
        };
        if closed {
            return Err(PyErr::value_error("I/O operation on closed file."));
        }
        Ok(())
    }

    fn check_readable(&self) -> PyResult<()> {
        if !self.readable {
            return Err(unsupported("not readable"));
        }
        Ok(())
    }

    fn reset_decoder(&mut self) {
        self.decoded.clear();
        self.dpos = 0;
        self.decoded_surrogates = false;
        self.pending.clear();
        self.snapshot_pos = None;
        self.snapshot.clear();
    }

    /// Passes the encoded text written so far to the buffer.
    fn flush_pending(&mut self) -> PyResult<()> {
        if self.pending_out.is_empty() {
            return Ok(());
        }
        let data = std::mem::take(&mut self.pending_out);
        if let Some(h) = native_buffered(&self.buffer) {
            h.borrow::<super::buffered::Buffered>()?.write(&data)?;
            return Ok(());
        }
        call(&self.buffer, "write", &[new_bytes(data)])?;
        Ok(())
    }

    fn buffer_flush(&mut self) -> PyResult<()> {
        if let Some(h) = native_buffered(&self.buffer) {
            return h.borrow::<super::buffered::Buffered>()?.flush();
        }
        call(&self.buffer, "flush", &[])?;
        Ok(())
    }

    fn buffer_tell(&self) -> PyResult<i64> {
        int_arg(&call(&self.buffer, "tell", &[])?)
    }

    /// Reads and decodes one chunk; false at end of file.
    fn read_chunk(&mut self, size_hint: usize) -> PyResult<bool> {
        let start_pos = if self.telling && self.seekable {
            Some(self.buffer_tell()? - self.pending.len() as i64)
        } else {
            None
        };
        let size = self.chunk_size.max(size_hint);
        let input: Vec<u8> = if let Some(h) = native_buffered(&self.buffer) {
            let mut b = h.borrow::<super::buffered::Buffered>()?;
            b.read1(size as i64)?
        } else {
            let method = if self.has_read1 { "read1" } else { "read" };
            let r = call(&self.buffer, method, &[new_int(size as i64)])?;
            if r.is_none() {
                Vec::new()
            } else {
                crate::objects::bytes::bytes_like(&r).ok_or_else(|| {
                    PyErr::type_error(format!(
                        "underlying {}() should have returned a bytes-like object, not '{}'",
                        method,
                        type_name(&r)
                    ))
                })?
            }
        };
        let eof = input.is_empty();
        let mut all = std::mem::take(&mut self.pending);
        all.extend_from_slice(&input);
        // Keep the unread rest of `decoded`.
        let rest = self.decoded.split_off(self.dpos);
        self.decoded = rest;
        self.dpos = 0;
        let text = self.decode(&all, eof)?;
        self.decoded.extend_from_slice(&text);
        if let Some(p) = start_pos {
            // Only a fully read `decoded` lets `tell` start from this chunk.
            self.snapshot_pos = Some(p);
            self.snapshot = all;
            self.snapshot
                .truncate(self.snapshot.len() - self.pending.len());
        } else {
            self.snapshot_pos = None;
        }
        Ok(!eof)
    }

    /// Decodes `input` (leaving an incomplete tail in `pending` unless `last`), with
    /// newline translation.
    fn decode(&mut self, input: &[u8], last: bool) -> PyResult<Vec<u8>> {
        let mut input = input;
        if self.bom_check && self.codec == Codec::Utf8Sig {
            if input.len() < 3 && !last && b"\xef\xbb\xbf".starts_with(input) {
                self.pending = input.to_vec();
                return Ok(Vec::new());
            }
            if input.starts_with(b"\xef\xbb\xbf") {
                input = &input[3..];
            }
            self.bom_check = false;
        }
        let mut keep = if last {
            0
        } else {
            self.codec.incomplete_tail(input)
        };
        if !last && self.newline.universal && keep == 0 && input.last() == Some(&b'\r') {
            keep = 1;
        }
        let (body, tail) = input.split_at(input.len() - keep);
        self.pending = tail.to_vec();
        let mut out = match self.codec {
            Codec::Utf8 | Codec::Utf8Sig if self.errors == "strict" => {
                match std::str::from_utf8(body) {
                    Ok(s) => s.as_bytes().to_vec(),
                    Err(_) => self.decode_with_codecs(body, "utf-8")?,
                }
            }
            Codec::Utf8 | Codec::Utf8Sig => self.decode_with_codecs(body, "utf-8")?,
            Codec::Ascii if body.is_ascii() => body.to_vec(),
            Codec::Ascii => self.decode_with_codecs(body, "ascii")?,
            Codec::Latin1 => {
                let mut o = Vec::with_capacity(body.len());
                for &b in body {
                    crate::objects::str_utf8::push_code_point(&mut o, b as u32);
                }
                o
            }
            Codec::Other(name) => self.decode_with_codecs(body, name)?,
        };
        if self.newline.universal {
            self.seen.record(&out);
        }
        if self.newline.translate && out.contains(&b'\r') {
            out = translate_newlines(&out);
        }
        Ok(out)
    }

    fn decode_with_codecs(&mut self, body: &[u8], name: &str) -> PyResult<Vec<u8>> {
        let (b, s) = crate::types::codecs::decode_generalised(body, name, &self.errors)?;
        if let Codec::Other(n) = self.codec {
            // Only the first chunk of a UTF-16/32 stream has the byte order mark.
            if n == "utf-16" || n == "utf-32" {
                self.codec = Codec::Other(if n == "utf-16" {
                    "utf-16-le"
                } else {
                    "utf-32-le"
                });
            }
        }
        self.decoded_surrogates |= s;
        Ok(b)
    }

    fn read(&mut self, n: i64) -> PyResult<Value> {
        self.check_closed()?;
        self.check_readable()?;
        self.flush_pending()?;
        if n < 0 {
            let rest: Vec<u8> = if let Some(h) = native_buffered(&self.buffer) {
                h.borrow::<super::buffered::Buffered>()?
                    .read(-1)?
                    .unwrap_or_default()
            } else {
                let r = call(&self.buffer, "read", &[])?;
                if r.is_none() {
                    Vec::new()
                } else {
                    crate::objects::bytes::bytes_like(&r).ok_or_else(|| {
                        PyErr::type_error(format!(
                            "underlying read() should have returned a bytes object, not '{}'",
                            type_name(&r)
                        ))
                    })?
                }
            };
            let mut all = std::mem::take(&mut self.pending);
            all.extend_from_slice(&rest);
            let mut out = self.decoded.split_off(self.dpos);
            out.extend_from_slice(&self.decode(&all, true)?);
            let s = self.decoded_surrogates;
            self.reset_decoder();
            return Ok(new_str_from_valid(out, s));
        }
        let want = n as usize;
        let mut out: Vec<u8> = Vec::new();
        let mut got = 0usize;
        loop {
            let avail = &self.decoded[self.dpos..];
            let (k, bytes) = take_chars(avail, want - got);
            out.extend_from_slice(&avail[..bytes]);
            self.dpos += bytes;
            got += k;
            if got >= want || !self.read_chunk(0)? {
                if got < want {
                    let avail = &self.decoded[self.dpos..];
                    let (k2, b2) = take_chars(avail, want - got);
                    out.extend_from_slice(&avail[..b2]);
                    self.dpos += b2;
                    got += k2;
                    let _ = got;
                }
                break;
            }
        }
        Ok(new_str_from_valid(out, self.decoded_surrogates))
    }

    fn readline(&mut self, limit: i64) -> PyResult<Value> {
        self.check_closed()?;
        self.check_readable()?;
        self.flush_pending()?;
        let mut line: Vec<u8> = Vec::new();
        let mut nchars = 0usize;
        loop {
            let avail = &self.decoded[self.dpos..];
            // A "\r\n" terminator split between chunks.
            if self.newline.readnl == Some("\r\n")
                && !self.newline.universal
                && line.last() == Some(&b'\r')
                && avail.first() == Some(&b'\n')
            {
                line.push(b'\n');
                self.dpos += 1;
                break;
            }
            let (k, nbytes) = if limit >= 0 {
                take_chars(avail, limit as usize - nchars)
            } else {
                (0, avail.len())
            };
            let window = &avail[..nbytes];
            if let Some(end) = find_line_end(window, &self.newline, true) {
                line.extend_from_slice(&window[..end]);
                self.dpos += end;
                break;
            }
            line.extend_from_slice(window);
            self.dpos += nbytes;
            nchars += k;
            if limit >= 0 && nchars >= limit as usize {
                break;
            }
            if !self.read_chunk(0)? && self.dpos >= self.decoded.len() {
                break;
            }
        }
        Ok(new_str_from_valid(line, self.decoded_surrogates))
    }

    fn write(&mut self, s: &StrData) -> PyResult<(usize, bool)> {
        self.check_closed()?;
        if !self.writable {
            return Err(unsupported("not writable"));
        }
        let n = s.char_len();
        let bytes = s.as_bytes();
        let haslf = bytes.contains(&b'\n');
        let translated = if haslf {
            self.newline.write_translate(bytes)
        } else {
            None
        };
        let text = translated.as_deref().unwrap_or(bytes);
        let needflush = self.line_buffering && (haslf || text.contains(&b'\r'));
        if self.bom_write {
            self.pending_out.extend_from_slice(b"\xef\xbb\xbf");
            self.bom_write = false;
        }
        match self.codec {
            Codec::Utf8 | Codec::Utf8Sig if !s.has_surrogates() => {
                self.pending_out.extend_from_slice(text)
            }
            Codec::Ascii if text.is_ascii() => self.pending_out.extend_from_slice(text),
            _ => {
                let tmp;
                let sd = match &translated {
                    Some(t) => {
                        tmp = new_str_from_valid(t.clone(), s.has_surrogates());
                        as_str_data(&tmp).expect("a str")
                    }
                    None => s,
                };
                let name = match self.codec {
                    Codec::Utf8 | Codec::Utf8Sig => "utf-8",
                    Codec::Latin1 => "latin-1",
                    Codec::Ascii => "ascii",
                    Codec::Other(n) => n,
                };
                let enc = crate::types::codecs::encode(sd, Some(name), Some(&self.errors))?;
                if let Codec::Other(n) = self.codec {
                    if n == "utf-16" || n == "utf-32" {
                        self.codec = Codec::Other(if n == "utf-16" {
                            "utf-16-le"
                        } else {
                            "utf-32-le"
                        });
                    }
                }
                self.pending_out.extend_from_slice(&enc);
            }
        }
        if self.pending_out.len() > self.chunk_size || needflush || self.write_through {
            self.flush_pending()?;
        }
        if needflush {
            self.buffer_flush()?;
        }
        // Read-ahead is dropped, as CPython does.
        self.reset_decoder();
        Ok((n, needflush))
    }

    fn tell(&mut self) -> PyResult<i64> {
        self.check_closed()?;
        if !self.seekable {
            return Err(unsupported("underlying stream is not seekable"));
        }
        if !self.telling {
            return Err(PyErr::os_error("telling position disabled by next() call"));
        }
        self.flush_pending()?;
        self.buffer_flush()?;
        let Some(start) = self.snapshot_pos else {
            return self.buffer_tell().map(|p| p - self.pending.len() as i64);
        };
        if self.dpos >= self.decoded.len() {
            return Ok(start + self.snapshot.len() as i64);
        }
        // Walk the snapshot's input to the character at `dpos`.
        let input = &self.snapshot;
        let mut i = 0usize;
        let mut o = 0usize;
        if self.codec == Codec::Utf8Sig && start == 0 && input.starts_with(b"\xef\xbb\xbf") {
            i = 3;
        }
        while o < self.dpos && i < input.len() {
            let b = input[i];
            if self.newline.translate && b == b'\r' {
                o += 1;
                i += if input.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                continue;
            }
            let w = self.codec.char_width(b).min(input.len() - i);
            let ow = match self.codec {
                Codec::Latin1 if b >= 0x80 => 2,
                Codec::Latin1 | Codec::Ascii => 1,
                _ => w,
            };
            o += ow;
            i += w;
        }
        Ok(start + i as i64)
    }

    fn seek(&mut self, cookie: &Value, whence: i64) -> PyResult<i64> {
        self.check_closed()?;
        if !self.seekable {
            return Err(unsupported("underlying stream is not seekable"));
        }
        let pos = match whence {
            0 => {
                let c = int_arg(cookie)?;
                if c < 0 {
                    return Err(PyErr::value_error(format!(
                        "negative seek position {}",
                        ops::repr(cookie)?
                    )));
                }
                c
            }
            1 => {
                if !ops::eq_bool(cookie, &new_int(0))? {
                    return Err(unsupported("can't do nonzero cur-relative seeks"));
                }
                self.tell()?
            }
            2 => {
                if !ops::eq_bool(cookie, &new_int(0))? {
                    return Err(unsupported("can't do nonzero end-relative seeks"));
                }
                self.flush_pending()?;
                self.buffer_flush()?;
                self.reset_decoder();
                let r = int_arg(&call(&self.buffer, "seek", &[new_int(0), new_int(2)])?)?;
                self.bom_check = false;
                self.bom_write = false;
                return Ok(r);
            }
            w => {
                return Err(PyErr::value_error(format!(
                    "invalid whence ({}, should be 0, 1 or 2)",
                    w
                )))
            }
        };
        self.flush_pending()?;
        self.buffer_flush()?;
        call(&self.buffer, "seek", &[new_int(pos)])?;
        self.reset_decoder();
        self.bom_check = pos == 0;
        self.bom_write = pos == 0 && self.codec == Codec::Utf8Sig;
        Ok(pos)
    }
}

/// Up to `n` characters from the start of generalised UTF-8 `s`: how many, and their
/// length in bytes.
fn take_chars(s: &[u8], n: usize) -> (usize, usize) {
    if n >= s.len() {
        return (count_code_points(s), s.len());
    }
    if s[..n].is_ascii() {
        return (n, n);
    }
    let mut chars = 0;
    let mut b = 0;
    while b < s.len() && chars < n {
        b += 1;
        while b < s.len() && !crate::objects::str_utf8::is_boundary_byte(s[b]) {
            b += 1;
        }
        chars += 1;
    }
    (chars, b)
}

pub fn install(t: &super::IoTypes) {
    let ty = &t.text_io_wrapper;
    add_staticmethod(ty, "__new__", text_new);
    add_method(ty, "__init__", text_init);
    add_method(ty, "__repr__", text_repr);
    add_method(ty, "read", text_read);
    add_method(ty, "readline", text_readline);
    add_method(ty, "__next__", text_next);
    add_method(ty, "write", text_write);
    add_method(ty, "flush", text_flush);
    add_method(ty, "close", text_close);
    add_method(ty, "detach", text_detach);
    add_method(ty, "tell", text_tell);
    add_method(ty, "seek", text_seek);
    add_method(ty, "truncate", text_truncate);
    add_method(ty, "reconfigure", text_reconfigure);
    add_method(ty, "fileno", |a, k| delegate(a, k, "fileno"));
    add_method(ty, "isatty", |a, k| delegate(a, k, "isatty"));
    add_method(ty, "seekable", |a, k| delegate(a, k, "seekable"));
    add_method(ty, "readable", |a, k| delegate(a, k, "readable"));
    add_method(ty, "writable", |a, k| delegate(a, k, "writable"));
    super::add_getter(ty, "closed", |a, _| delegate_attr(a, "closed"));
    super::add_getter(ty, "name", |a, _| delegate_attr(a, "name"));
    super::add_getter(ty, "buffer", |a, _| {
        with(&a[0], |st| {
            if st.detached {
                return Ok(Value::NONE);
            }
            st.check_attached()?;
            Ok(st.buffer.clone())
        })
    });
    super::add_getter(ty, "encoding", |a, _| {
        with(&a[0], |st| Ok(new_str(&st.encoding)))
    });
    super::add_getter(ty, "errors", |a, _| {
        with(&a[0], |st| Ok(new_str(&st.errors)))
    });
    super::add_getter(ty, "line_buffering", |a, _| {
        with(&a[0], |st| Ok(Value::bool(st.line_buffering)))
    });
    super::add_getter(ty, "write_through", |a, _| {
        with(&a[0], |st| Ok(Value::bool(st.write_through)))
    });
    super::add_getter(ty, "newlines", |a, _| {
        with(&a[0], |st| {
            Ok(if st.readable && st.newline.universal {
                st.seen.value()
            } else {
                Value::NONE
            })
        })
    });
    super::add_property(
        ty,
        "_CHUNK_SIZE",
        |a, _| with(&a[0], |st| Ok(new_int(st.chunk_size as i64))),
        Some(|a, _| {
            let n = int_arg(
                a.get(1)
                    .ok_or_else(|| PyErr::type_error("a value is required"))?,
            )?;
            if n <= 0 {
                return Err(PyErr::value_error(
                    "a strictly positive integer is required",
                ));
            }
            with(&a[0], |st| {
                st.chunk_size = n as usize;
                Ok(Value::NONE)
            })
        }),
    );

    let d = &t.newline_decoder;
    add_method(d, "__init__", decoder_init);
    add_method(d, "decode", decoder_decode);
    add_method(d, "getstate", decoder_getstate);
    add_method(d, "setstate", decoder_setstate);
    add_method(d, "reset", decoder_reset);
    super::add_getter(d, "newlines", |a, _| {
        with_state(
            &a[0],
            "IncrementalNewlineDecoder",
            |st: &mut NewlineDecoder| Ok(st.seen.value()),
        )
    });
}

fn with<R>(this: &Value, f: impl FnOnce(&mut TextIO) -> PyResult<R>) -> PyResult<R> {
    with_state(this, CLASS, f)
}

fn buffer_of(this: &Value) -> PyResult<Value> {
    with(this, |st| {
        st.check_attached()?;
        Ok(st.buffer.clone())
    })
}

fn delegate(args: &[Value], kw: &[Value], method: &str) -> PyResult<Value> {
    positional(args, kw, method, 0, 0)?;
    call(&buffer_of(&args[0])?, method, &[])
}

fn delegate_attr(args: &[Value], name: &'static str) -> PyResult<Value> {
    ops::getattr(&buffer_of(&args[0])?, &StrData::intern_static(name))
}

fn text_new(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_with_state(&args[0], TextIO::default()))
}

/// The encoding a TextIOWrapper uses for `encoding=None` (Ember runs as CPython in
/// UTF-8 mode), and for `"locale"` (the locale's codeset, as `nl_langinfo` names it).
const DEFAULT_ENCODING: &str = "utf-8";
const LOCALE_ENCODING: &str = "UTF-8";

fn text_init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = parse(
        args,
        kw,
        1,
        "TextIOWrapper",
        &[
            "buffer",
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
        1,
    )?;
    let buffer = p[0].expect("required").clone();
    let encoding = optional_str("TextIOWrapper", "encoding", p[1])?;
    let errors = optional_str("TextIOWrapper", "errors", p[2])?;
    let newline = optional_str("TextIOWrapper", "newline", p[3])?;
    let line_buffering = p[4].map(ops::is_true).transpose()?.unwrap_or(false);
    let write_through = p[5].map(ops::is_true).transpose()?.unwrap_or(false);
    let mode = parse_newline(newline, None)?;
    let encoding = match encoding {
        None => DEFAULT_ENCODING.to_string(),
        Some("locale") => LOCALE_ENCODING.to_string(),
        Some(e) => e.to_string(),
    };
    if encoding.contains('\0') {
        return Err(PyErr::value_error("embedded null character"));
    }
    let codec = lookup_codec(&encoding)?;
    let errors = errors.unwrap_or("strict").to_string();
    let readable = ops::is_true(&call(&buffer, "readable", &[])?)?;
    let writable = ops::is_true(&call(&buffer, "writable", &[])?)?;
    let seekable = ops::is_true(&call(&buffer, "seekable", &[])?)?;
    let has_read1 = ops::getattr_opt(&buffer, &StrData::intern_static("read1"))?.is_some();
    let mut at_start = true;
    if seekable && (writable || readable) {
        at_start = int_arg(&call(&buffer, "tell", &[])?)? == 0;
    }
    with(&args[0], |st| {
        let mut t = TextIO::default();
        t.initialized = true;
        t.buffer = buffer;
        t.encoding = encoding;
        t.codec = codec;
        t.errors = errors;
        t.newline = mode;
        t.line_buffering = line_buffering;
        t.write_through = write_through;
        t.readable = readable;
        t.writable = writable;
        t.seekable = seekable;
        t.telling = seekable;
        t.has_read1 = has_read1;
        t.chunk_size = CHUNK_SIZE;
        t.bom_check = at_start;
        t.bom_write = at_start && writable && codec == Codec::Utf8Sig;
        *st = t;
        if writable {
            super::finalize::register_text(st);
        }
        Ok(Value::NONE)
    })
}

fn text_repr(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::positional(args, kw, "__repr__", 0, 0)?;
    let this = &args[0];
    // CPython 3.11 names the class "_io.TextIOWrapper" whatever the subclass.
    let mut s = String::from("<_io.TextIOWrapper");
    for attr in ["name", "mode"] {
        match ops::getattr(this, &StrData::intern_static(attr)) {
            Ok(v) => s.push_str(&format!(" {}={}", attr, ops::repr(&v)?)),
            Err(e)
                if e.matches(&crate::vm::types().attribute_error)
                    || e.matches(&crate::vm::types().value_error) => {}
            Err(e) => return Err(e),
        }
    }
    let enc = with(this, |st| Ok(st.encoding.clone()))?;
    s.push_str(&format!(" encoding={}>", ops::repr(&new_string(enc))?));
    Ok(new_string(s))
}

fn text_read(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = positional(args, kw, "read", 0, 1)?;
    let n = optional_size(p.first())?;
    with(&args[0], |st| st.read(n))
}

fn text_readline(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = positional(args, kw, "readline", 0, 1)?;
    let n = match p.first() {
        None => -1,
        Some(v) => int_arg(v)?,
    };
    with(&args[0], |st| st.readline(n))
}

fn text_next(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::positional(args, kw, "__next__", 0, 0)?;
    let this = &args[0];
    let line = if super::is_exact(this, &io_types().text_io_wrapper) {
        with(this, |st| {
            st.telling = false;
            st.readline(-1)
        })?
    } else {
        with(this, |st| {
            st.telling = false;
            Ok(())
        })?;
        let l = call(this, "readline", &[])?;
        if as_str(&l).is_none() {
            return Err(PyErr::os_error(format!(
                "readline() should have returned a str object, not '{}'",
                type_name(&l)
            )));
        }
        l
    };
    if as_str_data(&line).is_some_and(|s| s.char_len() == 0) {
        with(this, |st| {
            st.snapshot_pos = None;
            st.telling = st.seekable;
            Ok(())
        })?;
        return Err(PyErr::stop_iteration(None));
    }
    Ok(line)
}

fn text_write(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = positional(args, kw, "write", 1, 1)?;
    let Some(s) = as_str_data(&p[0]) else {
        return Err(PyErr::type_error(format!(
            "write() argument must be str, not {}",
            type_name(&p[0])
        )));
    };
    let (n, _) = with(&args[0], |st| st.write(s))?;
    Ok(new_int(n as i64))
}

fn text_flush(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional(args, kw, "flush", 0, 0)?;
    let buffer = with(&args[0], |st| {
        st.check_closed()?;
        st.telling = st.seekable;
        st.flush_pending()?;
        Ok(st.buffer.clone())
    })?;
    call(&buffer, "flush", &[])
}

fn text_close(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional(args, kw, "close", 0, 0)?;
    let this = &args[0];
    let buffer = buffer_of(this)?;
    if closed_attr(&buffer)? {
        return Ok(Value::NONE);
    }
    let flushed = call(this, "flush", &[]);
    let closed = call(&buffer, "close", &[]);
    flushed?;
    closed?;
    Ok(Value::NONE)
}

fn text_detach(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional(args, kw, "detach", 0, 0)?;
    let this = &args[0];
    with(this, |st| st.check_attached())?;
    call(this, "flush", &[])?;
    with(this, |st| {
        st.detached = true;
        Ok(std::mem::replace(&mut st.buffer, Value::UNBOUND))
    })
}

fn text_tell(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional(args, kw, "tell", 0, 0)?;
    with(&args[0], |st| st.tell()).map(new_int)
}

fn text_seek(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (cookie, whence) = super::seek_args(args, kw)?;
    with(&args[0], |st| st.seek(cookie, whence)).map(new_int)
}

fn text_truncate(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = positional(args, kw, "truncate", 0, 1)?;
    let pos = p.first().cloned().unwrap_or(Value::NONE);
    let buffer = with(&args[0], |st| {
        st.check_closed()?;
        st.flush_pending()?;
        Ok(st.buffer.clone())
    })?;
    call(&args[0], "flush", &[])?;
    call(&buffer, "truncate", &[pos])
}

fn text_reconfigure(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.len() - kw.len() > 1 {
        return Err(PyErr::type_error(
            "reconfigure() takes no positional arguments",
        ));
    }
    let p = parse(
        args,
        kw,
        1,
        "reconfigure",
        &[
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
        0,
    )?;
    let encoding = optional_str("reconfigure", "encoding", p[0])?;
    let errors = optional_str("reconfigure", "errors", p[1])?;
    let newline_given = p[2].is_some_and(|v| !v.is(&Value::ELLIPSIS));
    let newline = if newline_given {
        Some(optional_str("reconfigure", "newline", p[2])?)
    } else {
        None
    };
    let mode = match newline {
        Some(n) => Some(parse_newline(n, None)?),
        None => None,
    };
    let codec = match encoding {
        Some(e) if e != "locale" => Some(lookup_codec(e)?),
        Some(_) => Some(Codec::Utf8),
        None => None,
    };
    let line_buffering = match p[3] {
        Some(v) if !v.is_none() => Some(ops::is_true(v)?),
        _ => None,
    };
    let write_through = match p[4] {
        Some(v) if !v.is_none() => Some(ops::is_true(v)?),
        _ => None,
    };
    with(&args[0], |st| {
        st.check_attached()?;
        if (encoding.is_some() || errors.is_some() || newline_given)
            && (st.dpos < st.decoded.len() || st.snapshot_pos.is_some())
        {
            return Err(unsupported(
                "It is not possible to set the encoding or newline of stream after the first read",
            ));
        }
        Ok(())
    })?;
    call(&args[0], "flush", &[])?;
    with(&args[0], |st| {
        if let (Some(e), Some(c)) = (encoding, codec) {
            st.encoding = if e == "locale" {
                LOCALE_ENCODING.to_string()
            } else {
                e.to_string()
            };
            st.codec = c;
            st.errors = errors.unwrap_or("strict").to_string();
        } else if let Some(e) = errors {
            st.errors = e.to_string();
        }
        if let Some(m) = mode {
            st.newline = m;
        }
        if let Some(l) = line_buffering {
            st.line_buffering = l;
        }
        if let Some(w) = write_through {
            st.write_through = w;
        }
        Ok(Value::NONE)
    })
}

/// `IncrementalNewlineDecoder`'s state.
#[derive(Default)]
pub struct NewlineDecoder {
    decoder: Value,
    translate: bool,
    pendingcr: bool,
    seen: SeenNewlines,
}

pub fn decoder_new(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_with_state(&args[0], NewlineDecoder::default()))
}

fn nd<R>(this: &Value, f: impl FnOnce(&mut NewlineDecoder) -> PyResult<R>) -> PyResult<R> {
    with_state(this, "IncrementalNewlineDecoder", f)
}

fn decoder_init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = parse(
        args,
        kw,
        1,
        "IncrementalNewlineDecoder",
        &["decoder", "translate", "errors"],
        2,
    )?;
    let decoder = p[0].expect("required").clone();
    let translate = ops::is_true(p[1].expect("required"))?;
    nd(&args[0], |st| {
        *st = NewlineDecoder {
            decoder,
            translate,
            pendingcr: false,
            seen: SeenNewlines::default(),
        };
        Ok(Value::NONE)
    })
}

fn decoder_decode(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = parse(args, kw, 1, "decode", &["input", "final"], 1)?;
    let input = p[0].expect("required").clone();
    let fin = p[1].map(ops::is_true).transpose()?.unwrap_or(false);
    let decoder = nd(&args[0], |st| Ok(st.decoder.clone()))?;
    let output = if decoder.is_none() {
        input
    } else {
        let f = ops::getattr(&decoder, &StrData::intern_static("decode"))?;
        ops::call(
            &f,
            &[input, Value::bool(fin)],
            &[StrData::intern_static("final")],
        )?
    };
    let Some(out) = as_str_data(&output) else {
        return Err(PyErr::type_error(format!(
            "decoder should return a string result, not '{}'",
            type_name(&output)
        )));
    };
    nd(&args[0], |st| {
        let mut text: Vec<u8> = Vec::with_capacity(out.as_bytes().len() + 1);
        if st.pendingcr && (fin || !out.as_bytes().is_empty()) {
            text.push(b'\r');
            st.pendingcr = false;
        }
        text.extend_from_slice(out.as_bytes());
        if !fin && text.last() == Some(&b'\r') {
            text.pop();
            st.pendingcr = true;
        }
        st.seen.record(&text);
        if st.translate && text.contains(&b'\r') {
            text = translate_newlines(&text);
        }
        Ok(new_str_from_valid(text, out.has_surrogates()))
    })
}

fn decoder_getstate(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::positional(args, kw, "getstate", 0, 0)?;
    let (decoder, pendingcr) = nd(&args[0], |st| Ok((st.decoder.clone(), st.pendingcr)))?;
    let (buf, mut flag) = if decoder.is_none() {
        (new_bytes(Vec::new()), 0i64)
    } else {
        let s = call(&decoder, "getstate", &[])?;
        let t = crate::objects::tuple::as_tuple(&s)
            .filter(|t| t.len() == 2)
            .ok_or_else(|| PyErr::type_error("illegal decoder state"))?
            .to_vec();
        (t[0].clone(), int_arg(&t[1])? << 1)
    };
    if pendingcr {
        flag |= 1;
    }
    Ok(new_tuple(vec![buf, new_int(flag)]))
}

fn decoder_setstate(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = positional(args, kw, "setstate", 1, 1)?;
    let t = crate::objects::tuple::as_tuple(&p[0])
        .filter(|t| t.len() == 2)
        .ok_or_else(|| PyErr::type_error("state argument must be a tuple"))?
        .to_vec();
    let flag = int_arg(&t[1])?;
    let decoder = nd(&args[0], |st| {
        st.pendingcr = flag & 1 != 0;
        Ok(st.decoder.clone())
    })?;
    if !decoder.is_none() {
        call(
            &decoder,
            "setstate",
            &[new_tuple(vec![t[0].clone(), new_int(flag >> 1)])],
        )?;
    }
    Ok(Value::NONE)
}

fn decoder_reset(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::positional(args, kw, "reset", 0, 0)?;
    let decoder = nd(&args[0], |st| {
        st.seen = SeenNewlines::default();
        st.pendingcr = false;
        Ok(st.decoder.clone())
    })?;
    if !decoder.is_none() {
        call(&decoder, "reset", &[])?;
    }
    Ok(Value::NONE)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mode(newline: Option<&str>) -> NewlineMode {
        parse_newline(newline, None).expect("a valid newline")
    }

    #[test]
    fn line_ends_follow_the_newline_mode() {
        let s = b"a\rb\r\nc\nd";
        assert_eq!(find_line_end(s, &mode(Some("")), true), Some(2));
        assert_eq!(find_line_end(&s[2..], &mode(Some("")), true), Some(3));
        assert_eq!(find_line_end(s, &mode(Some("\n")), true), Some(5));
        assert_eq!(find_line_end(s, &mode(Some("\r")), true), Some(2));
        assert_eq!(find_line_end(s, &mode(Some("\r\n")), true), Some(5));
        // A final "\r" may be the start of "\r\n" while more text can come.
        assert_eq!(find_line_end(b"ab\r", &mode(Some("")), false), None);
        assert_eq!(find_line_end(b"ab\r", &mode(Some("")), true), Some(3));
    }

    #[test]
    fn translation_and_seen_newlines() {
        assert_eq!(translate_newlines(b"a\r\nb\rc\n"), b"a\nb\nc\n");
        let mut seen = SeenNewlines::default();
        seen.record(b"a\r\nb\n");
        assert_eq!(seen.0, SEEN_CRLF | SEEN_LF);
        assert_eq!(
            mode(Some("\r\n")).write_translate(b"x\ny"),
            Some(b"x\r\ny".to_vec())
        );
        assert_eq!(mode(None).write_translate(b"x\ny"), None);
    }

    #[test]
    fn incomplete_utf8_tails_wait_for_more_input() {
        let euro = "€".as_bytes();
        assert_eq!(Codec::Utf8.incomplete_tail(&euro[..2]), 2);
        assert_eq!(Codec::Utf8.incomplete_tail(euro), 0);
        assert_eq!(Codec::Utf8.incomplete_tail(b"ab\xf0\x9f"), 2);
        assert_eq!(Codec::Latin1.incomplete_tail(b"\xe9"), 0);
        assert_eq!(Codec::Other("utf-16-le").incomplete_tail(b"a\0b"), 1);
    }

    #[test]
    fn take_chars_counts_code_points() {
        assert_eq!(take_chars("héllo".as_bytes(), 2), (2, 3));
        assert_eq!(take_chars(b"abc", 5), (3, 3));
        assert_eq!(take_chars("€x".as_bytes(), 1), (1, 3));
    }
}
