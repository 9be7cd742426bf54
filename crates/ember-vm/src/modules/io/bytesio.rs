//! `_io.BytesIO`: an in-memory binary stream (a byte vector and a position that may lie
//! past the end; writing there pads with zero bytes, as CPython does).

use super::args::{parse, positional};
use super::{bytes_arg, int_arg, new_with_state, optional_size, with_state};
use crate::error::{PyErr, PyResult};
use crate::objects::bytes::new_bytes;
use crate::objects::int::new_int;
use crate::objects::list::new_list;
use crate::ops;
use crate::types::{add_method, add_staticmethod};
use crate::value::Value;

const CLASS: &str = "BytesIO";

#[derive(Default)]
pub struct BytesIO {
    initialized: bool,
    closed: bool,
    buf: Vec<u8>,
    pos: usize,
}

impl BytesIO {
    fn check(&self) -> PyResult<()> {
        super::check_usable(
            self.initialized,
            self.closed,
            "I/O operation on closed file.",
        )
    }

    fn read(&mut self, n: i64) -> &[u8] {
        let start = self.pos.min(self.buf.len());
        let avail = self.buf.len() - start;
        let k = if n < 0 {
            avail
        } else {
            (n as usize).min(avail)
        };
        self.pos = start + k;
        &self.buf[start..start + k]
    }

    fn readline(&mut self, limit: i64) -> &[u8] {
        let start = self.pos.min(self.buf.len());
        let rest = &self.buf[start..];
        let mut k = match super::buffered::memchr(b'\n', rest) {
            Some(i) => i + 1,
            None => rest.len(),
        };
        if limit >= 0 {
            k = k.min(limit as usize);
        }
        self.pos = start + k;
        &self.buf[start..start + k]
    }

    fn write(&mut self, data: &[u8]) -> usize {
        let n = data.len();
        if n == 0 {
            return 0;
        }
        let end = self.pos + n;
        if self.pos > self.buf.len() {
            self.buf.resize(self.pos, 0);
        }
        if end > self.buf.len() {
            self.buf.resize(end, 0);
        }
        self.buf[self.pos..end].copy_from_slice(data);
        self.pos = end;
        n
    }
}

pub fn install(ty: &Value) {
    add_staticmethod(ty, "__new__", bytesio_new);
    add_method(ty, "__init__", bytesio_init);
    add_method(ty, "getvalue", bytesio_getvalue);
    add_method(ty, "read", bytesio_read);
    add_method(ty, "read1", bytesio_read);
    add_method(ty, "readinto", bytesio_readinto);
    add_method(ty, "readline", bytesio_readline);
    add_method(ty, "readlines", bytesio_readlines);
    add_method(ty, "write", bytesio_write);
    add_method(ty, "writelines", bytesio_writelines);
    add_method(ty, "seek", bytesio_seek);
    add_method(ty, "tell", bytesio_tell);
    add_method(ty, "truncate", bytesio_truncate);
    add_method(ty, "close", bytesio_close);
    add_method(ty, "flush", |a, k| constant(a, k, "flush", Value::NONE));
    add_method(ty, "isatty", |a, k| constant(a, k, "isatty", Value::FALSE));
    add_method(ty, "readable", |a, k| {
        constant(a, k, "readable", Value::TRUE)
    });
    add_method(ty, "writable", |a, k| {
        constant(a, k, "writable", Value::TRUE)
    });
    add_method(ty, "seekable", |a, k| {
        constant(a, k, "seekable", Value::TRUE)
    });
    add_method(ty, "__iter__", |a, _| Ok(a[0].clone()));
    add_method(ty, "__next__", bytesio_next);
    add_method(ty, "__getstate__", bytesio_getstate);
    add_method(ty, "__setstate__", bytesio_setstate);
    super::add_getter(ty, "closed", |a, _| {
        with(&a[0], |st| Ok(Value::bool(st.closed)))
    });
}

/// A method that answers `v` on an open stream.
fn constant(args: &[Value], kw: &[Value], name: &str, v: Value) -> PyResult<Value> {
    positional(args, kw, name, 0, 0)?;
    with(&args[0], |st| st.check().map(|_| v))
}

fn with<R>(this: &Value, f: impl FnOnce(&mut BytesIO) -> PyResult<R>) -> PyResult<R> {
    with_state(this, CLASS, f)
}

fn bytesio_new(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_with_state(&args[0], BytesIO::default()))
}

fn bytesio_init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = parse(args, kw, 1, "BytesIO", &["initial_bytes"], 0)?;
    let initial = match p[0] {
        Some(v) if !v.is_none() => bytes_arg(v)?,
        _ => Vec::new(),
    };
    with(&args[0], |st| {
        *st = BytesIO {
            initialized: true,
            closed: false,
            buf: initial,
            pos: 0,
        };
        Ok(Value::NONE)
    })
}

fn bytesio_getvalue(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional(args, kw, "getvalue", 0, 0)?;
    with(&args[0], |st| {
        st.check()?;
        Ok(new_bytes(st.buf.clone()))
    })
}

fn bytesio_read(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = positional(args, kw, "read", 0, 1)?;
    let n = optional_size(p.first())?;
    with(&args[0], |st| {
        st.check()?;
        Ok(new_bytes(st.read(n).to_vec()))
    })
}

fn bytesio_readinto(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = positional(args, kw, "readinto", 1, 1)?;
    let n = super::writable_buffer_len(&p[0])?;
    let data = with(&args[0], |st| {
        st.check()?;
        Ok(st.read(n as i64).to_vec())
    })?;
    super::fill_buffer(&p[0], &data);
    Ok(new_int(data.len() as i64))
}

fn bytesio_readline(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = positional(args, kw, "readline", 0, 1)?;
    let n = optional_size(p.first())?;
    with(&args[0], |st| {
        st.check()?;
        Ok(new_bytes(st.readline(n).to_vec()))
    })
}

fn bytesio_readlines(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = positional(args, kw, "readlines", 0, 1)?;
    let hint = optional_size(p.first())?;
    with(&args[0], |st| {
        st.check()?;
        let mut lines = Vec::new();
        let mut total = 0usize;
        loop {
            let line = st.readline(-1);
            if line.is_empty() {
                break;
            }
            total += line.len();
            lines.push(new_bytes(line.to_vec()));
            if hint > 0 && total >= hint as usize {
                break;
            }
        }
        Ok(new_list(lines))
    })
}

fn bytesio_next(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::positional(args, kw, "__next__", 0, 0)?;
    let line = with(&args[0], |st| {
        st.check()?;
        Ok(st.readline(-1).to_vec())
    })?;
    if line.is_empty() {
        return Err(PyErr::stop_iteration(None));
    }
    Ok(new_bytes(line))
}

fn bytesio_write(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = positional(args, kw, "write", 1, 1)?;
    with(&args[0], |st| st.check())?;
    let data = bytes_arg(&p[0])?;
    with(&args[0], |st| Ok(new_int(st.write(&data) as i64)))
}

fn bytesio_writelines(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = positional(args, kw, "writelines", 1, 1)?;
    with(&args[0], |st| st.check())?;
    let it = ops::get_iter(&p[0])?;
    while let Some(line) = ops::next(&it)? {
        let data = bytes_arg(&line)?;
        with(&args[0], |st| {
            st.check()?;
            st.write(&data);
            Ok(())
        })?;
    }
    Ok(Value::NONE)
}

fn bytesio_seek(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pos, whence) = super::seek_args(args, kw)?;
    let pos = int_arg(pos)?;
    with(&args[0], |st| {
        st.check()?;
        let target = match whence {
            0 => {
                if pos < 0 {
                    return Err(PyErr::value_error(format!("negative seek value {}", pos)));
                }
                pos
            }
            1 => (st.pos as i64).saturating_add(pos).max(0),
            2 => (st.buf.len() as i64).saturating_add(pos).max(0),
            w => {
                return Err(PyErr::value_error(format!(
                    "invalid whence ({}, should be 0, 1 or 2)",
                    w
                )))
            }
        };
        st.pos = target as usize;
        Ok(new_int(target))
    })
}

fn bytesio_tell(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional(args, kw, "tell", 0, 0)?;
    with(&args[0], |st| {
        st.check()?;
        Ok(new_int(st.pos as i64))
    })
}

fn bytesio_truncate(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let size = super::truncate_arg(args, kw)?;
    with(&args[0], |st| {
        st.check()?;
        let size = size.unwrap_or(st.pos as i64);
        if size < 0 {
            return Err(PyErr::value_error(format!("negative size value {}", size)));
        }
        if (size as usize) < st.buf.len() {
            st.buf.truncate(size as usize);
        }
        Ok(new_int(size))
    })
}

fn bytesio_close(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional(args, kw, "close", 0, 0)?;
    with(&args[0], |st| {
        st.closed = true;
        st.buf = Vec::new();
        Ok(Value::NONE)
    })
}

fn bytesio_getstate(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::positional(args, kw, "__getstate__", 0, 0)?;
    with(&args[0], |st| {
        st.check()?;
        Ok(crate::objects::tuple::new_tuple(vec![
            new_bytes(st.buf.clone()),
            new_int(st.pos as i64),
            Value::NONE,
        ]))
    })
}

fn bytesio_setstate(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = positional(args, kw, "__setstate__", 1, 1)?;
    let t = crate::objects::tuple::as_tuple(&p[0])
        .filter(|t| t.len() >= 2)
        .ok_or_else(|| PyErr::type_error("__setstate__ argument should be 3-tuple"))?
        .to_vec();
    let data = bytes_arg(&t[0])?;
    let pos = int_arg(&t[1])?;
    with(&args[0], |st| {
        st.buf = data;
        st.pos = pos.max(0) as usize;
        Ok(Value::NONE)
    })
}
