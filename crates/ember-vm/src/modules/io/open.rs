//! `open()` (the builtin and `_io.open`), `_io.open_code` and `_io.text_encoding`:
//! CPython's mode parsing and checks, then FileIO, a Buffered* class chosen by the
//! mode, and TextIOWrapper in text mode.

use super::args::{optional_str, parse};
use super::{call, io_types};
use crate::error::{PyErr, PyResult};
use crate::objects::int::new_int;
use crate::objects::str::{as_str, new_str, StrData};
use crate::objects::typeobj::type_name;
use crate::ops;
use crate::value::Value;

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
/// closefd=True, opener=None)`.
pub fn io_open(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let names = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ];
    let p = parse(args, kw, 0, "open", &names, 1)?;
    let file = p[0].expect("required");
    let mode = match p[1] {
        None => "r",
        Some(m) => as_str(m).ok_or_else(|| {
            PyErr::type_error(format!(
                "open() argument 'mode' must be str, not {}",
                type_name(m)
            ))
        })?,
    };
    let buffering = match p[2] {
        None => -1,
        Some(b) => super::int_arg(b)?,
    };
    let encoding = optional_str("open", "encoding", p[3])?;
    let errors = optional_str("open", "errors", p[4])?;
    let newline = optional_str("open", "newline", p[5])?;
    let closefd = p[6].cloned().unwrap_or(Value::TRUE);
    let opener = p[7].cloned().unwrap_or(Value::NONE);

    let file = if crate::objects::int::is_int(file) {
        file.clone()
    } else {
        super::fileio::fspath(file)?
    };
    if mode.contains('\0') {
        return Err(PyErr::value_error("embedded null character"));
    }
    let (mut creating, mut reading, mut writing, mut appending, mut updating) =
        (false, false, false, false, false);
    let (mut text, mut binary) = (false, false);
    let invalid = || PyErr::value_error(format!("invalid mode: '{}'", mode));
    for (i, c) in mode.char_indices() {
        match c {
            'x' => creating = true,
            'r' => reading = true,
            'w' => writing = true,
            'a' => appending = true,
            '+' => updating = true,
            't' => text = true,
            'b' => binary = true,
            _ => return Err(invalid()),
        }
        if mode[i + 1..].contains(c) {
            return Err(invalid());
        }
    }
    let mut rawmode = String::new();
    for (on, c) in [
        (creating, 'x'),
        (reading, 'r'),
        (writing, 'w'),
        (appending, 'a'),
        (updating, '+'),
    ] {
        if on {
            rawmode.push(c);
        }
    }
    if text && binary {
        return Err(PyErr::value_error(
            "can't have text and binary mode at once",
        ));
    }
    if [creating, reading, writing, appending]
        .iter()
        .filter(|&&b| b)
        .count()
        > 1
    {
        return Err(PyErr::value_error(
            "must have exactly one of create/read/write/append mode",
        ));
    }
    if binary {
        for (given, what) in [
            (encoding.is_some(), "an encoding"),
            (errors.is_some(), "an errors"),
            (newline.is_some(), "a newline"),
        ] {
            if given {
                return Err(PyErr::value_error(format!(
                    "binary mode doesn't take {} argument",
                    what
                )));
            }
        }
    }
    let t = io_types();
    let raw = ops::call(&t.fileio, &[file, new_str(&rawmode), closefd, opener], &[])?;
    let result = (|| -> PyResult<Value> {
        let mut buffering = buffering;
        let mut line_buffering = false;
        if buffering == 1 || (buffering < 0 && ops::is_true(&call(&raw, "isatty", &[])?)?) {
            buffering = -1;
            line_buffering = true;
        }
        if buffering < 0 {
            let blksize = super::with_state(&raw, "FileIO", |st: &mut super::fileio::FileIO| {
                Ok(st.blksize)
            })?;
            buffering = if blksize > 1 {
                blksize
            } else {
                super::DEFAULT_BUFFER_SIZE as i64
            };
        }
        if buffering == 0 {
            if binary {
                return Ok(raw.clone());
            }
            return Err(PyErr::value_error("can't have unbuffered text I/O"));
        }
        let cls = if updating {
            &t.buffered_random
        } else if creating || writing || appending {
            &t.buffered_writer
        } else {
            &t.buffered_reader
        };
        let buffer = ops::call(cls, &[raw.clone(), new_int(buffering)], &[])?;
        if binary {
            return Ok(buffer);
        }
        let opt = |s: Option<&str>| s.map_or(Value::NONE, new_str);
        let wrapper = ops::call(
            &t.text_io_wrapper,
            &[
                buffer,
                opt(encoding),
                opt(errors),
                opt(newline),
                Value::bool(line_buffering),
            ],
            &[],
        )?;
        ops::setattr(&wrapper, &StrData::intern_static("mode"), new_str(mode))?;
        Ok(wrapper)
    })();
    if result.is_err() {
        let _ = call(&raw, "close", &[]);
    }
    result
}

/// `_io.open_code(path)`: `open(path, 'rb')`.
pub fn io_open_code(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = parse(args, kw, 0, "open_code", &["path"], 1)?;
    let path = p[0].expect("required");
    if as_str(path).is_none() {
        return Err(PyErr::type_error(format!(
            "open_code() argument 'path' must be str, not {}",
            type_name(path)
        )));
    }
    io_open(&[path.clone(), new_str("rb")], &[])
}

/// `_io.text_encoding(encoding, stacklevel=2)`: "utf-8" for None (UTF-8 mode).
pub fn io_text_encoding(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = parse(args, kw, 0, "text_encoding", &["encoding", "stacklevel"], 1)?;
    let e = p[0].expect("required");
    if e.is_none() {
        return Ok(new_str("utf-8"));
    }
    Ok(e.clone())
}
