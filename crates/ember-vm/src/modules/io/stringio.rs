//! `_io.StringIO`: an in-memory text stream. The text is kept as generalised UTF-8
//! (the str representation) with the position in characters and its byte offset, so
//! appending writes and sequential reads cost what the text costs; only seeking to an
//! arbitrary character of non-ASCII text scans.

use super::args::{parse, positional};
use super::textio::{find_line_end, parse_newline, NewlineMode, SeenNewlines};
use super::{int_arg, new_with_state, optional_size, with_state};
use crate::error::{PyErr, PyResult};
use crate::objects::int::new_int;
use crate::objects::str::{as_str, as_str_data, new_str_from_valid, StrData};
use crate::objects::str_utf8::count_code_points;
use crate::objects::typeobj::type_name;
use crate::types::{add_method, add_staticmethod};
use crate::value::Value;

const CLASS: &str = "StringIO";

#[derive(Default)]
pub struct StringIO {
    initialized: bool,
    closed: bool,
    /// The text, generalised UTF-8.
    buf: Vec<u8>,
    /// Whether `buf` may hold a lone surrogate.
    surrogates: bool,
    /// Length in characters.
    nchars: usize,
    /// The position in characters (may be past the end).
    pos: usize,
    /// The byte offset of `pos` when `pos <= nchars`.
    bpos: usize,
    newline: NewlineMode,
    seen: SeenNewlines,
}

impl StringIO {
    fn check(&self) -> PyResult<()> {
        super::check_usable(
            self.initialized,
            self.closed,
            "I/O operation on closed file",
        )
    }

    fn is_ascii(&self) -> bool {
        self.nchars == self.buf.len()
    }

    /// The byte offset of character `i` (at most `nchars`).
    fn byte_at(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i;
        }
        // Walk from the nearest known point: the start or the current position.
        let (mut c, mut b) = if i >= self.pos && self.pos <= self.nchars {
            (self.pos, self.bpos)
        } else {
            (0, 0)
        };
        while c < i {
            b += 1;
            while b < self.buf.len() && !crate::objects::str_utf8::is_boundary_byte(self.buf[b]) {
                b += 1;
            }
            c += 1;
        }
        b
    }

    fn set_pos(&mut self, pos: usize) {
        self.bpos = if pos <= self.nchars {
            self.byte_at(pos)
        } else {
            self.buf.len()
        };
        self.pos = pos;
    }

    fn text(&self, b0: usize, b1: usize) -> Value {
        new_str_from_valid(self.buf[b0..b1].to_vec(), self.surrogates)
    }

    /// Writes `s` (already translated) at the position.
    fn write_text(&mut self, s: &[u8], n: usize, surrogates: bool) {
        if n == 0 {
            return;
        }
        self.surrogates |= surrogates;
        if self.pos > self.nchars {
            let pad = self.pos - self.nchars;
            self.buf.resize(self.buf.len() + pad, 0);
            self.nchars = self.pos;
            self.bpos = self.buf.len();
        }
        if self.pos == self.nchars {
            self.buf.extend_from_slice(s);
            self.nchars += n;
        } else {
            let end_char = (self.pos + n).min(self.nchars);
            let end = self.byte_at(end_char);
            let replaced = end_char - self.pos;
            self.buf.splice(self.bpos..end, s.iter().copied());
            self.nchars = self.nchars - replaced + n;
        }
        self.pos += n;
        self.bpos += s.len();
    }

    fn write_str(&mut self, s: &StrData) -> usize {
        let n = s.char_len();
        let bytes = s.as_bytes();
        let (translated, tn);
        let (data, count) = match self.newline.translate_write(bytes, &mut self.seen) {
            Some(t) => {
                tn = count_code_points(&t);
                translated = t;
                (&translated[..], tn)
            }
            None => (bytes, n),
        };
        self.write_text(data, count, s.has_surrogates());
        n
    }

    fn read(&mut self, n: i64) -> Value {
        if self.pos >= self.nchars {
            return crate::objects::str::new_str("");
        }
        let start = self.bpos;
        let avail = self.nchars - self.pos;
        let k = if n < 0 {
            avail
        } else {
            (n as usize).min(avail)
        };
        let end = if k == avail {
            self.buf.len()
        } else {
            self.byte_at(self.pos + k)
        };
        self.pos += k;
        self.bpos = end;
        self.text(start, end)
    }

    fn readline(&mut self, limit: i64) -> Value {
        if self.pos >= self.nchars {
            return crate::objects::str::new_str("");
        }
        let start = self.bpos;
        let rest = &self.buf[start..];
        let mut end = match find_line_end(rest, &self.newline, true) {
            Some(e) => start + e,
            None => self.buf.len(),
        };
        let mut k = if self.is_ascii() {
            end - start
        } else {
            count_code_points(&self.buf[start..end])
        };
        if limit >= 0 && k > limit as usize {
            k = limit as usize;
            end = self.byte_at(self.pos + k);
        }
        self.pos += k;
        self.bpos = end;
        self.text(start, end)
    }
}

pub fn install(ty: &Value) {
    add_staticmethod(ty, "__new__", stringio_new);
    add_method(ty, "__init__", stringio_init);
    add_method(ty, "write", stringio_write);
    add_method(ty, "getvalue", stringio_getvalue);
    add_method(ty, "read", stringio_read);
    add_method(ty, "readline", stringio_readline);
    add_method(ty, "__next__", stringio_next);
    add_method(ty, "tell", stringio_tell);
    add_method(ty, "seek", stringio_seek);
    add_method(ty, "truncate", stringio_truncate);
    add_method(ty, "close", stringio_close);
    add_method(ty, "readable", stringio_true);
    add_method(ty, "writable", stringio_true);
    add_method(ty, "seekable", stringio_true);
    add_method(ty, "__getstate__", stringio_getstate);
    add_method(ty, "__setstate__", stringio_setstate);
    super::add_getter(ty, "closed", stringio_closed);
    super::add_getter(ty, "line_buffering", |a, _| {
        with(&a[0], |st| st.check().map(|_| Value::FALSE))
    });
    super::add_getter(ty, "newlines", |a, _| {
        with(&a[0], |st| {
            st.check()?;
            Ok(if st.newline.universal {
                st.seen.value()
            } else {
                Value::NONE
            })
        })
    });
}

fn with<R>(this: &Value, f: impl FnOnce(&mut StringIO) -> PyResult<R>) -> PyResult<R> {
    with_state(this, CLASS, f)
}

fn stringio_new(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_with_state(&args[0], StringIO::default()))
}

fn stringio_init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = parse(args, kw, 1, "StringIO", &["initial_value", "newline"], 0)?;
    let newline = match p[1] {
        None => Some("\n"),
        Some(v) if v.is_none() => None,
        Some(v) => Some(as_str(v).ok_or_else(|| {
            PyErr::type_error(format!("newline must be str or None, not {}", type_name(v)))
        })?),
    };
    let mode = parse_newline(newline, p[1])?;
    let initial = match p[0] {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => Some(as_str_data(v).ok_or_else(|| {
            PyErr::type_error(format!(
                "initial_value must be str or None, not {}",
                type_name(v)
            ))
        })?),
    };
    with(&args[0], |st| {
        *st = StringIO {
            initialized: true,
            newline: mode,
            ..StringIO::default()
        };
        if let Some(s) = initial {
            st.write_str(s);
            st.set_pos(0);
        }
        Ok(Value::NONE)
    })
}

fn stringio_write(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = positional(args, kw, "write", 1, 1)?;
    let Some(s) = as_str_data(&p[0]) else {
        return Err(PyErr::type_error(format!(
            "string argument expected, got '{}'",
            type_name(&p[0])
        )));
    };
    with(&args[0], |st| {
        st.check()?;
        Ok(new_int(st.write_str(s) as i64))
    })
}

fn stringio_getvalue(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional(args, kw, "getvalue", 0, 0)?;
    with(&args[0], |st| {
        st.check()?;
        Ok(st.text(0, st.buf.len()))
    })
}

fn stringio_read(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = positional(args, kw, "read", 0, 1)?;
    let n = optional_size(p.first())?;
    with(&args[0], |st| {
        st.check()?;
        Ok(st.read(n))
    })
}

fn stringio_readline(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = positional(args, kw, "readline", 0, 1)?;
    let n = optional_size(p.first())?;
    with(&args[0], |st| {
        st.check()?;
        Ok(st.readline(n))
    })
}

fn stringio_next(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::positional(args, kw, "__next__", 0, 0)?;
    let this = &args[0];
    let line = if super::is_exact(this, &super::io_types().stringio) {
        with(this, |st| {
            st.check()?;
            Ok(st.readline(-1))
        })?
    } else {
        let l = super::call(this, "readline", &[])?;
        if as_str(&l).is_none() {
            return Err(PyErr::os_error(format!(
                "readline() should have returned a str object, not '{}'",
                type_name(&l)
            )));
        }
        l
    };
    if as_str_data(&line).is_some_and(|s| s.char_len() == 0) {
        return Err(PyErr::stop_iteration(None));
    }
    Ok(line)
}

fn stringio_tell(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional(args, kw, "tell", 0, 0)?;
    with(&args[0], |st| {
        st.check()?;
        Ok(new_int(st.pos as i64))
    })
}

fn stringio_seek(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pos, whence) = super::seek_args(args, kw)?;
    let pos = int_arg(pos)?;
    with(&args[0], |st| {
        st.check()?;
        let target = match whence {
            0 => {
                if pos < 0 {
                    return Err(PyErr::value_error(format!(
                        "Negative seek position {}",
                        pos
                    )));
                }
                pos as usize
            }
            1 | 2 if pos != 0 => {
                // CPython says "cur-relative" for both.
                return Err(PyErr::os_error("Can't do nonzero cur-relative seeks"));
            }
            1 => st.pos,
            2 => st.nchars,
            w => {
                return Err(PyErr::value_error(format!(
                    "Invalid whence ({}, should be 0, 1 or 2)",
                    w
                )))
            }
        };
        st.set_pos(target);
        Ok(new_int(target as i64))
    })
}

fn stringio_truncate(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let size = super::truncate_arg(args, kw)?;
    with(&args[0], |st| {
        st.check()?;
        let size = size.unwrap_or(st.pos as i64);
        if size < 0 {
            return Err(PyErr::value_error(format!("Negative size value {}", size)));
        }
        let size = size as usize;
        if size < st.nchars {
            let b = st.byte_at(size);
            st.buf.truncate(b);
            st.nchars = size;
            let pos = st.pos;
            st.set_pos(pos);
        }
        Ok(new_int(size as i64))
    })
}

fn stringio_close(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional(args, kw, "close", 0, 0)?;
    with(&args[0], |st| {
        st.closed = true;
        st.buf = Vec::new();
        Ok(Value::NONE)
    })
}

fn stringio_closed(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    with(&args[0], |st| {
        if !st.initialized {
            return Err(PyErr::value_error("I/O operation on uninitialized object"));
        }
        Ok(Value::bool(st.closed))
    })
}

fn stringio_true(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::positional(args, kw, "readable", 0, 0)?;
    with(&args[0], |st| {
        st.check()?;
        Ok(Value::TRUE)
    })
}

fn stringio_getstate(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::positional(args, kw, "__getstate__", 0, 0)?;
    let (value, pos) = with(&args[0], |st| {
        st.check()?;
        Ok((st.text(0, st.buf.len()), st.pos))
    })?;
    Ok(crate::objects::tuple::new_tuple(vec![
        value,
        Value::NONE,
        new_int(pos as i64),
        Value::NONE,
    ]))
}

fn stringio_setstate(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = positional(args, kw, "__setstate__", 1, 1)?;
    let state = crate::objects::tuple::as_tuple(&p[0])
        .filter(|t| t.len() >= 3)
        .ok_or_else(|| PyErr::type_error("__setstate__ argument should be 4-tuple"))?
        .to_vec();
    let s = as_str_data(&state[0]).ok_or_else(|| PyErr::type_error("str expected"))?;
    let pos = int_arg(&state[2])?;
    with(&args[0], |st| {
        st.buf.clear();
        st.nchars = 0;
        st.pos = 0;
        st.bpos = 0;
        st.write_text(s.as_bytes(), s.char_len(), s.has_surrogates());
        st.set_pos(pos.max(0) as usize);
        Ok(Value::NONE)
    })
}
