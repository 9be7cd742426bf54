//! `bytes` and `bytearray`: constructors and methods, `%` formatting, decoding.

use crate::error::{PyErr, PyResult};
use crate::objects::bytes::{new_bytearray, new_bytes, ByteArrayData};
use crate::objects::int::to_i64;
use crate::objects::str::{as_str, new_string};
use crate::objects::typeobj::type_name;
use crate::ops;
use crate::types::args::Args;
use crate::value::Value;

pub fn install(ty: &Value) {
    super::add_staticmethod(ty, "__new__", bytes_new);
    super::add_method(ty, "decode", bytes_decode);
}

pub fn install_bytearray(ty: &Value) {
    super::add_staticmethod(ty, "__new__", bytearray_new);
    super::add_method(ty, "decode", bytes_decode);
}

/// The bytes an argument of `bytes(x)` stands for.
pub fn bytes_from(x: &Value, encoding: Option<&Value>) -> PyResult<Vec<u8>> {
    if let Some(s) = as_str(x) {
        if encoding.is_none() {
            return Err(PyErr::type_error("string argument without an encoding"));
        }
        return Ok(s.as_bytes().to_vec());
    }
    if let Some(b) = crate::objects::bytes::bytes_like(x) {
        return Ok(b);
    }
    if let Some(n) = to_i64(x) {
        if n < 0 {
            return Err(PyErr::value_error("negative count"));
        }
        return Ok(vec![0; n as usize]);
    }
    let items = ops::collect(x).map_err(|_| {
        PyErr::type_error(format!("cannot convert '{}' object to bytes", type_name(x)))
    })?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let n = to_i64(&it).ok_or_else(|| {
            PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(&it)
            ))
        })?;
        if !(0..256).contains(&n) {
            return Err(PyErr::value_error("bytes must be in range(0, 256)"));
        }
        out.push(n as u8);
    }
    Ok(out)
}

fn bytes_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    match a.get(1, "source") {
        None => Ok(new_bytes(Vec::new())),
        Some(x) => Ok(new_bytes(bytes_from(x, a.get(2, "encoding"))?)),
    }
}

fn bytearray_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    match a.get(1, "source") {
        None => Ok(new_bytearray(Vec::new())),
        Some(x) => Ok(new_bytearray(bytes_from(x, a.get(2, "encoding"))?)),
    }
}

/// Decodes bytes (UTF-8, ASCII and Latin-1 for now).
pub fn decode(b: &[u8], encoding: Option<&Value>, _errors: Option<&Value>) -> PyResult<Value> {
    let enc = encoding
        .and_then(as_str)
        .unwrap_or("utf-8")
        .to_ascii_lowercase()
        .replace('_', "-");
    match enc.as_str() {
        "utf-8" | "utf8" => match std::str::from_utf8(b) {
            Ok(s) => Ok(new_string(s.to_string())),
            Err(e) => Err(PyErr::new(
                &crate::vm::types().unicode_decode_error,
                format!(
                    "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                    b[e.valid_up_to()],
                    e.valid_up_to()
                ),
            )),
        },
        "ascii" => {
            if let Some(p) = b.iter().position(|&c| c >= 0x80) {
                return Err(PyErr::new(
                    &crate::vm::types().unicode_decode_error,
                    format!(
                        "'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)",
                        b[p], p
                    ),
                ));
            }
            Ok(new_string(String::from_utf8_lossy(b).into_owned()))
        }
        "latin-1" | "latin1" | "iso-8859-1" => Ok(new_string(b.iter().map(|&c| c as char).collect())),
        _ => Err(PyErr::new(
            &crate::vm::types().lookup_error,
            format!("unknown encoding: {}", enc),
        )),
    }
}

fn bytes_decode(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let b = crate::objects::bytes::bytes_like(&a.pos[0]).unwrap_or_default();
    decode(&b, a.get(1, "encoding"), a.get(2, "errors"))
}

/// `bytes % args`.
pub fn bytes_percent_format(_b: &Value, _args: &Value) -> PyResult<Value> {
    Err(PyErr::not_implemented("bytes % formatting is not implemented yet"))
}

/// `bytearray[key] = value`.
pub fn bytearray_setitem(obj: &Value, key: &Value, value: Value) -> PyResult<()> {
    let ba = obj.downcast::<ByteArrayData>().expect("bytearray");
    let i = ops::index_isize(key)?.ok_or_else(|| {
        PyErr::type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            type_name(key)
        ))
    })?;
    let n = to_i64(&value).ok_or_else(|| {
        PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(&value)
        ))
    })?;
    if !(0..256).contains(&n) {
        return Err(PyErr::value_error("byte must be in range(0, 256)"));
    }
    let v = ba.vec_mut();
    match ops::norm_index(i, v.len()) {
        Some(j) => {
            v[j] = n as u8;
            Ok(())
        }
        None => Err(PyErr::index_error("bytearray index out of range")),
    }
}

/// `del bytearray[key]`.
pub fn bytearray_delitem(obj: &Value, key: &Value) -> PyResult<()> {
    let ba = obj.downcast::<ByteArrayData>().expect("bytearray");
    let i = ops::index_isize(key)?.ok_or_else(|| {
        PyErr::type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            type_name(key)
        ))
    })?;
    let v = ba.vec_mut();
    match ops::norm_index(i, v.len()) {
        Some(j) => {
            v.remove(j);
            Ok(())
        }
        None => Err(PyErr::index_error("bytearray index out of range")),
    }
}

/// `item in bytes`.
pub fn bytes_contains(container: &Value, item: &Value) -> PyResult<bool> {
    let hay = crate::objects::bytes::bytes_like(container).unwrap_or_default();
    if let Some(n) = to_i64(item) {
        if !(0..256).contains(&n) {
            return Err(PyErr::value_error("byte must be in range(0, 256)"));
        }
        return Ok(hay.contains(&(n as u8)));
    }
    match crate::objects::bytes::bytes_like(item) {
        Some(needle) => Ok(needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle)),
        None => Err(PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(item)
        ))),
    }
}
