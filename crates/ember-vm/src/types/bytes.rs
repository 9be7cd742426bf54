//! `bytes` and `bytearray`: constructors, `decode`, `hex`/`fromhex`, `maketrans`,
//! bytearray's mutating methods and item assignment, and `in`. The methods they share
//! with `str` are in `bytes_methods.rs`, `%` formatting in `percent_format.rs`.

use crate::error::{PyErr, PyResult};
use crate::object::Kind;
use crate::objects::bytes::{bytes_like, new_bytearray, new_bytes, ByteArrayData};
use crate::objects::slice::SliceData;
use crate::objects::str::{as_str, new_string};
use crate::objects::typeobj::type_name;
use crate::ops;
use crate::types::args::Args;
use crate::types::bytes_methods::{buffer_arg, byte_value};
use crate::types::stringlib::{self as sl, check_args, Sig};
use crate::value::Value;
use crate::vm::types;

pub fn install(ty: &Value) {
    super::add_staticmethod(ty, "__new__", bytes_new);
    install_common(ty);
    super::add_method(ty, "__bytes__", bytes_bytes);
    super::add_method(ty, "__getnewargs__", bytes_getnewargs);
}

pub fn install_bytearray(ty: &Value) {
    super::add_staticmethod(ty, "__new__", bytearray_new);
    super::add_method(ty, "__init__", bytearray_init);
    install_common(ty);
    let methods: &[(&'static str, crate::objects::native::NativeFn)] = &[
        ("append", ba_append),
        ("extend", ba_extend),
        ("insert", ba_insert),
        ("pop", ba_pop),
        ("remove", ba_remove),
        ("reverse", ba_reverse),
        ("clear", ba_clear),
        ("copy", ba_copy),
        ("__setitem__", ba_setitem_method),
        ("__delitem__", ba_delitem_method),
    ];
    for &(name, f) in methods {
        super::add_method(ty, name, f);
    }
}

fn install_common(ty: &Value) {
    super::add_method(ty, "__len__", bytes_len);
    super::add_method(ty, "__contains__", bytes_contains_method);
    super::add_method(ty, "decode", bytes_decode);
    super::add_method(ty, "hex", bytes_hex);
    super::add_classmethod(ty, "fromhex", bytes_fromhex);
    super::add_staticmethod(ty, "maketrans", bytes_maketrans);
    super::bytes_methods::install(ty);
}

// --- construction ----------------------------------------------------------------------

/// The bytes `bytes(source, encoding, errors)` / `bytearray(...)` stand for; `what` is
/// "bytes" or "bytearray" for messages.
fn bytes_from_args(a: &Args, what: &str) -> PyResult<Vec<u8>> {
    for k in a.kwnames {
        let k = as_str(k).unwrap_or("");
        if !["source", "encoding", "errors"].contains(&k) {
            return Err(PyErr::type_error(format!(
                "'{}' is an invalid keyword argument for {}()",
                k, what
            )));
        }
    }
    if a.pos.len() > 4 {
        return Err(PyErr::type_error(format!(
            "{}() takes at most 3 arguments ({} given)",
            what,
            a.pos.len() - 1
        )));
    }
    let source = a.get(1, "source");
    let encoding = a.get(2, "encoding");
    let errors = a.get(3, "errors");
    let Some(x) = source else {
        if encoding.is_some() || errors.is_some() {
            return Err(PyErr::type_error(
                "encoding or errors without sequence argument",
            ));
        }
        return Ok(Vec::new());
    };
    if let Some(s) = crate::objects::str::as_str_data(x) {
        let Some(enc) = encoding else {
            return Err(PyErr::type_error("string argument without an encoding"));
        };
        let enc = arg_text(enc, what, "encoding")?;
        let err = match errors {
            Some(e) => Some(arg_text(e, what, "errors")?),
            None => None,
        };
        return super::codecs::encode(s, Some(enc), err);
    }
    if encoding.is_some() {
        return Err(PyErr::type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(PyErr::type_error("errors without a string argument"));
    }
    bytes_from(x, what)
}

fn arg_text<'a>(v: &'a Value, what: &str, arg: &str) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "{}() argument '{}' must be str, not {}",
            what,
            arg,
            type_name(v)
        ))
    })
}

/// The bytes of `bytes(x)` for a non-str `x`: a buffer, a count of zero bytes, an object
/// with `__bytes__`, or an iterable of ints.
pub fn bytes_from(x: &Value, what: &str) -> PyResult<Vec<u8>> {
    if what == "bytes" {
        if let Some(r) = bytes_special(x)? {
            return Ok(bytes_like(&r).unwrap_or_default());
        }
    }
    if let Some(b) = bytes_like(x) {
        return Ok(b);
    }
    if let Some(n) = ops::index_opt(x)? {
        let n = crate::objects::int::to_i64(&n)
            .ok_or_else(|| PyErr::overflow_error("cannot fit 'int' into an index-sized integer"))?;
        if n < 0 {
            return Err(PyErr::value_error("negative count"));
        }
        if n > isize::MAX as i64 / 2 {
            return Err(PyErr::memory_error());
        }
        let mut v: Vec<u8> = Vec::new();
        if v.try_reserve_exact(n as usize).is_err() {
            return Err(PyErr::memory_error());
        }
        v.resize(n as usize, 0);
        return Ok(v);
    }
    if !ops::is_iterable(x) || as_str(x).is_some() {
        return Err(PyErr::type_error(format!(
            "cannot convert '{}' object to {}",
            type_name(x),
            what
        )));
    }
    let items = ops::collect(x)?;
    if what == "bytes" {
        // bytes() says "bytes must be ...", bytearray() "byte must be ...".
        let mut out = Vec::with_capacity(items.len());
        for it in &items {
            let n = sl::index_arg(it)?;
            out.push(
                u8::try_from(n)
                    .map_err(|_| PyErr::value_error("bytes must be in range(0, 256)"))?,
            );
        }
        return Ok(out);
    }
    ints_to_bytes(&items)
}

/// Byte values from Python ints, with CPython's messages.
fn ints_to_bytes(items: &[Value]) -> PyResult<Vec<u8>> {
    items.iter().map(byte_value).collect()
}

fn bytes_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::new_via(args, kw, &types().bytes, bytes_value)
}

fn bytes_value(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let only_source = a.pos.len() <= 2 && a.kwnames.iter().all(|k| as_str(k) == Some("source"));
    if let (true, Some(x)) = (only_source, a.get(1, "source")) {
        // What `__bytes__` returned is the result as it is (a bytes subclass too).
        if let Some(r) = bytes_special(x)? {
            return Ok(r);
        }
    }
    Ok(new_bytes(bytes_from_args(&a, "bytes")?))
}

/// `x.__bytes__()` when `x`'s class defines it (a subclass of bytes: when it overrides
/// it), checked to be bytes.
fn bytes_special(x: &Value) -> PyResult<Option<Value>> {
    let special = match x.kind() {
        Some(Kind::Instance) => ops::lookup_special(x, "__bytes__"),
        _ => ops::override_of(x, "__bytes__"),
    };
    let Some(m) = special else {
        return Ok(None);
    };
    let r = ops::call_method_value(&m, x, &[])?;
    if r.kind() != Some(Kind::Bytes) {
        return Err(PyErr::type_error(format!(
            "__bytes__ returned non-bytes (type {})",
            type_name(&r)
        )));
    }
    Ok(Some(r))
}

/// `bytearray.__new__`: an empty bytearray; `__init__` fills it (as CPython, so a
/// subclass's `__init__` decides).
fn bytearray_new(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let cls = super::new_target(args, &types().bytearray)?;
    crate::objects::subclass::instantiate(cls, new_bytearray(Vec::new()))
}

fn bytearray_init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::check_init_self(args, &types().bytearray)?;
    let b = args[0]
        .downcast::<ByteArrayData>()
        .expect("a bytearray instance has the bytearray layout");
    let bytes = bytes_from_args(&Args::new(args, kw), "bytearray")?;
    *b.vec_mut() = bytes;
    Ok(Value::NONE)
}

fn bytes_bytes(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_args(
        &Args::new(args, kw),
        "bytes",
        "__bytes__",
        0,
        0,
        Sig::Clinic,
    )?;
    Ok(new_bytes(buffer_arg(&args[0])?))
}

fn bytes_getnewargs(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_args(
        &Args::new(args, kw),
        "bytes",
        "__getnewargs__",
        0,
        0,
        Sig::Clinic,
    )?;
    Ok(crate::objects::tuple::new_tuple(vec![new_bytes(
        buffer_arg(&args[0])?,
    )]))
}

// --- decode, hex, fromhex, maketrans ---------------------------------------------------

fn tyname(v: Option<&Value>) -> &'static str {
    if v.is_some_and(|v| v.kind() == Some(Kind::ByteArray)) {
        "bytearray"
    } else {
        "bytes"
    }
}

fn bytes_decode(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(
        &a,
        tyname(a.pos.first()),
        "decode",
        0,
        2,
        Sig::Keywords(&["encoding", "errors"]),
    )?;
    let b = buffer_arg(&a.pos[0])?;
    let enc = match a.get(1, "encoding") {
        Some(e) => Some(arg_text(e, "decode", "encoding")?),
        None => None,
    };
    let err = match a.get(2, "errors") {
        Some(e) => Some(arg_text(e, "decode", "errors")?),
        None => None,
    };
    super::codecs::decode(&b, enc, err)
}

/// Decodes bytes for `str(b, encoding, errors)` callers that hold Values.
pub fn decode(b: &[u8], encoding: Option<&Value>, errors: Option<&Value>) -> PyResult<Value> {
    let enc = match encoding {
        Some(e) => Some(arg_text(e, "str", "encoding")?),
        None => None,
    };
    let err = match errors {
        Some(e) => Some(arg_text(e, "str", "errors")?),
        None => None,
    };
    super::codecs::decode(b, enc, err)
}

fn bytes_hex(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(
        &a,
        tyname(a.pos.first()),
        "hex",
        0,
        2,
        Sig::Keywords(&["sep", "bytes_per_sep"]),
    )?;
    let b = buffer_arg(&a.pos[0])?;
    let sep = match a.get(1, "sep") {
        None => None,
        Some(s) => {
            let text: Vec<u8> = match as_str(s) {
                Some(t) => t.as_bytes().to_vec(),
                None => match bytes_like(s) {
                    Some(b) => b,
                    None => {
                        return Err(PyErr::type_error(format!(
                            "object of type '{}' has no len()",
                            type_name(s)
                        )))
                    }
                },
            };
            if text.len() != 1 {
                return Err(PyErr::value_error("sep must be length 1."));
            }
            if !text[0].is_ascii() {
                return Err(PyErr::value_error("sep must be ASCII."));
            }
            Some(text[0] as char)
        }
    };
    let per = match a.get(2, "bytes_per_sep") {
        Some(v) => sl::index_arg(v)?,
        None => 1,
    };
    Ok(new_string(hex_string(&b, sep, per)))
}

/// `b.hex(sep, bytes_per_sep)`: groups count from the right for positive
/// `bytes_per_sep`, from the left for negative.
fn hex_string(b: &[u8], sep: Option<char>, per: i64) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(b.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, &c) in b.iter().enumerate() {
        if let Some(s) = sep.filter(|_| group > 0 && i > 0) {
            let boundary = if per > 0 {
                (b.len() - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(s);
            }
        }
        out.push(DIGITS[(c >> 4) as usize] as char);
        out.push(DIGITS[(c & 15) as usize] as char);
    }
    out
}

fn bytes_fromhex(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(&a, "bytes", "fromhex", 1, 1, Sig::Clinic)?;
    let s = as_str(&a.pos[1]).ok_or_else(|| {
        PyErr::type_error(format!(
            "fromhex() argument must be str, not {}",
            type_name(&a.pos[1])
        ))
    })?;
    let out = parse_hex(s).map_err(|pos| {
        PyErr::value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {}",
            pos
        ))
    })?;
    let cls = &a.pos[0];
    let t = types();
    if crate::objects::typeobj::is_subclass(cls, &t.bytearray) {
        super::construct_via(cls, &t.bytearray, new_bytearray(out))
    } else {
        super::construct_via(cls, &t.bytes, new_bytes(out))
    }
}

/// Parses `fromhex` text: pairs of hex digits, ASCII whitespace between pairs. The error
/// is the character position of the first bad character.
fn parse_hex(s: &str) -> Result<Vec<u8>, usize> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if matches!(chars[i], ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
            i += 1;
            continue;
        }
        let hi = chars[i]
            .to_digit(16)
            .filter(|_| chars[i].is_ascii())
            .ok_or(i)?;
        let lo = chars
            .get(i + 1)
            .and_then(|c| c.to_digit(16).filter(|_| c.is_ascii()))
            .ok_or(i + 1)?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

fn bytes_maketrans(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.no_kwargs("maketrans")?;
    a.arity("maketrans", 2, 2)?;
    let from = buffer_arg(&a.pos[0])?;
    let to = buffer_arg(&a.pos[1])?;
    if from.len() != to.len() {
        return Err(PyErr::value_error(
            "maketrans arguments must have same length",
        ));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(to.iter()) {
        table[*f as usize] = *t;
    }
    Ok(new_bytes(table))
}

// --- bytearray mutation ----------------------------------------------------------------

/// The bytearray payload of `self`, with CPython's descriptor error otherwise.
fn this_ba<'a>(v: &'a Value, method: &str) -> PyResult<&'a ByteArrayData> {
    v.downcast::<ByteArrayData>().ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{}' for 'bytearray' objects doesn't apply to a '{}' object",
            method,
            type_name(v)
        ))
    })
}

fn ba_append(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(&a, "bytearray", "append", 1, 1, Sig::Clinic)?;
    let ba = this_ba(&a.pos[0], "append")?;
    let b = byte_value(&a.pos[1])?;
    ba.vec_mut().push(b);
    Ok(Value::NONE)
}

fn ba_extend(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(&a, "bytearray", "extend", 1, 1, Sig::Clinic)?;
    let ba = this_ba(&a.pos[0], "extend")?;
    let x = &a.pos[1];
    let add = match bytes_like(x) {
        Some(b) => b,
        None => {
            if !ops::is_iterable(x) {
                return Err(PyErr::type_error(format!(
                    "can't extend bytearray with {}",
                    type_name(x)
                )));
            }
            ints_to_bytes(&ops::collect(x)?)?
        }
    };
    ba.vec_mut().extend_from_slice(&add);
    Ok(Value::NONE)
}

fn ba_insert(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(&a, "bytearray", "insert", 2, 2, Sig::ClinicRange)?;
    let ba = this_ba(&a.pos[0], "insert")?;
    let i = sl::index_arg(&a.pos[1])?;
    let b = byte_value(&a.pos[2])?;
    let v = ba.vec_mut();
    let n = v.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    v.insert(at as usize, b);
    Ok(Value::NONE)
}

fn ba_pop(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(&a, "bytearray", "pop", 0, 1, Sig::ClinicRange)?;
    let ba = this_ba(&a.pos[0], "pop")?;
    let i = match a.pos.get(1) {
        Some(v) => sl::index_arg(v)?,
        None => -1,
    };
    let v = ba.vec_mut();
    if v.is_empty() {
        return Err(PyErr::index_error("pop from empty bytearray"));
    }
    let n = v.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(PyErr::index_error("pop index out of range"));
    }
    Ok(Value::small_int(v.remove(j as usize) as i64))
}

fn ba_remove(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(&a, "bytearray", "remove", 1, 1, Sig::Clinic)?;
    let ba = this_ba(&a.pos[0], "remove")?;
    let b = byte_value(&a.pos[1])?;
    let v = ba.vec_mut();
    match v.iter().position(|&c| c == b) {
        Some(p) => {
            v.remove(p);
            Ok(Value::NONE)
        }
        None => Err(PyErr::value_error("value not found in bytearray")),
    }
}

fn ba_reverse(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_args(
        &Args::new(args, kw),
        "bytearray",
        "reverse",
        0,
        0,
        Sig::Clinic,
    )?;
    this_ba(&args[0], "reverse")?.vec_mut().reverse();
    Ok(Value::NONE)
}

fn ba_clear(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_args(
        &Args::new(args, kw),
        "bytearray",
        "clear",
        0,
        0,
        Sig::Clinic,
    )?;
    this_ba(&args[0], "clear")?.vec_mut().clear();
    Ok(Value::NONE)
}

fn ba_copy(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_args(&Args::new(args, kw), "bytearray", "copy", 0, 0, Sig::Clinic)?;
    Ok(new_bytearray(this_ba(&args[0], "copy")?.bytes().to_vec()))
}

fn ba_setitem_method(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.no_kwargs("__setitem__")?;
    a.arity("__setitem__", 3, 3)?;
    bytearray_setitem(&a.pos[0], &a.pos[1], a.pos[2].clone())?;
    Ok(Value::NONE)
}

fn ba_delitem_method(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.no_kwargs("__delitem__")?;
    a.arity("__delitem__", 2, 2)?;
    bytearray_delitem(&a.pos[0], &a.pos[1])?;
    Ok(Value::NONE)
}

fn bytes_len(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(&a, tyname(a.pos.first()), "__len__", 0, 0, Sig::Clinic)?;
    Ok(Value::small_int(buffer_arg(&a.pos[0])?.len() as i64))
}

fn bytes_contains_method(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(&a, tyname(a.pos.first()), "__contains__", 1, 1, Sig::Clinic)?;
    Ok(Value::bool(bytes_contains(&a.pos[0], &a.pos[1])?))
}

#[cold]
fn bad_index(key: &Value) -> PyErr {
    PyErr::type_error(format!(
        "bytearray indices must be integers or slices, not {}",
        type_name(key)
    ))
}

/// `bytearray[key] = value`, for an index or a slice.
pub fn bytearray_setitem(obj: &Value, key: &Value, value: Value) -> PyResult<()> {
    let ba = this_ba(obj, "__setitem__")?;
    if let Some(s) = key.downcast::<SliceData>() {
        let new = match bytes_like(&value) {
            Some(b) => b,
            None if ops::is_iterable(&value) && as_str(&value).is_none() => {
                ints_to_bytes(&ops::collect(&value)?)?
            }
            None => {
                return Err(PyErr::type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ))
            }
        };
        let len = ba.bytes().len();
        let (start, stop, step, n) = ops::slice_indices(s, len)?;
        let v = ba.vec_mut();
        if step == 1 {
            let start = start.clamp(0, len as isize) as usize;
            let stop = (stop.max(start as isize) as usize).min(len);
            v.splice(start..stop, new);
            return Ok(());
        }
        if new.len() != n {
            return Err(PyErr::value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                new.len(),
                n
            )));
        }
        for (k, b) in new.into_iter().enumerate() {
            v[(start + k as isize * step) as usize] = b;
        }
        return Ok(());
    }
    let i = ops::index_isize(key)?.ok_or_else(|| bad_index(key))?;
    let b = byte_value(&value)?;
    let v = ba.vec_mut();
    match ops::norm_index(i, v.len()) {
        Some(j) => {
            v[j] = b;
            Ok(())
        }
        None => Err(PyErr::index_error("bytearray index out of range")),
    }
}

/// `del bytearray[key]`, for an index or a slice.
pub fn bytearray_delitem(obj: &Value, key: &Value) -> PyResult<()> {
    let ba = this_ba(obj, "__delitem__")?;
    if let Some(s) = key.downcast::<SliceData>() {
        let positions = ops::slice_positions(s, ba.bytes().len())?;
        if positions.is_empty() {
            return Ok(());
        }
        let mut drop = vec![false; ba.bytes().len()];
        for p in positions {
            drop[p] = true;
        }
        let mut k = 0;
        ba.vec_mut().retain(|_| {
            k += 1;
            !drop[k - 1]
        });
        return Ok(());
    }
    let i = ops::index_isize(key)?.ok_or_else(|| bad_index(key))?;
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
    let hay = bytes_like(container).unwrap_or_default();
    if let Some(needle) = bytes_like(item) {
        return Ok(sl::find(&hay, &needle).is_some());
    }
    if ops::index_opt(item)?.is_some() {
        return Ok(hay.contains(&byte_value(item)?));
    }
    Err(PyErr::type_error(format!(
        "a bytes-like object is required, not '{}'",
        type_name(item)
    )))
}

/// `bytes % args` and `bytearray % args`.
pub fn bytes_percent_format(b: &Value, args: &Value) -> PyResult<Value> {
    super::percent_format::bytes_percent_format(b, args)
}

/// The error of `bytes + x` when `x` is not bytes-like: "can't concat str to bytes".
#[cold]
pub fn concat_error(a: &Value, b: &Value) -> PyErr {
    PyErr::type_error(format!("can't concat {} to {}", type_name(b), type_name(a)))
}

/// `repr(bytearray)`: like `repr(bytes)` inside `bytearray(...)`, except that CPython's
/// `bytearray_repr` escapes `'` even when the quotes are double: `bytearray(b"\x00\'")`.
pub fn bytearray_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(b.len() + 14);
    out.push_str("bytearray(b");
    out.push(quote);
    for &c in b {
        match c {
            b'\'' | b'\\' => {
                out.push('\\');
                out.push(c as char);
            }
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{:02x}", c)),
        }
    }
    out.push(quote);
    out.push(')');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_groups_from_the_right_or_left() {
        assert_eq!(hex_string(b"abcdef", Some(':'), 4), "6162:63646566");
        assert_eq!(hex_string(b"abcdef", Some(':'), -4), "61626364:6566");
        assert_eq!(hex_string(b"\x01\xff", Some(':'), 1), "01:ff");
        assert_eq!(hex_string(b"", None, 1), "");
    }

    #[test]
    fn bytearray_repr_escapes_single_quotes() {
        assert_eq!(bytearray_repr(b"\x00'"), "bytearray(b\"\\x00\\'\")");
        assert_eq!(bytearray_repr(b"a\"'"), "bytearray(b'a\"\\'')");
        assert_eq!(bytearray_repr(b""), "bytearray(b'')");
    }

    #[test]
    fn fromhex_reports_the_bad_position() {
        assert_eq!(parse_hex(" 0a  0b "), Ok(vec![10, 11]));
        assert_eq!(parse_hex("0a0"), Err(3));
        assert_eq!(parse_hex("0 a"), Err(1));
        assert_eq!(parse_hex("zz"), Err(0));
    }
}
