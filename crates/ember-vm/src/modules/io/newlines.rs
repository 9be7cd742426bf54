//! Newline handling shared by TextIOWrapper and StringIO (CPython's `readuniversal`,
//! `readtranslate`, `readnl`, `writenl`: translation, line ends, the `newlines` record)
//! and `_io.IncrementalNewlineDecoder`.

use super::args::{parse, positional};
use super::{call, int_arg, new_with_state, with_state};
use crate::error::{PyErr, PyResult};
use crate::objects::bytes::new_bytes;
use crate::objects::int::new_int;
use crate::objects::str::{as_str_data, new_str, new_str_from_valid, StrData};
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::type_name;
use crate::ops;
use crate::types::add_method;
use crate::value::Value;

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
pub fn translate_newlines(s: &[u8]) -> Vec<u8> {
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

pub fn install(d: &Value) {
    add_method(d, "__init__", decoder_init);
    add_method(d, "decode", decoder_decode);
    add_method(d, "getstate", decoder_getstate);
    add_method(d, "setstate", decoder_setstate);
    add_method(d, "reset", decoder_reset);
    super::add_getter(d, "newlines", |a, _| {
        with_state(
            &a[0],
            "IncrementalNewlineDecoder",
            |st: &mut NewlineDecoder| {
                if !st.initialized {
                    return Err(PyErr::value_error(
                        "IncrementalNewlineDecoder.__init__() not called",
                    ));
                }
                Ok(st.seen.value())
            },
        )
    });
}

/// `IncrementalNewlineDecoder`'s state.
#[derive(Default)]
pub struct NewlineDecoder {
    initialized: bool,
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
            initialized: true,
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
}
