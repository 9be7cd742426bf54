//! Argument parsing for `_io` functions and methods, with the messages of CPython's
//! Argument Clinic (`open() takes at most 8 arguments (9 given)`, `'x' is an invalid
//! keyword argument for open()`, `... missing required argument 'file' (pos 1)`).

use crate::error::{PyErr, PyResult};
use crate::objects::str::as_str;
use crate::objects::typeobj::type_name;
use crate::value::Value;

/// Parses `args` (after `skip` leading values such as `self`) against parameter
/// `names`; the first `required` are required. Returns one entry per name.
pub fn parse<'a>(
    args: &'a [Value],
    kwnames: &[Value],
    skip: usize,
    fname: &str,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<&'a Value>>> {
    let npos = args.len() - kwnames.len() - skip;
    let pos = &args[skip..skip + npos];
    let kwvals = &args[skip + npos..];
    if npos > names.len() {
        return Err(too_many(fname, names.len(), npos + kwnames.len()));
    }
    let mut out: Vec<Option<&Value>> = vec![None; names.len()];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v);
    }
    for (k, v) in kwnames.iter().zip(kwvals) {
        let k = as_str(k).unwrap_or("");
        match names.iter().position(|n| *n == k) {
            Some(i) if i < npos => {
                return Err(PyErr::type_error(format!(
                    "argument for {}() given by name ('{}') and position ({})",
                    fname,
                    k,
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(v),
            None => {
                return Err(PyErr::type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    k, fname
                )))
            }
        }
    }
    for (i, name) in names.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(PyErr::type_error(format!(
                "{}() missing required argument '{}' (pos {})",
                fname,
                name,
                i + 1
            )));
        }
    }
    Ok(out)
}

/// Positional-only parameters (`read(size=-1, /)`): at most `max` arguments, no keywords.
pub fn positional<'a>(
    args: &'a [Value],
    kwnames: &[Value],
    fname: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() takes no keyword arguments",
            fname
        )));
    }
    let p = &args[1..];
    if p.len() > max {
        return Err(if max == 0 {
            PyErr::type_error(format!(
                "{}() takes no arguments ({} given)",
                fname,
                p.len()
            ))
        } else {
            too_many(fname, max, p.len())
        });
    }
    if p.len() < min {
        return Err(PyErr::type_error(format!(
            "{}() takes {} {} argument{} ({} given)",
            fname,
            if min == max { "exactly" } else { "at least" },
            min,
            if min == 1 { "" } else { "s" },
            p.len()
        )));
    }
    Ok(p)
}

/// The text of an optional str argument (None for None), or CPython's TypeError.
pub fn optional_str<'a>(
    fname: &str,
    name: &str,
    v: Option<&'a Value>,
) -> PyResult<Option<&'a str>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match as_str(v) {
            Some(s) => Ok(Some(s)),
            None => Err(PyErr::type_error(format!(
                "{}() argument '{}' must be str or None, not {}",
                fname,
                name,
                type_name(v)
            ))),
        },
    }
}

#[cold]
fn too_many(fname: &str, max: usize, given: usize) -> PyErr {
    PyErr::type_error(format!(
        "{}() takes at most {} argument{} ({} given)",
        fname,
        max,
        if max == 1 { "" } else { "s" },
        given
    ))
}
