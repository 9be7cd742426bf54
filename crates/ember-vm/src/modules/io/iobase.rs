//! The abstract bases `_IOBase`, `_RawIOBase`, `_BufferedIOBase` and `_TextIOBase`:
//! the default methods CPython's C versions give every stream (closing, the context
//! manager, line iteration, `readline`/`readlines`/`writelines` written over `read`
//! and `write`), which call the stream's own methods so Python subclasses work.

use super::args::{parse, positional};
use super::{call, closed_attr, unsupported, IoTypes, DEFAULT_BUFFER_SIZE};
use crate::error::{PyErr, PyResult};
use crate::objects::bytes::{new_bytearray, new_bytes, BytesData};
use crate::objects::instance::InstanceData;
use crate::objects::int::new_int;
use crate::objects::list::new_list;
use crate::objects::str::StrData;
use crate::objects::typeobj::type_name;
use crate::ops;
use crate::types::{add_method, add_staticmethod};
use crate::value::Value;

pub fn install(t: &IoTypes) {
    let b = &t.iobase;
    add_method(b, "seek", iobase_seek);
    add_method(b, "tell", iobase_tell);
    add_method(b, "truncate", iobase_truncate);
    add_method(b, "flush", iobase_flush);
    add_method(b, "close", iobase_close);
    add_method(b, "seekable", |a, k| iobase_false(a, k, "seekable"));
    add_method(b, "readable", |a, k| iobase_false(a, k, "readable"));
    add_method(b, "writable", |a, k| iobase_false(a, k, "writable"));
    add_method(b, "_checkClosed", iobase_check_closed);
    add_method(b, "_checkSeekable", iobase_check_seekable);
    add_method(b, "_checkReadable", iobase_check_readable);
    add_method(b, "_checkWritable", iobase_check_writable);
    add_method(b, "fileno", iobase_fileno);
    add_method(b, "isatty", iobase_isatty);
    add_method(b, "__enter__", iobase_enter);
    add_method(b, "__exit__", iobase_exit);
    add_method(b, "__iter__", iobase_iter);
    add_method(b, "__next__", iobase_next);
    add_method(b, "readline", iobase_readline);
    add_method(b, "readlines", iobase_readlines);
    add_method(b, "writelines", iobase_writelines);
    add_method(b, "__del__", iobase_del);
    super::add_getter(b, "closed", iobase_closed);

    let r = &t.raw_iobase;
    add_method(r, "read", rawiobase_read);
    add_method(r, "readall", rawiobase_readall);
    add_method(r, "readinto", rawiobase_readinto);
    add_method(r, "write", rawiobase_write);

    let bb = &t.buffered_iobase;
    add_method(bb, "detach", |a, _| unsupported_op(a, "detach"));
    add_method(bb, "read", |a, _| unsupported_op(a, "read"));
    add_method(bb, "read1", |a, _| unsupported_op(a, "read1"));
    add_method(bb, "write", |a, _| unsupported_op(a, "write"));
    add_method(bb, "readinto", |a, k| bufferediobase_readinto(a, k, "read"));
    add_method(bb, "readinto1", |a, k| {
        bufferediobase_readinto(a, k, "read1")
    });

    let tb = &t.text_iobase;
    add_method(tb, "detach", |a, _| unsupported_op(a, "detach"));
    add_method(tb, "read", |a, _| unsupported_op(a, "read"));
    add_method(tb, "readline", |a, _| unsupported_op(a, "readline"));
    add_method(tb, "write", |a, _| unsupported_op(a, "write"));
    super::add_getter(tb, "encoding", none_getter);
    super::add_getter(tb, "newlines", none_getter);
    super::add_getter(tb, "errors", none_getter);

    add_staticmethod(&t.newline_decoder, "__new__", super::textio::decoder_new);
}

fn none_getter(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn unsupported_op(_args: &[Value], name: &str) -> PyResult<Value> {
    Err(unsupported(name))
}

/// The instance attribute CPython's `_IOBase` keeps its closed flag in.
fn closed_flag_name() -> Value {
    StrData::intern_static("__IOBase_closed")
}

/// Whether `_IOBase.close` already ran on `obj` (its `__IOBase_closed` attribute).
fn iobase_is_closed(obj: &Value) -> bool {
    obj.downcast::<InstanceData>()
        .and_then(|i| i.get_attr(&closed_flag_name()))
        .is_some_and(|v| v.is_true_imm())
}

/// ValueError("I/O operation on closed file.") when `obj.closed`.
pub fn check_closed(obj: &Value) -> PyResult<()> {
    if closed_attr(obj)? {
        return Err(PyErr::value_error("I/O operation on closed file."));
    }
    Ok(())
}

fn iobase_seek(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(unsupported("seek"))
}

fn iobase_tell(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional(args, kw, "tell", 0, 0)?;
    call(&args[0], "seek", &[new_int(0), new_int(1)])
}

fn iobase_truncate(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(unsupported("truncate"))
}

fn iobase_flush(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional(args, kw, "flush", 0, 0)?;
    if iobase_is_closed(&args[0]) {
        return Err(PyErr::value_error("I/O operation on closed file."));
    }
    Ok(Value::NONE)
}

fn iobase_close(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional(args, kw, "close", 0, 0)?;
    let this = &args[0];
    if iobase_is_closed(this) {
        return Ok(Value::NONE);
    }
    let r = call(this, "flush", &[]);
    ops::setattr(this, &closed_flag_name(), Value::TRUE)?;
    r.map(|_| Value::NONE)
}

fn iobase_closed(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::bool(iobase_is_closed(&args[0])))
}

fn iobase_false(args: &[Value], kw: &[Value], name: &str) -> PyResult<Value> {
    positional(args, kw, name, 0, 0)?;
    Ok(Value::FALSE)
}

fn iobase_check_closed(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_closed(&args[0])?;
    Ok(Value::NONE)
}

fn check_capability(args: &[Value], method: &str, msg: &str) -> PyResult<Value> {
    let r = call(&args[0], method, &[])?;
    if !r.is(&Value::TRUE) {
        return Err(unsupported(msg));
    }
    Ok(Value::NONE)
}

fn iobase_check_seekable(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::positional(args, kw, "_checkSeekable", 0, 0)?;
    check_capability(args, "seekable", "File or stream is not seekable.")
}

fn iobase_check_readable(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::positional(args, kw, "_checkReadable", 0, 0)?;
    check_capability(args, "readable", "File or stream is not readable.")
}

fn iobase_check_writable(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::positional(args, kw, "_checkWritable", 0, 0)?;
    check_capability(args, "writable", "File or stream is not writable.")
}

fn iobase_fileno(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(unsupported("fileno"))
}

fn iobase_isatty(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional(args, kw, "isatty", 0, 0)?;
    check_closed(&args[0])?;
    Ok(Value::FALSE)
}

fn iobase_enter(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::positional(args, kw, "__enter__", 0, 0)?;
    check_closed(&args[0])?;
    Ok(args[0].clone())
}

fn iobase_exit(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    call(&args[0], "close", &[])
}

fn iobase_iter(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::positional(args, kw, "__iter__", 0, 0)?;
    check_closed(&args[0])?;
    Ok(args[0].clone())
}

fn iobase_next(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::positional(args, kw, "__next__", 0, 0)?;
    let line = call(&args[0], "readline", &[])?;
    if ops::len(&line)? == 0 {
        return Err(PyErr::stop_iteration(None));
    }
    Ok(line)
}

fn iobase_del(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::positional(args, kw, "__del__", 0, 0)?;
    if !closed_attr(&args[0]).unwrap_or(true) {
        call(&args[0], "close", &[])?;
    }
    Ok(Value::NONE)
}

/// `_IOBase.readline(size=-1)`: bytes up to and including a newline, read with
/// `peek` when the stream has it, else one byte at a time.
fn iobase_readline(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = positional(args, kw, "readline", 0, 1)?;
    let limit = super::optional_size(p.first())?;
    let this = &args[0];
    let peek = ops::getattr_opt(this, &StrData::intern_static("peek"))?;
    let mut out: Vec<u8> = Vec::new();
    while limit < 0 || (out.len() as i64) < limit {
        let mut nreadahead = 1usize;
        if let Some(peek) = &peek {
            let ahead = ops::call(peek, &[new_int(1)], &[])?;
            let Some(b) = ahead.downcast::<BytesData>() else {
                return Err(PyErr::os_error(format!(
                    "peek() should have returned a bytes object, not '{}'",
                    type_name(&ahead)
                )));
            };
            if !b.0.is_empty() {
                let upto = match b.0.iter().position(|&c| c == b'\n') {
                    Some(i) => i + 1,
                    None => b.0.len(),
                };
                nreadahead = if limit >= 0 {
                    upto.min((limit as usize) - out.len())
                } else {
                    upto
                };
            }
        }
        let chunk = call(this, "read", &[new_int(nreadahead as i64)])?;
        if chunk.is_none() {
            break;
        }
        let Some(c) = crate::objects::bytes::bytes_like(&chunk) else {
            return Err(PyErr::os_error(format!(
                "read() should have returned a bytes object, not '{}'",
                type_name(&chunk)
            )));
        };
        if c.is_empty() {
            break;
        }
        out.extend_from_slice(&c);
        if out.last() == Some(&b'\n') {
            break;
        }
    }
    Ok(new_bytes(out))
}

/// `readlines(hint=-1)`: the lines of the stream, stopping once their total length
/// reaches `hint`.
fn iobase_readlines(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = positional(args, kw, "readlines", 0, 1)?;
    let hint = super::optional_size(p.first())?;
    let it = ops::get_iter(&args[0])?;
    let mut lines = Vec::new();
    let mut total = 0i64;
    while let Some(line) = ops::next(&it)? {
        if hint > 0 {
            total += ops::len(&line)? as i64;
        }
        lines.push(line);
        if hint > 0 && total >= hint {
            break;
        }
    }
    Ok(new_list(lines))
}

fn iobase_writelines(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = positional(args, kw, "writelines", 1, 1)?;
    check_closed(&args[0])?;
    let it = ops::get_iter(&p[0])?;
    while let Some(line) = ops::next(&it)? {
        call(&args[0], "write", &[line])?;
    }
    Ok(Value::NONE)
}

/// `_RawIOBase.read(size=-1)`: `readinto` a new bytearray of `size`.
fn rawiobase_read(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = positional(args, kw, "read", 0, 1)?;
    let n = super::optional_size(p.first())?;
    if n < 0 {
        return call(&args[0], "readall", &[]);
    }
    let buf = new_bytearray(vec![0; n as usize]);
    let got = call(&args[0], "readinto", std::slice::from_ref(&buf))?;
    if got.is_none() {
        return Ok(Value::NONE);
    }
    let got = super::int_arg(&got)?;
    if got < 0 || got > n {
        return Err(PyErr::value_error(format!(
            "readinto returned {} outside buffer size {}",
            got, n
        )));
    }
    let b = crate::objects::bytes::bytes_like(&buf).unwrap_or_default();
    Ok(new_bytes(b[..got as usize].to_vec()))
}

/// `_RawIOBase.readall()`: `read` until end of file.
fn rawiobase_readall(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional(args, kw, "readall", 0, 0)?;
    let mut out = Vec::new();
    loop {
        let chunk = call(&args[0], "read", &[new_int(DEFAULT_BUFFER_SIZE as i64)])?;
        if chunk.is_none() {
            if out.is_empty() {
                return Ok(Value::NONE);
            }
            break;
        }
        let Some(c) = chunk.downcast::<BytesData>() else {
            return Err(PyErr::type_error("read() should return bytes"));
        };
        if c.0.is_empty() {
            break;
        }
        out.extend_from_slice(&c.0);
    }
    Ok(new_bytes(out))
}

fn rawiobase_readinto(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(PyErr::not_implemented(""))
}

fn rawiobase_write(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(PyErr::not_implemented(""))
}

/// `_BufferedIOBase.readinto(b)`: `read(len(b))` copied into `b`.
fn bufferediobase_readinto(args: &[Value], kw: &[Value], read: &str) -> PyResult<Value> {
    let p = parse(args, kw, 1, "readinto", &["buffer"], 1)?;
    let buf = p[0].expect("required");
    let n = super::writable_buffer_len(buf)?;
    let data = call(&args[0], read, &[new_int(n as i64)])?;
    let Some(d) = crate::objects::bytes::bytes_like(&data) else {
        return Err(PyErr::type_error("read() should return bytes"));
    };
    super::fill_buffer(buf, &d);
    Ok(new_int(d.len().min(n) as i64))
}
