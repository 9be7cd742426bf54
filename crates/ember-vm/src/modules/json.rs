//! `_json`: the accelerators of the `json` package, with the behaviour and messages of
//! CPython's `Modules/_json.c`: `scanstring`, `make_scanner` (the whole decoder: a
//! callable `scanner(string, idx) -> (value, end)`), `make_encoder` (the one-shot
//! encoder used when `indent` is None), `encode_basestring(_ascii)`.
//!
//! The scanner reads the text as code points through `Text`, directly on the bytes for
//! ASCII strings (positions are character indexes, as in Python).

use crate::error::{PyErr, PyResult};
use crate::objects::dict::DictData;
use crate::objects::float::{new_float, FloatData};
use crate::objects::int::{is_int, new_int, to_bigint, to_i64};
use crate::objects::list::{as_list, new_list};
use crate::objects::module::{new_module, ModuleData};
use crate::objects::native::{bind_native, new_native, Binding, NativeFunctionData};
use crate::objects::native_state::{borrow_state, new_native_state};
use crate::objects::str::{as_str_data, new_str, StrBuf, StrData};
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::objects::typeobj::type_name;
use crate::ops;
use crate::types::args::Args;
use crate::value::Value;
use crate::vm::{types, with_thread};

pub fn create() -> Value {
    let m = new_module("_json");
    let d = m.downcast::<ModuleData>().expect("module").dict();
    let functions: [(&'static str, crate::objects::native::NativeFn); 5] = [
        ("scanstring", scanstring),
        ("make_scanner", make_scanner),
        ("make_encoder", make_encoder),
        ("encode_basestring_ascii", encode_basestring_ascii),
        ("encode_basestring", encode_basestring),
    ];
    for (name, f) in functions {
        d.set_str(
            &StrData::intern_static(name),
            new_native(name, f, Binding::Function, new_str("_json")),
        );
    }
    m
}

/// The text being decoded, as code points.
trait Text {
    fn len(&self) -> usize;
    fn at(&self, i: usize) -> u32;
    /// Appends characters `a..b` to `out`.
    fn push_range(&self, out: &mut StrBuf, a: usize, b: usize);
    /// Characters `a..b` as a Rust string (numbers and constants: ASCII).
    fn ascii(&self, a: usize, b: usize) -> String {
        (a..b)
            .map(|i| char::from_u32(self.at(i)).unwrap_or('\u{FFFD}'))
            .collect()
    }
}

impl Text for [u8] {
    fn len(&self) -> usize {
        <[u8]>::len(self)
    }
    #[inline]
    fn at(&self, i: usize) -> u32 {
        self[i] as u32
    }
    fn push_range(&self, out: &mut StrBuf, a: usize, b: usize) {
        // ASCII text: every byte is a character.
        out.push_str(std::str::from_utf8(&self[a..b]).unwrap_or_default());
    }
}

impl Text for [u32] {
    fn len(&self) -> usize {
        <[u32]>::len(self)
    }
    #[inline]
    fn at(&self, i: usize) -> u32 {
        self[i]
    }
    fn push_range(&self, out: &mut StrBuf, a: usize, b: usize) {
        self[a..b].iter().for_each(|&c| out.push_code_point(c));
    }
}

/// Runs `f` over the code points of `s`.
fn with_text<R>(s: &StrData, f: impl FnOnce(&dyn TextDyn) -> R) -> R {
    if s.is_ascii() {
        f(&Ascii(s.as_bytes()))
    } else {
        let cps: Vec<u32> = s.code_points().collect();
        f(&Wide(&cps))
    }
}

/// Object-safe access to the two text representations.
trait TextDyn {
    fn scanstring(&self, doc: &Value, end: usize, strict: bool) -> PyResult<(Value, usize)>;
    fn scan(&self, sc: &Scanner, doc: &Value, idx: usize) -> PyResult<(Value, usize)>;
}

struct Ascii<'a>(&'a [u8]);
struct Wide<'a>(&'a [u32]);

impl TextDyn for Ascii<'_> {
    fn scanstring(&self, doc: &Value, end: usize, strict: bool) -> PyResult<(Value, usize)> {
        scanstring_text(self.0, doc, end, strict)
    }
    fn scan(&self, sc: &Scanner, doc: &Value, idx: usize) -> PyResult<(Value, usize)> {
        scan_once(sc, self.0, doc, idx)
    }
}

impl TextDyn for Wide<'_> {
    fn scanstring(&self, doc: &Value, end: usize, strict: bool) -> PyResult<(Value, usize)> {
        scanstring_text(self.0, doc, end, strict)
    }
    fn scan(&self, sc: &Scanner, doc: &Value, idx: usize) -> PyResult<(Value, usize)> {
        scan_once(sc, self.0, doc, idx)
    }
}

/// `json.decoder.JSONDecodeError(msg, doc, pos)`.
#[cold]
fn decode_error(msg: &str, doc: &Value, pos: usize) -> PyErr {
    let cls = crate::import::import_name(
        &new_str("json.decoder"),
        &Value::NONE,
        &new_tuple(vec![new_str("JSONDecodeError")]),
        &Value::small_int(0),
    )
    .and_then(|m| ops::getattr(&m, &new_str("JSONDecodeError")));
    let cls = match cls {
        Ok(c) => c,
        Err(e) => return e,
    };
    match ops::call(&cls, &[new_str(msg), doc.clone(), new_int(pos as i64)], &[]) {
        Ok(exc) => PyErr::from_exc(exc),
        Err(e) => e,
    }
}

fn hex_digit(c: u32) -> Option<u32> {
    char::from_u32(c).and_then(|c| c.to_digit(16))
}

/// CPython's `scanstring_unicode`: the string whose opening quote is at `end - 1`.
fn scanstring_text<T: Text + ?Sized>(
    t: &T,
    doc: &Value,
    mut end: usize,
    strict: bool,
) -> PyResult<(Value, usize)> {
    let len = t.len();
    if end > len {
        return Err(PyErr::value_error("end is out of bounds"));
    }
    let begin = end.wrapping_sub(1);
    let mut out = StrBuf::new();
    loop {
        let mut next = end;
        let mut c = 0;
        while next < len {
            c = t.at(next);
            if c == '"' as u32 || c == '\\' as u32 {
                break;
            }
            if c <= 0x1f && strict {
                return Err(decode_error("Invalid control character at", doc, next));
            }
            next += 1;
        }
        if next == len {
            return Err(decode_error("Unterminated string starting at", doc, begin));
        }
        t.push_range(&mut out, end, next);
        next += 1;
        if c == '"' as u32 {
            end = next;
            break;
        }
        if next == len {
            return Err(decode_error("Unterminated string starting at", doc, begin));
        }
        let e = t.at(next);
        let ch = if e != 'u' as u32 {
            end = next + 1;
            match char::from_u32(e).unwrap_or('\0') {
                '"' => '"' as u32,
                '\\' => '\\' as u32,
                '/' => '/' as u32,
                'b' => 8,
                'f' => 12,
                'n' => 10,
                'r' => 13,
                't' => 9,
                _ => return Err(decode_error("Invalid \\escape", doc, end - 2)),
            }
        } else {
            next += 1;
            end = next + 4;
            if end >= len {
                return Err(decode_error("Invalid \\uXXXX escape", doc, next - 1));
            }
            let hex4 = |from: usize, end: usize| -> PyResult<u32> {
                let mut v = 0;
                for i in from..from + 4 {
                    match hex_digit(t.at(i)) {
                        Some(d) => v = v * 16 + d,
                        None => return Err(decode_error("Invalid \\uXXXX escape", doc, end - 5)),
                    }
                }
                Ok(v)
            };
            let mut ch = hex4(next, end)?;
            // A surrogate pair written as two escapes is one character.
            if (0xD800..0xDC00).contains(&ch)
                && end + 6 < len
                && t.at(end) == '\\' as u32
                && t.at(end + 1) == 'u' as u32
            {
                let lo = hex4(end + 2, end + 6)?;
                if (0xDC00..0xE000).contains(&lo) {
                    ch = 0x10000 + ((ch - 0xD800) << 10) + (lo - 0xDC00);
                    end += 6;
                }
            }
            ch
        };
        out.push_code_point(ch);
    }
    Ok((out.finish(), end))
}

fn str_arg<'a>(v: &'a Value, what: &str) -> PyResult<&'a StrData> {
    as_str_data(v).ok_or_else(|| {
        PyErr::type_error(format!("{} must be a string, not {}", what, type_name(v)))
    })
}

fn index_arg(v: &Value) -> PyResult<i64> {
    to_i64(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))
    })
}

/// `scanstring(string, end, strict=True)`: `(str, end)`.
fn scanstring(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.no_kwargs("scanstring")?;
    a.arity("scanstring", 2, 3)?;
    let s = str_arg(&a.pos[0], "first argument")?;
    let end = index_arg(&a.pos[1])?;
    let strict = match a.pos.get(2) {
        Some(v) => ops::is_true(v)?,
        None => true,
    };
    if end < 0 {
        return Err(PyErr::value_error("end is out of bounds"));
    }
    let (v, end) = with_text(s, |t| t.scanstring(&a.pos[0], end as usize, strict))?;
    Ok(new_tuple(vec![v, new_int(end as i64)]))
}

/// What `make_scanner(context)` reads from its context (a `JSONDecoder`).
#[derive(Clone)]
struct Scanner {
    strict: bool,
    object_hook: Value,
    object_pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
}

fn make_scanner(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.no_kwargs("make_scanner")?;
    a.arity("make_scanner", 1, 1)?;
    let ctx = &a.pos[0];
    let get = |n: &str| ops::getattr(ctx, &new_str(n));
    let state = Scanner {
        strict: ops::is_true(&get("strict")?)?,
        object_hook: get("object_hook")?,
        object_pairs_hook: get("object_pairs_hook")?,
        parse_float: get("parse_float")?,
        parse_int: get("parse_int")?,
        parse_constant: get("parse_constant")?,
    };
    Ok(bound_callable("scanner", scanner_call, state))
}

/// A callable running `f` with `state` (its first argument).
fn bound_callable<T: std::any::Any>(
    name: &'static str,
    f: crate::objects::native::NativeFn,
    state: T,
) -> Value {
    let func = new_native(name, f, Binding::Method, new_str("_json"));
    let fd = func
        .downcast::<NativeFunctionData>()
        .expect("new_native makes a native function");
    bind_native(fd, new_native_state(state))
}

/// The settings held by the state object `v` (a copy: the callable may run Python
/// code that calls it again).
fn settings<T: Clone + std::any::Any>(v: &Value) -> PyResult<T> {
    let state = borrow_state::<T>(v)?.ok_or_else(|| PyErr::type_error("expected _json state"))?;
    Ok(state.clone())
}

/// `scanner(string, idx)`: `(value, end)`; StopIteration(idx) when no value starts at
/// idx.
fn scanner_call(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let sc: Scanner = settings(&a.pos[0])?;
    let rest = &a.pos[1..];
    if rest.len() != 2 {
        return Err(PyErr::type_error(format!(
            "scanner() takes exactly 2 positional arguments ({} given)",
            rest.len()
        )));
    }
    let s = str_arg(&rest[0], "first argument")?;
    let idx = index_arg(&rest[1])?;
    if idx < 0 {
        return Err(PyErr::value_error("idx cannot be negative"));
    }
    let (v, end) = with_text(s, |t| t.scan(&sc, &rest[0], idx as usize))?;
    Ok(new_tuple(vec![v, new_int(end as i64)]))
}

#[cold]
fn stop_iteration(idx: usize) -> PyErr {
    PyErr::stop_iteration(Some(new_int(idx as i64)))
}

fn is_ws(c: u32) -> bool {
    c == ' ' as u32 || c == '\t' as u32 || c == '\n' as u32 || c == '\r' as u32
}

fn skip_ws<T: Text + ?Sized>(t: &T, mut idx: usize) -> usize {
    while idx < t.len() && is_ws(t.at(idx)) {
        idx += 1;
    }
    idx
}

/// Counts a nested container against the recursion limit, as Py_EnterRecursiveCall.
fn enter_recursive(what: &str) -> PyResult<()> {
    with_thread(|t| {
        let d = t.depth.get();
        if d >= t.recursion_limit.get() {
            return Err(PyErr::recursion_error(format!(
                "maximum recursion depth exceeded{}",
                what
            )));
        }
        t.depth.set(d + 1);
        Ok(())
    })
}

fn leave_recursive() {
    with_thread(|t| t.depth.set(t.depth.get().saturating_sub(1)));
}

fn matches<T: Text + ?Sized>(t: &T, idx: usize, word: &str) -> bool {
    idx + word.len() <= t.len()
        && word
            .bytes()
            .enumerate()
            .all(|(k, b)| t.at(idx + k) == b as u32)
}

/// CPython's `scan_once_unicode`.
fn scan_once<T: Text + ?Sized>(
    sc: &Scanner,
    t: &T,
    doc: &Value,
    idx: usize,
) -> PyResult<(Value, usize)> {
    if idx >= t.len() {
        return Err(stop_iteration(idx));
    }
    let c = char::from_u32(t.at(idx)).unwrap_or('\0');
    match c {
        '"' => return scanstring_text(t, doc, idx + 1, sc.strict),
        '{' => {
            enter_recursive(" while decoding a JSON object from a unicode string")?;
            let r = parse_object(sc, t, doc, idx + 1);
            leave_recursive();
            return r;
        }
        '[' => {
            enter_recursive(" while decoding a JSON array from a unicode string")?;
            let r = parse_array(sc, t, doc, idx + 1);
            leave_recursive();
            return r;
        }
        'n' if matches(t, idx, "null") => return Ok((Value::NONE, idx + 4)),
        't' if matches(t, idx, "true") => return Ok((Value::TRUE, idx + 4)),
        'f' if matches(t, idx, "false") => return Ok((Value::FALSE, idx + 5)),
        'N' if matches(t, idx, "NaN") => {
            return Ok((
                ops::call(&sc.parse_constant, &[new_str("NaN")], &[])?,
                idx + 3,
            ))
        }
        'I' if matches(t, idx, "Infinity") => {
            return Ok((
                ops::call(&sc.parse_constant, &[new_str("Infinity")], &[])?,
                idx + 8,
            ))
        }
        '-' if matches(t, idx, "-Infinity") => {
            return Ok((
                ops::call(&sc.parse_constant, &[new_str("-Infinity")], &[])?,
                idx + 9,
            ))
        }
        _ => {}
    }
    match_number(sc, t, idx)
}

fn parse_object<T: Text + ?Sized>(
    sc: &Scanner,
    t: &T,
    doc: &Value,
    mut idx: usize,
) -> PyResult<(Value, usize)> {
    let len = t.len();
    let pairs_hook = !sc.object_pairs_hook.is_none();
    let mut pairs = Vec::new();
    let dict = DictData::new_value();
    let dd = dict.downcast::<DictData>().expect("new dict");
    idx = skip_ws(t, idx);
    if idx >= len || t.at(idx) != '}' as u32 {
        loop {
            if idx >= len || t.at(idx) != '"' as u32 {
                return Err(decode_error(
                    "Expecting property name enclosed in double quotes",
                    doc,
                    idx,
                ));
            }
            let (key, next) = scanstring_text(t, doc, idx + 1, sc.strict)?;
            idx = skip_ws(t, next);
            if idx >= len || t.at(idx) != ':' as u32 {
                return Err(decode_error("Expecting ':' delimiter", doc, idx));
            }
            idx = skip_ws(t, idx + 1);
            let (val, next) = scan_once(sc, t, doc, idx)?;
            if pairs_hook {
                pairs.push(new_tuple(vec![key, val]));
            } else {
                dd.set(key, val)?;
            }
            idx = skip_ws(t, next);
            if idx < len && t.at(idx) == '}' as u32 {
                break;
            }
            if idx >= len || t.at(idx) != ',' as u32 {
                return Err(decode_error("Expecting ',' delimiter", doc, idx));
            }
            idx = skip_ws(t, idx + 1);
        }
    }
    let end = idx + 1;
    if pairs_hook {
        return Ok((
            ops::call(&sc.object_pairs_hook, &[new_list(pairs)], &[])?,
            end,
        ));
    }
    if !sc.object_hook.is_none() {
        return Ok((ops::call(&sc.object_hook, &[dict], &[])?, end));
    }
    Ok((dict, end))
}

fn parse_array<T: Text + ?Sized>(
    sc: &Scanner,
    t: &T,
    doc: &Value,
    mut idx: usize,
) -> PyResult<(Value, usize)> {
    let len = t.len();
    let mut items = Vec::new();
    idx = skip_ws(t, idx);
    if idx >= len || t.at(idx) != ']' as u32 {
        loop {
            let (val, next) = scan_once(sc, t, doc, idx)?;
            items.push(val);
            idx = skip_ws(t, next);
            if idx < len && t.at(idx) == ']' as u32 {
                break;
            }
            if idx >= len || t.at(idx) != ',' as u32 {
                return Err(decode_error("Expecting ',' delimiter", doc, idx));
            }
            idx = skip_ws(t, idx + 1);
        }
    }
    Ok((new_list(items), idx + 1))
}

fn is_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}

/// CPython's `_match_number_unicode`.
fn match_number<T: Text + ?Sized>(sc: &Scanner, t: &T, start: usize) -> PyResult<(Value, usize)> {
    let len = t.len();
    let mut idx = start;
    if t.at(idx) == '-' as u32 {
        idx += 1;
        if idx >= len {
            return Err(stop_iteration(start));
        }
    }
    let c = t.at(idx);
    if (b'1' as u32..=b'9' as u32).contains(&c) {
        idx += 1;
        while idx < len && is_digit(t.at(idx)) {
            idx += 1;
        }
    } else if c == '0' as u32 {
        idx += 1;
    } else {
        return Err(stop_iteration(start));
    }
    let mut is_float = false;
    if idx + 1 < len && t.at(idx) == '.' as u32 && is_digit(t.at(idx + 1)) {
        is_float = true;
        idx += 2;
        while idx < len && is_digit(t.at(idx)) {
            idx += 1;
        }
    }
    if idx + 1 < len && (t.at(idx) == 'e' as u32 || t.at(idx) == 'E' as u32) {
        let e_start = idx;
        idx += 1;
        if idx + 1 < len && (t.at(idx) == '-' as u32 || t.at(idx) == '+' as u32) {
            idx += 1;
        }
        while idx < len && is_digit(t.at(idx)) {
            idx += 1;
        }
        if is_digit(t.at(idx - 1)) {
            is_float = true;
        } else {
            idx = e_start;
        }
    }
    let text = t.ascii(start, idx);
    let ty = types();
    let value = if is_float {
        if sc.parse_float.is(&ty.float) {
            new_float(text.parse::<f64>().unwrap_or(f64::NAN))
        } else {
            ops::call(&sc.parse_float, &[new_str(&text)], &[])?
        }
    } else if sc.parse_int.is(&ty.int) {
        crate::types::int::parse_int_value(&text, 10)?
    } else {
        ops::call(&sc.parse_int, &[new_str(&text)], &[])?
    };
    Ok((value, idx))
}

/// `encode_basestring_ascii(s)`: a JSON string literal with only ASCII characters.
fn encode_basestring_ascii(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("encode_basestring_ascii", 1, 1)?;
    let s = str_arg(&a.pos[0], "first argument")?;
    let mut out = StrBuf::with_capacity(s.as_bytes().len() + 2);
    escape_into(&mut out, s, true);
    Ok(out.finish())
}

/// `encode_basestring(s)`: a JSON string literal.
fn encode_basestring(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("encode_basestring", 1, 1)?;
    let s = str_arg(&a.pos[0], "first argument")?;
    let mut out = StrBuf::with_capacity(s.as_bytes().len() + 2);
    escape_into(&mut out, s, false);
    Ok(out.finish())
}

/// Appends the JSON literal of `s`; `ascii` escapes every non-ASCII character (other
/// text, lone surrogates included, is kept as it is, as CPython's).
fn escape_into(out: &mut StrBuf, s: &StrData, ascii: bool) {
    out.push_char('"');
    for c in s.code_points() {
        match c {
            0x22 => out.push_str("\\\""),
            0x5C => out.push_str("\\\\"),
            0x0A => out.push_str("\\n"),
            0x0D => out.push_str("\\r"),
            0x09 => out.push_str("\\t"),
            0x08 => out.push_str("\\b"),
            0x0C => out.push_str("\\f"),
            0x20..=0x7E => out.push_char(c as u8 as char),
            _ if c < 0x20 || (ascii && c >= 0x7F) => {
                if c >= 0x10000 {
                    let v = c - 0x10000;
                    out.push_str(&format!(
                        "\\u{:04x}\\u{:04x}",
                        0xD800 | (v >> 10),
                        0xDC00 | (v & 0x3FF)
                    ));
                } else {
                    out.push_str(&format!("\\u{:04x}", c));
                }
            }
            _ => out.push_code_point(c),
        }
    }
    out.push_char('"');
}

/// What `make_encoder(...)` was given.
#[derive(Clone)]
struct Encoder {
    check_circular: bool,
    default: Value,
    encoder: Value,
    /// The encoder is one of this module's functions: strings are escaped here.
    fast_encode: Option<bool>,
    key_separator: Value,
    item_separator: Value,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
}

fn make_encoder(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.no_kwargs("make_encoder")?;
    if a.pos.len() != 9 {
        return Err(PyErr::type_error(format!(
            "make_encoder() takes exactly 9 positional arguments ({} given)",
            a.pos.len()
        )));
    }
    let p = a.pos;
    let separator = |v: &Value, what: &str| -> PyResult<Value> {
        if as_str_data(v).is_none() {
            return Err(PyErr::type_error(format!(
                "make_encoder() argument {} must be str, not {}",
                what,
                type_name(v)
            )));
        }
        Ok(v.clone())
    };
    let fast_encode = p[2]
        .downcast::<NativeFunctionData>()
        .filter(|f| as_str_data(&f.owner).is_some_and(|o| o.as_bytes() == b"_json"))
        .and_then(|f| match f.name {
            "encode_basestring_ascii" => Some(true),
            "encode_basestring" => Some(false),
            _ => None,
        });
    let state = Encoder {
        check_circular: !p[0].is_none(),
        default: p[1].clone(),
        encoder: p[2].clone(),
        fast_encode,
        key_separator: separator(&p[4], "5")?,
        item_separator: separator(&p[5], "6")?,
        sort_keys: ops::is_true(&p[6])?,
        skipkeys: ops::is_true(&p[7])?,
        allow_nan: ops::is_true(&p[8])?,
    };
    Ok(bound_callable("_iterencode", encoder_call, state))
}

/// `_iterencode(obj, _current_indent_level)`: the chunks of the JSON text (one here).
fn encoder_call(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let enc: Encoder = settings(&a.pos[0])?;
    if a.pos.len() != 3 {
        return Err(PyErr::type_error(format!(
            "_iterencode() takes exactly 2 positional arguments ({} given)",
            a.pos.len() - 1
        )));
    }
    let mut w = Writer {
        enc: &enc,
        out: StrBuf::new(),
        markers: Vec::new(),
        key_sep: as_str_data(&enc.key_separator)
            .map(text_of)
            .unwrap_or_default(),
        item_sep: as_str_data(&enc.item_separator)
            .map(text_of)
            .unwrap_or_default(),
    };
    w.encode(&a.pos[1])?;
    Ok(new_list(vec![w.out.finish()]))
}

fn text_of(s: &StrData) -> Vec<u8> {
    s.as_bytes().to_vec()
}

struct Writer<'a> {
    enc: &'a Encoder,
    out: StrBuf,
    /// Addresses of the containers being encoded (circular reference check).
    markers: Vec<usize>,
    key_sep: Vec<u8>,
    item_sep: Vec<u8>,
}

impl Writer<'_> {
    fn push_sep(&mut self, item: bool) {
        let sep = if item { &self.item_sep } else { &self.key_sep };
        // The separators are strs' own generalised UTF-8, which is valid.
        self.out.push_generalised(sep);
    }

    fn mark(&mut self, obj: &Value) -> PyResult<Option<usize>> {
        if !self.enc.check_circular {
            return Ok(None);
        }
        let id = obj.raw();
        if self.markers.contains(&id) {
            return Err(PyErr::value_error("Circular reference detected"));
        }
        self.markers.push(id);
        Ok(Some(id))
    }

    fn unmark(&mut self, id: Option<usize>) {
        if let Some(id) = id {
            if let Some(p) = self.markers.iter().rposition(|&m| m == id) {
                self.markers.remove(p);
            }
        }
    }

    fn string(&mut self, s: &Value) -> PyResult<()> {
        if let (Some(ascii), Some(sd)) = (self.enc.fast_encode, as_str_data(s)) {
            escape_into(&mut self.out, sd, ascii);
            return Ok(());
        }
        let r = ops::call(&self.enc.encoder, std::slice::from_ref(s), &[])?;
        match as_str_data(&r) {
            Some(sd) => {
                self.out.push_data(sd);
                Ok(())
            }
            None => Err(PyErr::type_error(format!(
                "encoder() must return a string, not {}",
                type_name(&r)
            ))),
        }
    }

    fn float(&self, x: f64) -> PyResult<String> {
        if !x.is_finite() {
            if !self.enc.allow_nan {
                return Err(PyErr::value_error(
                    "Out of range float values are not JSON compliant",
                ));
            }
            return Ok(if x > 0.0 {
                "Infinity"
            } else if x < 0.0 {
                "-Infinity"
            } else {
                "NaN"
            }
            .to_string());
        }
        Ok(crate::format::float_repr(x))
    }

    fn encode(&mut self, obj: &Value) -> PyResult<()> {
        if obj.is_none() {
            self.out.push_str("null");
        } else if obj.is(&Value::TRUE) {
            self.out.push_str("true");
        } else if obj.is(&Value::FALSE) {
            self.out.push_str("false");
        } else if as_str_data(obj).is_some() {
            self.string(obj)?;
        } else if is_int(obj) {
            let n = to_bigint(obj).unwrap_or_default();
            self.out.push_str(&n.to_string());
        } else if let Some(f) = obj.downcast::<FloatData>() {
            let s = self.float(f.0)?;
            self.out.push_str(&s);
        } else if as_list(obj).is_some() || as_tuple(obj).is_some() {
            enter_recursive(" while encoding a JSON object")?;
            let r = self.list(obj);
            leave_recursive();
            r?;
        } else if obj.downcast::<DictData>().is_some() {
            enter_recursive(" while encoding a JSON object")?;
            let r = self.dict(obj);
            leave_recursive();
            r?;
        } else {
            let id = self.mark(obj)?;
            let new = ops::call(&self.enc.default, std::slice::from_ref(obj), &[])?;
            enter_recursive(" while encoding a JSON object")?;
            let r = self.encode(&new);
            leave_recursive();
            r?;
            self.unmark(id);
        }
        Ok(())
    }

    fn list(&mut self, obj: &Value) -> PyResult<()> {
        let items = match as_list(obj) {
            Some(l) => l.to_vec(),
            None => as_tuple(obj).map(|t| t.to_vec()).unwrap_or_default(),
        };
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        let id = self.mark(obj)?;
        self.out.push_str("[");
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.push_sep(true);
            }
            self.encode(item)?;
        }
        self.unmark(id);
        self.out.push_str("]");
        Ok(())
    }

    fn dict(&mut self, obj: &Value) -> PyResult<()> {
        let dd = obj.downcast::<DictData>().expect("checked by the caller");
        if dd.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        let id = self.mark(obj)?;
        self.out.push_str("{");
        let mut items = dd.items();
        if self.enc.sort_keys {
            let mut tuples: Vec<Value> = items
                .into_iter()
                .map(|(k, v)| new_tuple(vec![k, v]))
                .collect();
            crate::types::list::sort_in_place(&mut tuples, &Value::NONE, false)?;
            items = tuples
                .iter()
                .filter_map(|t| as_tuple(t).map(|p| (p[0].clone(), p[1].clone())))
                .collect();
        }
        let mut first = true;
        for (key, value) in items {
            let kstr = if as_str_data(&key).is_some() {
                key.clone()
            } else if let Some(f) = key.downcast::<FloatData>() {
                new_str(&self.float(f.0)?)
            } else if key.is(&Value::TRUE) {
                new_str("true")
            } else if key.is(&Value::FALSE) {
                new_str("false")
            } else if key.is_none() {
                new_str("null")
            } else if is_int(&key) {
                new_str(&to_bigint(&key).unwrap_or_default().to_string())
            } else if self.enc.skipkeys {
                continue;
            } else {
                return Err(PyErr::type_error(format!(
                    "keys must be str, int, float, bool or None, not {}",
                    type_name(&key)
                )));
            };
            if !first {
                self.push_sep(true);
            }
            first = false;
            self.string(&kstr)?;
            self.push_sep(false);
            self.encode(&value)?;
        }
        self.unmark(id);
        self.out.push_str("}");
        Ok(())
    }
}
