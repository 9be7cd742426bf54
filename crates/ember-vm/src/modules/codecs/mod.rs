//! `_codecs`: the codec registry and per-codec functions behind `codecs.py` and the
//! `encodings` package. The registry, error handlers and argument checks are Python
//! (`py/_codecs.py`); the codecs are native: the ones `str.encode`/`bytes.decode` use
//! (`types/codecs.rs`), the escape codecs (`escape.rs`) and UTF-7 (`utf7.rs`).

mod escape;
mod utf7;

use super::frozen;
use crate::error::{PyErr, PyResult};
use crate::objects::bytes::{bytes_like, new_bytes};
use crate::objects::int::new_int;
use crate::objects::str::{as_str, as_str_data, new_str, StrBuf};
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::type_name;
use crate::value::Value;
use crate::vm::types;

pub fn create() -> Value {
    frozen::create(
        "_codecs",
        include_str!("../py/_codecs.py"),
        &[
            ("_enc", enc),
            ("_dec", dec),
            ("_name_escape", name_escape),
            ("_unicode_escape_encode", unicode_escape_encode),
            ("_unicode_escape_decode", unicode_escape_decode),
            ("_raw_unicode_escape_decode", raw_unicode_escape_decode),
            ("_utf7_encode", utf7_encode),
            ("_utf7_decode", utf7_decode),
            ("_charmap_decode_table", charmap_decode_table),
            ("_charmap_encode_dict", charmap_encode_dict),
            ("escape_encode", escape_encode),
            ("escape_decode", escape_decode),
        ],
    )
}

/// A decoding error of the native codecs here, raised as UnicodeDecodeError.
pub struct DecodeError {
    pub encoding: &'static str,
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
}

impl DecodeError {
    #[cold]
    fn into_pyerr(self, data: &[u8]) -> PyErr {
        PyErr::with_args(
            &types().unicode_decode_error,
            vec![
                new_str(self.encoding),
                new_bytes(data.to_vec()),
                new_int(self.start as i64),
                new_int(self.end as i64),
                new_str(self.reason),
            ],
        )
    }
}

/// The text argument of the private natives (the Python side checked its type).
fn text_arg(v: &Value) -> PyResult<&crate::objects::str::StrData> {
    as_str_data(v)
        .ok_or_else(|| PyErr::type_error(format!("argument must be str, not {}", type_name(v))))
}

fn bytes_arg(v: &Value) -> PyResult<Vec<u8>> {
    bytes_like(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(v)
        ))
    })
}

fn name_arg(v: &Value) -> PyResult<&str> {
    as_str(v).ok_or_else(|| PyErr::type_error("codec name must be str"))
}

/// `_enc(codec, s, errors)`: bytes, or None when the handler is not built in.
fn enc(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [codec, s, errors] = args else {
        return Err(PyErr::type_error("_enc expected 3 arguments"));
    };
    let r =
        crate::types::codecs::encode_builtin(text_arg(s)?, name_arg(codec)?, name_arg(errors)?)?;
    Ok(r.map(new_bytes).unwrap_or(Value::NONE))
}

/// `_dec(codec, data, errors, final)`: `(str, consumed, byteorder)`, or None when the
/// handler is not built in.
fn dec(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [codec, data, errors, is_final] = args else {
        return Err(PyErr::type_error("_dec expected 4 arguments"));
    };
    let data = bytes_arg(data)?;
    let r = crate::types::codecs::decode_builtin(
        &data,
        name_arg(codec)?,
        name_arg(errors)?,
        crate::ops::is_true(is_final)?,
    )?;
    Ok(match r {
        Some(d) => new_tuple(vec![
            d.text,
            new_int(d.consumed as i64),
            new_int(d.byteorder as i64),
        ]),
        None => Value::NONE,
    })
}

fn name_escape(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let none = Value::NONE;
    let s = text_arg(args.first().unwrap_or(&none))?;
    let c = s.code_points().next().unwrap_or(0);
    Ok(new_str(&crate::types::codecs::name_escape(c)))
}

fn unicode_escape_encode(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [s, raw] = args else {
        return Err(PyErr::type_error("expected 2 arguments"));
    };
    Ok(new_bytes(escape::unicode_escape_encode(
        text_arg(s)?,
        crate::ops::is_true(raw)?,
    )))
}

/// The handlers the native decoders apply themselves.
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
}

fn handler(errors: &Value) -> PyResult<Option<Handler>> {
    Ok(match name_arg(errors)? {
        "strict" => Some(Handler::Strict),
        "ignore" => Some(Handler::Ignore),
        "replace" => Some(Handler::Replace),
        "backslashreplace" => Some(Handler::BackslashReplace),
        _ => None,
    })
}

/// Runs `step` (decode from a position, stopping at the first error) to the end,
/// applying a built-in handler at each error: `(str, consumed)`, or None when the
/// handler is not built in (the Python side applies it).
fn decode_with(
    args: &[Value],
    step: impl Fn(&[u8], usize, bool, &mut StrBuf) -> Result<usize, DecodeError>,
) -> PyResult<Value> {
    let [data, errors, is_final] = args else {
        return Err(PyErr::type_error("expected 3 arguments"));
    };
    let Some(h) = handler(errors)? else {
        return Ok(Value::NONE);
    };
    let data = bytes_arg(data)?;
    let is_final = crate::ops::is_true(is_final)?;
    let mut out = StrBuf::with_capacity(data.len());
    let mut pos = 0;
    loop {
        match step(&data, pos, is_final, &mut out) {
            Ok(consumed) => {
                return Ok(new_tuple(vec![out.finish(), new_int(consumed as i64)]));
            }
            Err(e) => {
                match h {
                    Handler::Strict => return Err(e.into_pyerr(&data)),
                    Handler::Ignore => {}
                    Handler::Replace => out.push_char('\u{FFFD}'),
                    Handler::BackslashReplace => {
                        for &b in &data[e.start..e.end] {
                            out.push_str(&format!("\\x{:02x}", b));
                        }
                    }
                }
                pos = e.end;
            }
        }
    }
}

fn escape_step(
    raw: bool,
) -> impl Fn(&[u8], usize, bool, &mut StrBuf) -> Result<usize, DecodeError> {
    move |data, pos, is_final, out| {
        let d = escape::EscapeDecoder {
            input: data,
            is_final,
            raw,
        };
        match d.decode(pos, out) {
            escape::Stop::Consumed(n) => Ok(n),
            escape::Stop::Error(e) => Err(e),
        }
    }
}

fn unicode_escape_decode(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    decode_with(args, escape_step(false))
}

fn raw_unicode_escape_decode(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    decode_with(args, escape_step(true))
}

fn utf7_encode(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let none = Value::NONE;
    Ok(new_bytes(utf7::encode(text_arg(
        args.first().unwrap_or(&none),
    )?)))
}

fn utf7_decode(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    // UTF-7 state does not survive an error, so decoding restarts after each one.
    decode_with(args, |data, pos, is_final, out| {
        utf7::decode(&data[pos..], is_final, out)
            .map(|n| n + pos)
            .map_err(|e| DecodeError {
                start: e.start + pos,
                end: e.end + pos,
                ..e
            })
    })
}

/// `escape_encode(data, errors=None)`: `(escaped bytes, len(data))`.
fn escape_encode(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = crate::types::args::Args::new(args, kw);
    a.arity("escape_encode", 1, 2)?;
    let Some(b) = a.pos[0].downcast::<crate::objects::bytes::BytesData>() else {
        return Err(PyErr::type_error(format!(
            "escape_encode() argument 1 must be bytes, not {}",
            type_name(&a.pos[0])
        )));
    };
    Ok(new_tuple(vec![
        new_bytes(escape::escape_encode(&b.0)),
        new_int(b.0.len() as i64),
    ]))
}

/// `escape_decode(data, errors=None)`: `(bytes, len(data))`.
fn escape_decode(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = crate::types::args::Args::new(args, kw);
    a.arity("escape_decode", 1, 2)?;
    let data = match as_str(&a.pos[0]) {
        Some(s) => s.as_bytes().to_vec(),
        None => bytes_arg(&a.pos[0])?,
    };
    match escape::escape_decode(&data) {
        Ok(b) => Ok(new_tuple(vec![new_bytes(b), new_int(data.len() as i64)])),
        Err(m) => Err(PyErr::value_error(m)),
    }
}

/// `_charmap_decode_table(data, table)`: the text when every byte maps to a character
/// of the str `table` (U+FFFE marks an undefined byte), else None (the Python path
/// handles the errors).
fn charmap_decode_table(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [data, table] = args else {
        return Err(PyErr::type_error("expected 2 arguments"));
    };
    let data = bytes_arg(data)?;
    let table: Vec<u32> = text_arg(table)?.code_points().collect();
    let mut out = StrBuf::with_capacity(data.len());
    for &b in &data {
        match table.get(b as usize) {
            Some(&c) if c != 0xFFFE => out.push_code_point(c),
            _ => return Ok(Value::NONE),
        }
    }
    Ok(out.finish())
}

/// `_charmap_encode_dict(s, mapping)`: the bytes when every character maps to a byte in
/// the dict `mapping` (as `charmap_build` makes), else None (the Python path handles
/// other mappings and the errors).
fn charmap_encode_dict(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [s, mapping] = args else {
        return Err(PyErr::type_error("expected 2 arguments"));
    };
    let s = text_arg(s)?;
    let Some(map) = mapping.downcast_exact::<crate::objects::dict::DictData>() else {
        return Ok(Value::NONE);
    };
    let mut out = Vec::with_capacity(s.as_bytes().len());
    for c in s.code_points() {
        match map.get(&Value::small_int(c as i64))? {
            Some(v) => match v.as_small_int() {
                Some(b @ 0..=255) => out.push(b as u8),
                _ => return Ok(Value::NONE),
            },
            None => return Ok(Value::NONE),
        }
    }
    Ok(new_bytes(out))
}
