//! The methods `bytes` and `bytearray` share with `str` (CPython's `bytes_methods.c` and
//! the byte flavour of `stringlib`): searching, splitting, stripping, padding, case
//! conversion and the ASCII `is*` predicates. Each returns an object of its receiver's
//! type: `bytearray(b"ab").upper()` is a bytearray.

use crate::error::{PyErr, PyResult};
use crate::object::Kind;
use crate::objects::bytes::{bytes_like, new_bytearray, new_bytes};
use crate::objects::list::new_list;
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::objects::typeobj::type_name;
use crate::ops;
use crate::types::args::Args;
use crate::types::stringlib::{self as sl, check_args, Sig};
use crate::value::Value;

/// Installs the shared methods on `bytes` or `bytearray`.
pub fn install(ty: &Value) {
    let methods: &[(&'static str, crate::objects::native::NativeFn)] = &[
        ("find", b_find),
        ("rfind", b_rfind),
        ("index", b_index),
        ("rindex", b_rindex),
        ("count", b_count),
        ("startswith", b_startswith),
        ("endswith", b_endswith),
        ("replace", b_replace),
        ("split", b_split),
        ("rsplit", b_rsplit),
        ("splitlines", b_splitlines),
        ("partition", b_partition),
        ("rpartition", b_rpartition),
        ("join", b_join),
        ("strip", b_strip),
        ("lstrip", b_lstrip),
        ("rstrip", b_rstrip),
        ("center", b_center),
        ("ljust", b_ljust),
        ("rjust", b_rjust),
        ("zfill", b_zfill),
        ("expandtabs", b_expandtabs),
        ("removeprefix", b_removeprefix),
        ("removesuffix", b_removesuffix),
        ("translate", b_translate),
        ("upper", b_upper),
        ("lower", b_lower),
        ("swapcase", b_swapcase),
        ("title", b_title),
        ("capitalize", b_capitalize),
        ("isalpha", b_isalpha),
        ("isalnum", b_isalnum),
        ("isdigit", b_isdigit),
        ("isspace", b_isspace),
        ("isascii", b_isascii),
        ("islower", b_islower),
        ("isupper", b_isupper),
        ("istitle", b_istitle),
    ];
    for &(name, f) in methods {
        super::add_method(ty, name, f);
    }
}

/// "bytes" or "bytearray", for messages.
fn tyname(v: Option<&Value>) -> &'static str {
    if v.is_some_and(|v| v.kind() == Some(Kind::ByteArray)) {
        "bytearray"
    } else {
        "bytes"
    }
}

/// A new object of `this`'s type (bytes or bytearray).
pub fn like(this: &Value, b: Vec<u8>) -> Value {
    if this.kind() == Some(Kind::ByteArray) {
        new_bytearray(b)
    } else {
        new_bytes(b)
    }
}

/// The bytes of `self`, with CPython's descriptor error otherwise.
fn this(v: &Value, method: &str) -> PyResult<Vec<u8>> {
    bytes_like(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{}' for 'bytes' objects doesn't apply to a '{}' object",
            method,
            type_name(v)
        ))
    })
}

/// A bytes-like argument, with "a bytes-like object is required, not 'str'" otherwise.
pub fn buffer_arg(v: &Value) -> PyResult<Vec<u8>> {
    bytes_like(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(v)
        ))
    })
}

/// A byte value (0..256) from an int, with CPython's messages.
pub fn byte_value(v: &Value) -> PyResult<u8> {
    let n = sl::index_arg(v)?;
    u8::try_from(n).map_err(|_| PyErr::value_error("byte must be in range(0, 256)"))
}

/// The needle of `find`/`count`/`index`: bytes-like or an int byte value.
fn needle(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b);
    }
    if ops::index_opt(v)?.is_some() {
        return Ok(vec![byte_value(v)?]);
    }
    Err(PyErr::type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        type_name(v)
    )))
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

// --- searching -------------------------------------------------------------------------

fn search(args: &[Value], kw: &[Value], name: &str, rev: bool) -> PyResult<Option<usize>> {
    let a = Args::new(args, kw);
    check_args(&a, tyname(a.pos.first()), name, 1, 3, Sig::Tuple)?;
    let s = this(&a.pos[0], name)?;
    let sub = needle(&a.pos[1])?;
    let (start, end) = sl::adjust_indices(a.pos.get(2), a.pos.get(3), s.len())?;
    if start > end {
        return Ok(None);
    }
    let hay = &s[start..end];
    let found = if rev {
        sl::rfind(hay, &sub)
    } else {
        sl::find(hay, &sub)
    };
    Ok(found.map(|p| p + start))
}

fn found_or(i: Option<usize>) -> Value {
    Value::small_int(i.map_or(-1, |i| i as i64))
}

fn b_find(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(found_or(search(args, kw, "find", false)?))
}

fn b_rfind(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(found_or(search(args, kw, "rfind", true)?))
}

fn b_index(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    search(args, kw, "index", false)?
        .map(|i| Value::small_int(i as i64))
        .ok_or_else(|| PyErr::value_error("subsection not found"))
}

fn b_rindex(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    search(args, kw, "rindex", true)?
        .map(|i| Value::small_int(i as i64))
        .ok_or_else(|| PyErr::value_error("subsection not found"))
}

fn b_count(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(&a, tyname(a.pos.first()), "count", 1, 3, Sig::Tuple)?;
    let s = this(&a.pos[0], "count")?;
    let sub = needle(&a.pos[1])?;
    let (start, end) = sl::adjust_indices(a.pos.get(2), a.pos.get(3), s.len())?;
    let n = if start > end {
        0
    } else if sub.is_empty() {
        end - start + 1
    } else {
        sl::count(&s[start..end], &sub, usize::MAX)
    };
    Ok(Value::small_int(n as i64))
}

fn affix_check(args: &[Value], kw: &[Value], name: &str, suffix: bool) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(&a, tyname(a.pos.first()), name, 1, 3, Sig::Tuple)?;
    let s = this(&a.pos[0], name)?;
    let (start, end) = sl::adjust_indices(a.pos.get(2), a.pos.get(3), s.len())?;
    let check = |p: &[u8]| {
        start <= end && {
            let h = &s[start..end];
            if suffix {
                h.ends_with(p)
            } else {
                h.starts_with(p)
            }
        }
    };
    if let Some(t) = as_tuple(&a.pos[1]) {
        for p in t {
            if check(&buffer_arg(p)?) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    match bytes_like(&a.pos[1]) {
        Some(p) => Ok(Value::bool(check(&p))),
        None => Err(PyErr::type_error(format!(
            "{} first arg must be bytes or a tuple of bytes, not {}",
            name,
            type_name(&a.pos[1])
        ))),
    }
}

fn b_startswith(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix_check(args, kw, "startswith", false)
}

fn b_endswith(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix_check(args, kw, "endswith", true)
}

fn b_replace(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(&a, tyname(a.pos.first()), "replace", 2, 3, Sig::ClinicRange)?;
    let s = this(&a.pos[0], "replace")?;
    let old = buffer_arg(&a.pos[1])?;
    let new = buffer_arg(&a.pos[2])?;
    let max = sl::limit(a.pos.get(3))?;
    let ends: Vec<usize> = if old.is_empty() {
        (1..=s.len()).collect()
    } else {
        Vec::new()
    };
    Ok(like(&a.pos[0], sl::replace(&s, &old, &new, max, &ends)))
}

// --- splitting -------------------------------------------------------------------------

fn split_impl(args: &[Value], kw: &[Value], name: &str, rev: bool) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(
        &a,
        tyname(a.pos.first()),
        name,
        0,
        2,
        Sig::Keywords(&["sep", "maxsplit"]),
    )?;
    let s = this(&a.pos[0], name)?;
    let max = sl::limit(a.get(2, "maxsplit"))?;
    let ranges = match a.get(1, "sep").filter(|v| !v.is_none()) {
        Some(sep) => {
            let sep = buffer_arg(sep)?;
            if sep.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            if rev {
                sl::rsplit(&s, &sep, max)
            } else {
                sl::split(&s, &sep, max)
            }
        }
        None if rev => sl::rsplit_whitespace(
            s.iter()
                .enumerate()
                .rev()
                .map(|(i, &c)| (i, c as u32, i + 1)),
            max,
            |c| is_space(c as u8),
        ),
        None => sl::split_whitespace(
            s.iter().enumerate().map(|(i, &c)| (i, c as u32)),
            s.len(),
            max,
            |c| is_space(c as u8),
        ),
    };
    let this = &a.pos[0];
    Ok(new_list(
        ranges
            .into_iter()
            .map(|(i, j)| like(this, s[i..j].to_vec()))
            .collect(),
    ))
}

fn b_split(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_impl(args, kw, "split", false)
}

fn b_rsplit(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_impl(args, kw, "rsplit", true)
}

fn b_splitlines(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(
        &a,
        tyname(a.pos.first()),
        "splitlines",
        0,
        1,
        Sig::Keywords(&["keepends"]),
    )?;
    let s = this(&a.pos[0], "splitlines")?;
    let keep = match a.get(1, "keepends") {
        Some(v) => ops::is_true(v)?,
        None => false,
    };
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < s.len() {
        let c = s[i];
        i += 1;
        if c != b'\n' && c != b'\r' {
            continue;
        }
        let line_end = i - 1;
        if c == b'\r' && s.get(i) == Some(&b'\n') {
            i += 1;
        }
        out.push(like(
            &a.pos[0],
            s[start..if keep { i } else { line_end }].to_vec(),
        ));
        start = i;
    }
    if start < s.len() {
        out.push(like(&a.pos[0], s[start..].to_vec()));
    }
    Ok(new_list(out))
}

fn partition_impl(args: &[Value], kw: &[Value], name: &str, rev: bool) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(&a, tyname(a.pos.first()), name, 1, 1, Sig::Clinic)?;
    let s = this(&a.pos[0], name)?;
    let sep = buffer_arg(&a.pos[1])?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let found = if rev {
        sl::rfind(&s, &sep)
    } else {
        sl::find(&s, &sep)
    };
    let this = &a.pos[0];
    let parts: [&[u8]; 3] = match found {
        Some(p) => [&s[..p], &sep, &s[p + sep.len()..]],
        None if rev => [b"", b"", &s],
        None => [&s, b"", b""],
    };
    Ok(new_tuple(
        parts.iter().map(|p| like(this, p.to_vec())).collect(),
    ))
}

fn b_partition(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_impl(args, kw, "partition", false)
}

fn b_rpartition(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_impl(args, kw, "rpartition", true)
}

fn b_join(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(&a, tyname(a.pos.first()), "join", 1, 1, Sig::Clinic)?;
    let sep = this(&a.pos[0], "join")?;
    let items = ops::collect(&a.pos[1])?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match bytes_like(it) {
            Some(b) => out.extend_from_slice(&b),
            None => {
                return Err(PyErr::type_error(format!(
                    "sequence item {}: expected a bytes-like object, {} found",
                    i,
                    type_name(it)
                )))
            }
        }
    }
    Ok(like(&a.pos[0], out))
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
    check_args(&a, tyname(a.pos.first()), name, 0, 1, Sig::ClinicRange)?;
    let s = this(&a.pos[0], name)?;
    let chars = match a.pos.get(1).filter(|v| !v.is_none()) {
        Some(c) => Some(buffer_arg(c)?),
        None => None,
    };
    let strip = |b: u8| match &chars {
        Some(cs) => cs.contains(&b),
        None => is_space(b),
    };
    let mut i = 0;
    let mut j = s.len();
    if left {
        while i < j && strip(s[i]) {
            i += 1;
        }
    }
    if right {
        while j > i && strip(s[j - 1]) {
            j -= 1;
        }
    }
    Ok(like(&a.pos[0], s[i..j].to_vec()))
}

fn b_strip(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl(args, kw, "strip", true, true)
}

fn b_lstrip(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl(args, kw, "lstrip", true, false)
}

fn b_rstrip(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl(args, kw, "rstrip", false, true)
}

fn pad_impl(args: &[Value], kw: &[Value], name: &str, align: char) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(&a, tyname(a.pos.first()), name, 1, 2, Sig::ClinicRange)?;
    let s = this(&a.pos[0], name)?;
    let width = sl::index_arg(&a.pos[1])?;
    let fill = match a.pos.get(2) {
        None => b' ',
        Some(f) => match bytes_like(f) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                return Err(PyErr::type_error(format!(
                    "{}() argument 2 must be a byte string of length 1, not {}",
                    name,
                    type_name(f)
                )))
            }
        },
    };
    if width <= s.len() as i64 {
        return Ok(like(&a.pos[0], s));
    }
    let width = width as usize;
    let left = match align {
        '<' => 0,
        '>' => width - s.len(),
        _ => sl::center_left(s.len(), width),
    };
    let mut out = vec![fill; width];
    out[left..left + s.len()].copy_from_slice(&s);
    Ok(like(&a.pos[0], out))
}

fn b_center(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad_impl(args, kw, "center", '^')
}

fn b_ljust(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad_impl(args, kw, "ljust", '<')
}

fn b_rjust(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad_impl(args, kw, "rjust", '>')
}

fn b_zfill(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(&a, tyname(a.pos.first()), "zfill", 1, 1, Sig::Clinic)?;
    let s = this(&a.pos[0], "zfill")?;
    let width = sl::index_arg(&a.pos[1])?;
    if width <= s.len() as i64 {
        return Ok(like(&a.pos[0], s));
    }
    let fill = width as usize - s.len();
    let k = usize::from(matches!(s.first(), Some(b'+' | b'-')));
    let mut out = Vec::with_capacity(width as usize);
    out.extend_from_slice(&s[..k]);
    out.extend(std::iter::repeat_n(b'0', fill));
    out.extend_from_slice(&s[k..]);
    Ok(like(&a.pos[0], out))
}

fn b_expandtabs(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(
        &a,
        tyname(a.pos.first()),
        "expandtabs",
        0,
        1,
        Sig::Keywords(&["tabsize"]),
    )?;
    let s = this(&a.pos[0], "expandtabs")?;
    let tab = match a.get(1, "tabsize") {
        Some(v) => sl::index_arg(v)?,
        None => 8,
    };
    let mut out = Vec::with_capacity(s.len());
    let mut col: i64 = 0;
    for &c in &s {
        match c {
            b'\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(like(&a.pos[0], out))
}

fn remove_affix(args: &[Value], kw: &[Value], name: &str, suffix: bool) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(&a, tyname(a.pos.first()), name, 1, 1, Sig::Clinic)?;
    let s = this(&a.pos[0], name)?;
    let p = buffer_arg(&a.pos[1])?;
    let out = if suffix {
        s.strip_suffix(p.as_slice()).unwrap_or(&s)
    } else {
        s.strip_prefix(p.as_slice()).unwrap_or(&s)
    };
    Ok(like(&a.pos[0], out.to_vec()))
}

fn b_removeprefix(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    remove_affix(args, kw, "removeprefix", false)
}

fn b_removesuffix(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    remove_affix(args, kw, "removesuffix", true)
}

fn b_translate(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let name = "translate";
    for k in a.kwnames {
        if crate::objects::str::as_str(k) != Some("delete") {
            return Err(PyErr::type_error(format!(
                "{}() got an unexpected keyword argument '{}'",
                name,
                crate::objects::str::as_str(k).unwrap_or("")
            )));
        }
    }
    check_args(
        &a,
        tyname(a.pos.first()),
        name,
        1,
        2,
        Sig::Keywords(&["delete"]),
    )?;
    let s = this(&a.pos[0], name)?;
    let table = match a.pos.get(1).filter(|v| !v.is_none()) {
        None => None,
        Some(t) => {
            let t = buffer_arg(t)?;
            if t.len() != 256 {
                return Err(PyErr::value_error(
                    "translation table must be 256 characters long",
                ));
            }
            Some(t)
        }
    };
    let delete = match a.get(2, "delete") {
        Some(d) => buffer_arg(d)?,
        None => Vec::new(),
    };
    let out = s
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    Ok(like(&a.pos[0], out))
}

// --- case conversion and predicates (ASCII only) ---------------------------------------

fn map_bytes(args: &[Value], kw: &[Value], name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(&a, tyname(a.pos.first()), name, 0, 0, Sig::Clinic)?;
    let s = this(&a.pos[0], name)?;
    Ok(like(&a.pos[0], f(&s)))
}

fn b_upper(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_bytes(args, kw, "upper", |s| s.to_ascii_uppercase())
}

fn b_lower(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_bytes(args, kw, "lower", |s| s.to_ascii_lowercase())
}

fn b_swapcase(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_bytes(args, kw, "swapcase", |s| {
        s.iter()
            .map(|&c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}

fn b_title(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_bytes(args, kw, "title", |s| {
        let mut prev_cased = false;
        s.iter()
            .map(|&c| {
                let r = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn b_capitalize(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_bytes(args, kw, "capitalize", |s| {
        s.iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn predicate(args: &[Value], kw: &[Value], name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(&a, tyname(a.pos.first()), name, 0, 0, Sig::Clinic)?;
    Ok(Value::bool(f(&this(&a.pos[0], name)?)))
}

fn b_isalpha(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(args, kw, "isalpha", |s| {
        !s.is_empty() && s.iter().all(u8::is_ascii_alphabetic)
    })
}

fn b_isalnum(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(args, kw, "isalnum", |s| {
        !s.is_empty() && s.iter().all(u8::is_ascii_alphanumeric)
    })
}

fn b_isdigit(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(args, kw, "isdigit", |s| {
        !s.is_empty() && s.iter().all(u8::is_ascii_digit)
    })
}

fn b_isspace(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(args, kw, "isspace", |s| {
        !s.is_empty() && s.iter().all(|&c| is_space(c))
    })
}

fn b_isascii(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(args, kw, "isascii", |s| s.is_ascii())
}

fn b_islower(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(args, kw, "islower", |s| {
        s.iter().any(u8::is_ascii_lowercase) && !s.iter().any(u8::is_ascii_uppercase)
    })
}

fn b_isupper(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(args, kw, "isupper", |s| {
        s.iter().any(u8::is_ascii_uppercase) && !s.iter().any(u8::is_ascii_lowercase)
    })
}

fn b_istitle(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(args, kw, "istitle", |s| {
        let (mut cased, mut prev) = (false, false);
        for &c in s {
            if c.is_ascii_uppercase() {
                if prev {
                    return false;
                }
                prev = true;
                cased = true;
            } else if c.is_ascii_lowercase() {
                if !prev {
                    return false;
                }
                prev = true;
                cased = true;
            } else {
                prev = false;
            }
        }
        cased
    })
}
