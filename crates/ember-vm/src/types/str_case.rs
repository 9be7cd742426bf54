//! `str`'s case methods (`upper lower casefold swapcase title capitalize`) and `is*`
//! predicates, character by character as CPython's `unicodeobject.c` does, on the
//! properties of `str_unicode.rs`.
//!
//! They run on the lossy view of a text with lone surrogates: U+FFFD, like a surrogate,
//! has no case and no property a predicate tests except printability, so only
//! `isprintable` looks at surrogates, and the case methods put them back into their
//! results (`restore_surrogates`).

use crate::error::PyResult;
use crate::objects::str::{new_string, restore_surrogates, StrData};
use crate::types::args::Args;
use crate::types::str::self_data;
use crate::types::str_unicode as u;
use crate::types::stringlib::{check_args, Sig};
use crate::value::Value;

pub fn install(ty: &Value) {
    let methods: &[(&'static str, crate::objects::native::NativeFn)] = &[
        ("upper", str_upper),
        ("lower", str_lower),
        ("casefold", str_casefold),
        ("swapcase", str_swapcase),
        ("title", str_title),
        ("capitalize", str_capitalize),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isdecimal", str_isdecimal),
        ("isdigit", str_isdigit),
        ("isnumeric", str_isnumeric),
        ("isspace", str_isspace),
        ("isprintable", str_isprintable),
        ("isascii", str_isascii),
        ("islower", str_islower),
        ("isupper", str_isupper),
        ("istitle", str_istitle),
        ("isidentifier", str_isidentifier),
    ];
    for &(name, f) in methods {
        super::add_method(ty, name, f);
    }
}

/// The text of a no-argument method's `self`.
fn noargs<'a>(args: &'a [Value], kw: &[Value], name: &str) -> PyResult<&'a str> {
    Ok(noargs_data(args, kw, name)?.as_str())
}

fn noargs_data<'a>(args: &'a [Value], kw: &[Value], name: &str) -> PyResult<&'a StrData> {
    check_args(&Args::new(args, kw), "str", name, 0, 0, Sig::Clinic)?;
    self_data(&args[0], name)
}

/// Maps each character with `f(out, chars, i)`.
fn map_chars(
    args: &[Value],
    kw: &[Value],
    name: &str,
    f: impl Fn(&mut String, &[char], usize, &mut bool),
) -> PyResult<Value> {
    let sd = noargs_data(args, kw, name)?;
    let s = sd.as_str();
    if s.is_ascii() && name != "title" && name != "capitalize" && name != "swapcase" {
        // ASCII fast path for upper/lower/casefold.
        return Ok(new_string(match name {
            "upper" => s.to_ascii_uppercase(),
            _ => s.to_ascii_lowercase(),
        }));
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut state = false;
    for i in 0..chars.len() {
        f(&mut out, &chars, i, &mut state);
    }
    Ok(restore_surrogates(sd, out))
}

fn str_upper(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_chars(args, kw, "upper", |o, c, i, _| u::push_upper(o, c[i]))
}

fn str_lower(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_chars(args, kw, "lower", |o, c, i, _| u::push_lower_at(o, c, i))
}

fn str_casefold(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_chars(args, kw, "casefold", |o, c, i, _| u::push_fold(o, c[i]))
}

fn str_swapcase(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_chars(args, kw, "swapcase", |o, c, i, _| {
        if u::is_upper(c[i]) {
            u::push_lower_at(o, c, i)
        } else if u::is_lower(c[i]) {
            u::push_upper(o, c[i])
        } else {
            o.push(c[i])
        }
    })
}

fn str_title(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_chars(args, kw, "title", |o, c, i, previous_is_cased| {
        if *previous_is_cased {
            u::push_lower_at(o, c, i)
        } else {
            u::push_title(o, c[i])
        }
        *previous_is_cased = u::is_cased(c[i]);
    })
}

fn str_capitalize(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_chars(args, kw, "capitalize", |o, c, i, _| {
        if i == 0 {
            u::push_title(o, c[i])
        } else {
            u::push_lower_at(o, c, i)
        }
    })
}

/// A predicate true when the text is non-empty and every character satisfies `f`.
fn all_chars(args: &[Value], kw: &[Value], name: &str, f: fn(char) -> bool) -> PyResult<Value> {
    let s = noargs(args, kw, name)?;
    Ok(Value::bool(!s.is_empty() && s.chars().all(f)))
}

fn str_isalpha(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    all_chars(args, kw, "isalpha", u::is_alpha)
}

fn str_isalnum(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    all_chars(args, kw, "isalnum", u::is_alnum)
}

fn str_isdecimal(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    all_chars(args, kw, "isdecimal", u::is_decimal)
}

fn str_isdigit(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    all_chars(args, kw, "isdigit", u::is_digit)
}

fn str_isnumeric(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    all_chars(args, kw, "isnumeric", u::is_numeric)
}

fn str_isspace(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    all_chars(args, kw, "isspace", u::is_space)
}

fn str_isprintable(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = noargs_data(args, kw, "isprintable")?;
    Ok(Value::bool(
        !s.has_surrogates() && s.as_str().chars().all(u::is_printable),
    ))
}

fn str_isascii(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(Value::bool(noargs(args, kw, "isascii")?.is_ascii()))
}

fn str_islower(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = noargs(args, kw, "islower")?;
    let mut cased = false;
    for c in s.chars() {
        if u::is_upper(c) || u::is_title(c) {
            return Ok(Value::FALSE);
        }
        cased |= u::is_lower(c);
    }
    Ok(Value::bool(cased))
}

fn str_isupper(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = noargs(args, kw, "isupper")?;
    let mut cased = false;
    for c in s.chars() {
        if u::is_lower(c) || u::is_title(c) {
            return Ok(Value::FALSE);
        }
        cased |= u::is_upper(c);
    }
    Ok(Value::bool(cased))
}

fn str_istitle(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = noargs(args, kw, "istitle")?;
    let (mut cased, mut previous_is_cased) = (false, false);
    for c in s.chars() {
        if u::is_upper(c) || u::is_title(c) {
            if previous_is_cased {
                return Ok(Value::FALSE);
            }
            previous_is_cased = true;
            cased = true;
        } else if u::is_lower(c) {
            if !previous_is_cased {
                return Ok(Value::FALSE);
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    Ok(Value::bool(cased))
}

fn str_isidentifier(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = noargs(args, kw, "isidentifier")?;
    Ok(Value::bool(is_identifier(s)))
}

/// `s.isidentifier()`: an XID_Start character or `_`, then XID_Continue characters.
pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if u::is_xid_start(c) || c == '_' => it.all(u::is_xid_continue),
        _ => false,
    }
}
