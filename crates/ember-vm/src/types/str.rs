//! `str`: the constructor and the searching, splitting, stripping, padding, joining and
//! translating methods (case methods and predicates are in `str_case.rs`, `str.format` in
//! `str_format.rs`, `%` in `percent_format.rs`).
//!
//! Python indices count characters while the text is generalised UTF-8 (UTF-8 plus lone
//! surrogates, `objects/str_utf8.rs`): methods search the bytes (see `stringlib.rs`),
//! convert offsets with `StrData::byte_offset` and `char_index`, both O(1) for ASCII
//! text, and cut results from the exact bytes, so lone surrogates survive every method.
//! Offsets found in the lossy `as_str` view (U+FFFD for each surrogate) are the same as
//! in the exact text, which lets whitespace and line-break scans run on `&str`.

use crate::error::{PyErr, PyResult};
use crate::objects::list::new_list;
use crate::objects::str::{
    as_str, as_str_data, new_str, new_str_from_bytes_of, str_from_generalised_utf8, StrBuf, StrData,
};
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::objects::typeobj::type_name;
use crate::ops;
use crate::types::args::Args;
use crate::types::stringlib::{self as sl, check_args, Sig};
use crate::value::Value;
use crate::vm::types;

pub fn install(ty: &Value) {
    super::add_staticmethod(ty, "__new__", str_new);
    super::add_staticmethod(ty, "maketrans", str_maketrans);
    let methods: &[(&'static str, crate::objects::native::NativeFn)] = &[
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("replace", str_replace),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("splitlines", str_splitlines),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("join", str_join),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("zfill", str_zfill),
        ("expandtabs", str_expandtabs),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("translate", str_translate),
        ("encode", str_encode),
        ("__format__", str_format_spec),
        ("__len__", str_len),
        ("__contains__", str_contains),
        ("__getnewargs__", str_getnewargs),
    ];
    for &(name, f) in methods {
        super::add_method(ty, name, f);
    }
    super::str_case::install(ty);
    super::str_format::install(ty);
}

/// The payload of `self` for a str method, with CPython's descriptor error otherwise.
pub fn self_data<'a>(v: &'a Value, method: &str) -> PyResult<&'a StrData> {
    v.downcast::<StrData>()
        .ok_or_else(|| descriptor_error(v, method))
}

/// The text of `self` for a str method, with CPython's descriptor error otherwise.
pub fn self_str<'a>(v: &'a Value, method: &str) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| descriptor_error(v, method))
}

#[cold]
fn descriptor_error(v: &Value, method: &str) -> PyErr {
    PyErr::type_error(format!(
        "descriptor '{}' for 'str' objects doesn't apply to a '{}' object",
        method,
        type_name(v)
    ))
}

/// A str argument, with "{what} must be str, not X" otherwise.
pub fn arg_str<'a>(v: &'a Value, what: &str) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| PyErr::type_error(format!("{}must be str, not {}", what, type_name(v))))
}

/// A str argument's payload, with "{what}must be str, not X" otherwise.
pub fn arg_data<'a>(v: &'a Value, what: &str) -> PyResult<&'a StrData> {
    as_str_data(v)
        .ok_or_else(|| PyErr::type_error(format!("{}must be str, not {}", what, type_name(v))))
}

/// The byte offsets after each character (the last is the text's length).
fn char_ends(s: &str) -> Vec<usize> {
    s.char_indices().map(|(i, c)| i + c.len_utf8()).collect()
}

fn str_new(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::new_via(args, kwnames, &types().str, str_value)
}

fn str_value(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kwnames);
    for k in a.kwnames {
        let k = as_str(k).unwrap_or("");
        if !["object", "encoding", "errors"].contains(&k) {
            return Err(PyErr::type_error(format!(
                "'{}' is an invalid keyword argument for str()",
                k
            )));
        }
    }
    if a.pos.len() > 4 {
        return Err(PyErr::type_error(format!(
            "str() takes at most 3 arguments ({} given)",
            a.pos.len() - 1
        )));
    }
    let obj = a.get(1, "object");
    let encoding = a.get(2, "encoding");
    let errors = a.get(3, "errors");
    match obj {
        None => Ok(new_str("")),
        Some(o) if encoding.is_none() && errors.is_none() => ops::str_value(o),
        Some(o) => {
            let enc = match encoding {
                Some(e) => Some(arg_str(e, "str() argument 'encoding' ")?),
                None => None,
            };
            let err = match errors {
                Some(e) => Some(arg_str(e, "str() argument 'errors' ")?),
                None => None,
            };
            match crate::objects::bytes::bytes_like(o) {
                Some(b) => super::codecs::decode(&b, enc, err),
                None if as_str(o).is_some() => {
                    Err(PyErr::type_error("decoding str is not supported"))
                }
                None => Err(PyErr::type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    type_name(o)
                ))),
            }
        }
    }
}

fn str_len(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_args(&Args::new(args, kw), "str", "__len__", 0, 0, Sig::Clinic)?;
    Ok(Value::small_int(
        self_data(&args[0], "__len__")?.char_len() as i64
    ))
}

fn str_contains(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_args(
        &Args::new(args, kw),
        "str",
        "__contains__",
        1,
        1,
        Sig::Clinic,
    )?;
    let s = self_data(&args[0], "__contains__")?;
    let sub = as_str_data(&args[1]).ok_or_else(|| {
        PyErr::type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            type_name(&args[1])
        ))
    })?;
    Ok(Value::bool(crate::objects::str::contains(s, sub)))
}

fn str_getnewargs(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_args(
        &Args::new(args, kw),
        "str",
        "__getnewargs__",
        0,
        0,
        Sig::Clinic,
    )?;
    let s = self_data(&args[0], "__getnewargs__")?;
    Ok(new_tuple(vec![new_str_from_bytes_of(
        s,
        0,
        s.as_bytes().len(),
    )]))
}

// --- searching -------------------------------------------------------------------------

/// Parses `(sub[, start[, end]])` and returns self, the needle and the character range.
fn search_args<'a>(a: &Args<'a>, name: &str) -> PyResult<(&'a StrData, &'a [u8], usize, usize)> {
    check_args(a, "str", name, 1, 3, Sig::Tuple)?;
    let sd = self_data(&a.pos[0], name)?;
    let sub = arg_data(&a.pos[1], "")?.as_bytes();
    let (start, end) = sl::adjust_indices(a.pos.get(2), a.pos.get(3), sd.char_len())?;
    Ok((sd, sub, start, end))
}

/// `find`/`rfind` as a character index.
fn find_impl(args: &[Value], kw: &[Value], name: &str, rev: bool) -> PyResult<Option<usize>> {
    let a = Args::new(args, kw);
    let (sd, sub, start, end) = search_args(&a, name)?;
    if start > end {
        return Ok(None);
    }
    let (b0, b1) = (sd.byte_offset(start), sd.byte_offset(end));
    let hay = &sd.as_bytes()[b0..b1];
    let found = if rev {
        sl::rfind(hay, sub)
    } else {
        sl::find(hay, sub)
    };
    Ok(found.map(|p| sd.char_index(b0 + p)))
}

fn found_or(i: Option<usize>) -> Value {
    Value::small_int(i.map_or(-1, |i| i as i64))
}

fn str_find(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(found_or(find_impl(args, kw, "find", false)?))
}

fn str_rfind(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(found_or(find_impl(args, kw, "rfind", true)?))
}

fn str_index(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    match find_impl(args, kw, "index", false)? {
        Some(i) => Ok(Value::small_int(i as i64)),
        None => Err(PyErr::value_error("substring not found")),
    }
}

fn str_rindex(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    match find_impl(args, kw, "rindex", true)? {
        Some(i) => Ok(Value::small_int(i as i64)),
        None => Err(PyErr::value_error("substring not found")),
    }
}

fn str_count(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let (sd, sub, start, end) = search_args(&a, "count")?;
    if start > end {
        return Ok(Value::small_int(0));
    }
    let n = if sub.is_empty() {
        end - start + 1
    } else {
        sl::count(sd.substr_bytes(start, end), sub, usize::MAX)
    };
    Ok(Value::small_int(n as i64))
}

fn prefix_check(args: &[Value], kw: &[Value], name: &str, end: bool) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(&a, "str", name, 1, 3, Sig::Tuple)?;
    let sd = self_data(&a.pos[0], name)?;
    let (start, stop) = sl::adjust_indices(a.pos.get(2), a.pos.get(3), sd.char_len())?;
    let check = |p: &[u8]| {
        if start > stop {
            return false;
        }
        let s = sd.substr_bytes(start, stop);
        if end {
            s.ends_with(p)
        } else {
            s.starts_with(p)
        }
    };
    if let Some(t) = as_tuple(&a.pos[1]) {
        for p in t {
            let p = as_str_data(p).map(StrData::as_bytes).ok_or_else(|| {
                PyErr::type_error(format!(
                    "tuple for {} must only contain str, not {}",
                    name,
                    type_name(p)
                ))
            })?;
            if check(p) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    match as_str_data(&a.pos[1]) {
        Some(p) => Ok(Value::bool(check(p.as_bytes()))),
        None => Err(PyErr::type_error(format!(
            "{} first arg must be str or a tuple of str, not {}",
            name,
            type_name(&a.pos[1])
        ))),
    }
}

fn str_startswith(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    prefix_check(args, kw, "startswith", false)
}

fn str_endswith(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    prefix_check(args, kw, "endswith", true)
}

fn str_replace(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(&a, "str", "replace", 2, 3, Sig::ClinicRange)?;
    let s = self_data(&a.pos[0], "replace")?;
    let old = arg_data(&a.pos[1], "replace() argument 1 ")?.as_bytes();
    let new = arg_data(&a.pos[2], "replace() argument 2 ")?.as_bytes();
    let max = sl::limit(a.pos.get(3))?;
    let ends = if old.is_empty() {
        char_ends(s.as_str())
    } else {
        Vec::new()
    };
    let out = sl::replace(s.as_bytes(), old, new, max, &ends);
    str_from_generalised_utf8(out)
        .ok_or_else(|| PyErr::runtime_error("internal error: str.replace produced invalid text"))
}

// --- splitting -------------------------------------------------------------------------

fn split_args<'a>(a: &Args<'a>, name: &str) -> PyResult<(&'a StrData, Option<&'a [u8]>, usize)> {
    check_args(a, "str", name, 0, 2, Sig::Keywords(&["sep", "maxsplit"]))?;
    let s = self_data(&a.pos[0], name)?;
    let sep = match a.get(1, "sep").filter(|v| !v.is_none()) {
        None => None,
        Some(v) => {
            let sep = arg_data(v, "").map(StrData::as_bytes).map_err(|_| {
                PyErr::type_error(format!("must be str or None, not {}", type_name(v)))
            })?;
            if sep.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            Some(sep)
        }
    };
    Ok((s, sep, sl::limit(a.get(2, "maxsplit"))?))
}

fn pieces(s: &StrData, ranges: Vec<(usize, usize)>) -> Value {
    new_list(
        ranges
            .into_iter()
            .map(|(i, j)| new_str_from_bytes_of(s, i, j))
            .collect(),
    )
}

fn str_split(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let (sd, sep, max) = split_args(&a, "split")?;
    let s = sd.as_str();
    let ranges = match sep {
        Some(sep) => sl::split(sd.as_bytes(), sep, max),
        None => sl::split_whitespace(
            s.char_indices().map(|(i, c)| (i, c as u32)),
            s.len(),
            max,
            is_space_u32,
        ),
    };
    Ok(pieces(sd, ranges))
}

fn str_rsplit(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let (sd, sep, max) = split_args(&a, "rsplit")?;
    let s = sd.as_str();
    let ranges = match sep {
        Some(sep) => sl::rsplit(sd.as_bytes(), sep, max),
        None => sl::rsplit_whitespace(
            s.char_indices()
                .rev()
                .map(|(i, c)| (i, c as u32, i + c.len_utf8())),
            max,
            is_space_u32,
        ),
    };
    Ok(pieces(sd, ranges))
}

fn is_space_u32(c: u32) -> bool {
    char::from_u32(c).is_some_and(crate::format::unicode_is_space)
}

/// `str.splitlines` line boundaries: `\n`, `\r`, `\r\n`, `\v`, `\f`, `\x1c`..`\x1e`,
/// `\x85`, U+2028 and U+2029.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn str_splitlines(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(&a, "str", "splitlines", 0, 1, Sig::Keywords(&["keepends"]))?;
    let sd = self_data(&a.pos[0], "splitlines")?;
    let s = sd.as_str();
    let keep = match a.get(1, "keepends") {
        Some(v) => ops::is_true(v)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && matches!(it.peek(), Some(&(_, '\n'))) {
            it.next();
            end += 1;
        }
        out.push(new_str_from_bytes_of(sd, start, if keep { end } else { i }));
        start = end;
    }
    if start < s.len() {
        out.push(new_str_from_bytes_of(sd, start, s.len()));
    }
    Ok(new_list(out))
}

fn partition_impl(args: &[Value], kw: &[Value], name: &str, rev: bool) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(&a, "str", name, 1, 1, Sig::Clinic)?;
    let s = self_data(&a.pos[0], name)?;
    let sep = arg_data(&a.pos[1], "")?;
    let (b, n) = (s.as_bytes(), sep.as_bytes().len());
    if n == 0 {
        return Err(PyErr::value_error("empty separator"));
    }
    let found = if rev {
        sl::rfind(b, sep.as_bytes())
    } else {
        sl::find(b, sep.as_bytes())
    };
    let whole = || new_str_from_bytes_of(s, 0, b.len());
    let parts = match found {
        Some(p) => [
            new_str_from_bytes_of(s, 0, p),
            new_str_from_bytes_of(sep, 0, n),
            new_str_from_bytes_of(s, p + n, b.len()),
        ],
        None if rev => [new_str(""), new_str(""), whole()],
        None => [whole(), new_str(""), new_str("")],
    };
    Ok(new_tuple(parts.into()))
}

fn str_partition(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_impl(args, kw, "partition", false)
}

fn str_rpartition(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_impl(args, kw, "rpartition", true)
}

fn str_join(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_args(&Args::new(args, kw), "str", "join", 1, 1, Sig::Clinic)?;
    let sep = self_data(&args[0], "join")?;
    if !ops::is_iterable(&args[1]) {
        return Err(PyErr::type_error("can only join an iterable"));
    }
    let items = ops::collect(&args[1])?;
    // One pass checks the items and sizes the result, the second copies.
    let mut size = sep.as_bytes().len() * items.len().saturating_sub(1);
    for (i, it) in items.iter().enumerate() {
        match as_str_data(it) {
            Some(s) => size += s.as_bytes().len(),
            None => {
                return Err(PyErr::type_error(format!(
                    "sequence item {}: expected str instance, {} found",
                    i,
                    type_name(it)
                )))
            }
        }
    }
    let mut out = StrBuf::with_capacity(size);
    for (i, s) in items.iter().filter_map(as_str_data).enumerate() {
        if i > 0 {
            out.push_data(sep);
        }
        out.push_data(s);
    }
    Ok(out.finish())
}

// --- stripping and padding -------------------------------------------------------------

fn strip_impl(
    args: &[Value],
    kw: &[Value],
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(&a, "str", name, 0, 1, Sig::ClinicRange)?;
    let sd = self_data(&a.pos[0], name)?;
    let s = sd.as_str();
    let out = match a.pos.get(1).filter(|v| !v.is_none()) {
        // Offsets in the lossy view are exact offsets, and U+FFFD, like a surrogate, is
        // not whitespace.
        None => trim(s, left, right, crate::format::unicode_is_space),
        Some(c) => {
            let chars = as_str_data(c)
                .ok_or_else(|| PyErr::type_error(format!("{} arg must be None or str", name)))?;
            if sd.has_surrogates() || chars.has_surrogates() {
                let set: Vec<u32> = chars.code_points().collect();
                return Ok(trim_code_points(sd, left, right, |c| set.contains(&c)));
            }
            trim(s, left, right, |x| chars.as_str().contains(x))
        }
    };
    let b0 = out.as_ptr() as usize - s.as_ptr() as usize;
    Ok(new_str_from_bytes_of(sd, b0, b0 + out.len()))
}

/// `trim` on the exact code points of a text with lone surrogates.
fn trim_code_points(sd: &StrData, left: bool, right: bool, f: impl Fn(u32) -> bool) -> Value {
    let cps: Vec<u32> = sd.code_points().collect();
    let (mut i, mut j) = (0, cps.len());
    while left && i < j && f(cps[i]) {
        i += 1;
    }
    while right && j > i && f(cps[j - 1]) {
        j -= 1;
    }
    sd.slice(i, j)
}

fn trim(s: &str, left: bool, right: bool, f: impl Fn(char) -> bool) -> &str {
    let s = if left { s.trim_start_matches(&f) } else { s };
    if right {
        s.trim_end_matches(&f)
    } else {
        s
    }
}

fn str_strip(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl(args, kw, "strip", true, true)
}

fn str_lstrip(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl(args, kw, "lstrip", true, false)
}

fn str_rstrip(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl(args, kw, "rstrip", false, true)
}

/// `center`/`ljust`/`rjust`: `align` is '^', '<' or '>'.
fn pad_impl(args: &[Value], kw: &[Value], name: &str, align: char) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(&a, "str", name, 1, 2, Sig::ClinicRange)?;
    let sd = self_data(&a.pos[0], name)?;
    let width = sl::index_arg(&a.pos[1])?;
    let fill = match a.pos.get(2) {
        None => ' ' as u32,
        Some(f) => {
            let f = as_str_data(f).ok_or_else(|| {
                PyErr::type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    type_name(f)
                ))
            })?;
            if f.char_len() != 1 {
                return Err(PyErr::type_error(
                    "The fill character must be exactly one character long",
                ));
            }
            f.code_point_at(0)
        }
    };
    let len = sd.char_len();
    if width <= len as i64 {
        return Ok(sd.slice(0, len));
    }
    let width = width as usize;
    let left = match align {
        '<' => 0,
        '>' => width - len,
        _ => sl::center_left(len, width),
    };
    let right = width - len - left;
    let mut out = StrBuf::with_capacity(sd.as_bytes().len() + (width - len) * 4);
    (0..left).for_each(|_| out.push_code_point(fill));
    out.push_data(sd);
    (0..right).for_each(|_| out.push_code_point(fill));
    Ok(out.finish())
}

fn str_center(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad_impl(args, kw, "center", '^')
}

fn str_ljust(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad_impl(args, kw, "ljust", '<')
}

fn str_rjust(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad_impl(args, kw, "rjust", '>')
}

fn str_zfill(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(&a, "str", "zfill", 1, 1, Sig::Clinic)?;
    let sd = self_data(&a.pos[0], "zfill")?;
    let width = sl::index_arg(&a.pos[1])?;
    let len = sd.char_len();
    if width <= len as i64 {
        return Ok(sd.slice(0, len));
    }
    let fill = width as usize - len;
    let sign = usize::from(matches!(sd.as_bytes().first(), Some(b'+' | b'-')));
    let mut out = StrBuf::with_capacity(width as usize);
    out.push_chars_of(sd, 0, sign);
    out.push_str(&"0".repeat(fill));
    out.push_chars_of(sd, sign, len);
    Ok(out.finish())
}

fn str_expandtabs(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(&a, "str", "expandtabs", 0, 1, Sig::Keywords(&["tabsize"]))?;
    let s = self_data(&a.pos[0], "expandtabs")?;
    let tab = match a.get(1, "tabsize") {
        Some(v) => sl::index_arg(v)?,
        None => 8,
    };
    let mut out = StrBuf::with_capacity(s.as_bytes().len());
    let mut col: i64 = 0;
    for c in s.code_points() {
        match c {
            0x09 => {
                if tab > 0 {
                    let n = tab - col % tab;
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                }
            }
            0x0A | 0x0D => {
                out.push_code_point(c);
                col = 0;
            }
            c => {
                out.push_code_point(c);
                col += 1;
            }
        }
    }
    Ok(out.finish())
}

fn affix_impl(args: &[Value], kw: &[Value], name: &str, suffix: bool) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(&a, "str", name, 1, 1, Sig::Clinic)?;
    let sd = self_data(&a.pos[0], name)?;
    let p = as_str_data(&a.pos[1]).ok_or_else(|| {
        PyErr::type_error(format!(
            "{}() argument must be str, not {}",
            name,
            type_name(&a.pos[1])
        ))
    })?;
    let (s, p) = (sd.as_bytes(), p.as_bytes());
    let (b0, b1) = if suffix && s.ends_with(p) {
        (0, s.len() - p.len())
    } else if !suffix && s.starts_with(p) {
        (p.len(), s.len())
    } else {
        (0, s.len())
    };
    Ok(new_str_from_bytes_of(sd, b0, b1))
}

fn str_removeprefix(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix_impl(args, kw, "removeprefix", false)
}

fn str_removesuffix(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix_impl(args, kw, "removesuffix", true)
}

// --- translate, encode, __format__ -----------------------------------------------------

fn str_maketrans(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    if !a.kwnames.is_empty() {
        return Err(PyErr::type_error("maketrans() takes no keyword arguments"));
    }
    // A static method: no self in args.
    let pos = a.pos;
    if pos.is_empty() || pos.len() > 3 {
        return Err(PyErr::type_error(crate::types::args::arity_message(
            "maketrans",
            1,
            3,
            pos.len(),
        )));
    }
    let d = crate::objects::dict::DictData::new_value();
    let table = crate::objects::dict::as_dict(&d).ok_or_else(|| PyErr::runtime_error("dict"))?;
    if pos.len() == 1 {
        let src = crate::objects::dict::as_dict(&pos[0]).ok_or_else(|| {
            PyErr::type_error("if you give only one argument to maketrans it must be a dict")
        })?;
        for (k, v) in src.items() {
            let key = if let Some(s) = as_str_data(&k) {
                match s.char_len() {
                    1 => Value::small_int(s.code_point_at(0) as i64),
                    _ => {
                        return Err(PyErr::value_error(
                            "string keys in translate table must be of length 1",
                        ))
                    }
                }
            } else if crate::objects::int::is_int(&k) {
                k
            } else {
                return Err(PyErr::type_error(
                    "keys in translate table must be strings or integers",
                ));
            };
            table.set(key, v)?;
        }
        return Ok(d);
    }
    let x = arg_data(&pos[0], "maketrans() argument 1 ")?;
    let y = arg_data(&pos[1], "maketrans() argument 2 ")?;
    if x.char_len() != y.char_len() {
        return Err(PyErr::value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (cx, cy) in x.code_points().zip(y.code_points()) {
        table.set(Value::small_int(cx as i64), Value::small_int(cy as i64))?;
    }
    if let Some(z) = pos.get(2) {
        for c in arg_data(z, "maketrans() argument 3 ")?.code_points() {
            table.set(Value::small_int(c as i64), Value::NONE)?;
        }
    }
    Ok(d)
}

fn str_translate(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(&a, "str", "translate", 1, 1, Sig::Clinic)?;
    let s = self_data(&a.pos[0], "translate")?;
    let table = &a.pos[1];
    let mut out = StrBuf::with_capacity(s.as_bytes().len());
    for c in s.code_points() {
        let r = match ops::getitem(table, &Value::small_int(c as i64)) {
            Ok(r) => r,
            Err(e) if e.matches(&types().lookup_error) => {
                out.push_code_point(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        if r.is_none() {
            continue;
        }
        if let Some(t) = as_str_data(&r) {
            out.push_data(t);
        } else if crate::objects::int::is_int(&r) {
            let n = crate::objects::int::to_i64(&r).unwrap_or(-1);
            match u32::try_from(n).ok().filter(|&n| n <= 0x10FFFF) {
                Some(ch) => out.push_code_point(ch),
                None => {
                    return Err(PyErr::value_error(
                        "character mapping must be in range(0x110000)",
                    ))
                }
            }
        } else {
            return Err(PyErr::type_error(
                "character mapping must return integer, None or str",
            ));
        }
    }
    Ok(out.finish())
}

fn str_encode(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(
        &a,
        "str",
        "encode",
        0,
        2,
        Sig::Keywords(&["encoding", "errors"]),
    )?;
    let s = self_data(&a.pos[0], "encode")?;
    let enc = match a.get(1, "encoding") {
        Some(e) => Some(arg_str(e, "encode() argument 'encoding' ")?),
        None => None,
    };
    let err = match a.get(2, "errors") {
        Some(e) => Some(arg_str(e, "encode() argument 'errors' ")?),
        None => None,
    };
    Ok(crate::objects::bytes::new_bytes(super::codecs::encode(
        s, enc, err,
    )?))
}

fn str_format_spec(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_args(&Args::new(args, kw), "str", "__format__", 1, 1, Sig::Clinic)?;
    let spec = arg_str(&args[1], "__format__() argument ")?;
    if spec.is_empty() {
        return ops::str_value(&args[0]);
    }
    super::format_builtin_value(&args[0], spec)
}

/// `str % args` (printf-style formatting).
pub fn str_percent_format(s: &Value, args: &Value) -> PyResult<Value> {
    super::percent_format::str_percent_format(s, args)
}
