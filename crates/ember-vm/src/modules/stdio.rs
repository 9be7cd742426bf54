//! The standard streams as Python objects (`sys.stdout`, `sys.stderr`, `sys.stdin`):
//! buffered writers over file descriptors 0-2 with `write`, `flush`, `readline`.
//! stdout is flushed at exit on every path, and before anything is written to stderr.

use crate::error::{PyErr, PyResult};
use crate::objects::instance::new_instance;
use crate::objects::str::{as_str_data, new_string, StrData};
use crate::objects::typeobj::{new_type, type_name};
use crate::types::args::Args;
use crate::value::Value;
use std::cell::RefCell;
use std::io::{BufRead, Read, Write};

thread_local! {
    static OUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    static STREAM_TYPE: RefCell<Option<Value>> = const { RefCell::new(None) };
}

const FLUSH_AT: usize = 1 << 13;

/// Which standard stream an object is (stored in its `builtin_value` slot as an int).
fn fd_of(v: &Value) -> Option<i64> {
    let inst = v.downcast::<crate::objects::instance::InstanceData>()?;
    crate::objects::int::to_i64(inst.builtin_value.borrow())
}

/// Appends a str to a standard stream, encoded as CPython's UTF-8 mode does: stdout
/// with `surrogateescape` (UnicodeEncodeError for other lone surrogates, nothing
/// written), stderr with `backslashreplace`.
pub fn write_str(fd: i64, s: &StrData) -> PyResult<()> {
    if !s.has_surrogates() {
        write_fd(fd, s.as_str());
    } else if fd == 1 {
        write_bytes(fd, &crate::types::codecs::encode_stdout(s)?);
    } else {
        write_fd(fd, &crate::types::codecs::stderr_text(s));
    }
    Ok(())
}

/// Appends text to a standard stream.
pub fn write_fd(fd: i64, s: &str) {
    write_bytes(fd, s.as_bytes())
}

/// Appends encoded text to a standard stream.
pub fn write_bytes(fd: i64, s: &[u8]) {
    if fd == 1 {
        OUT.with(|o| {
            let mut o = o.borrow_mut();
            o.extend_from_slice(s);
            if o.len() >= FLUSH_AT {
                let _ = std::io::stdout().write_all(&o);
                o.clear();
            }
        });
    } else {
        flush_stdout();
        let _ = std::io::stderr().write_all(s);
    }
}

/// Writes out what stdout has buffered.
pub fn flush_stdout() {
    OUT.with(|o| {
        let mut o = o.borrow_mut();
        if !o.is_empty() {
            let _ = std::io::stdout().write_all(&o);
            o.clear();
        }
    });
    let _ = std::io::stdout().flush();
}

/// True when `v` is the stream object for `fd`.
pub fn is_std_stream(v: &Value) -> Option<i64> {
    fd_of(v)
}

fn stream_write(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("write", 2, 2)?;
    let fd = fd_of(&args[0]).unwrap_or(1);
    let s = as_str_data(&args[1]).ok_or_else(|| {
        PyErr::type_error(format!(
            "write() argument must be str, not {}",
            type_name(&args[1])
        ))
    })?;
    write_str(fd, s)?;
    Ok(crate::objects::int::new_int(s.char_len() as i64))
}

fn stream_flush(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if fd_of(&args[0]) == Some(1) {
        flush_stdout();
    } else {
        let _ = std::io::stderr().flush();
    }
    Ok(Value::NONE)
}

fn stream_readline(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    flush_stdout();
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| PyErr::os_error(e.to_string()))?;
    Ok(new_string(line))
}

/// `read(size=-1)`: everything, or at most `size` characters.
fn stream_read(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("read", 1, 2)?;
    let size = a
        .get(1, "size")
        .filter(|v| !v.is_none())
        .and_then(crate::objects::int::to_i64)
        .unwrap_or(-1);
    flush_stdout();
    let mut s = String::new();
    if size < 0 {
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| PyErr::os_error(e.to_string()))?;
        return Ok(new_string(s));
    }
    // Character by character through the line reader, so no input is read ahead.
    let stdin = std::io::stdin();
    let mut lock = stdin.lock();
    while s.chars().count() < size as usize {
        let buf = lock
            .fill_buf()
            .map_err(|e| PyErr::os_error(e.to_string()))?;
        if buf.is_empty() {
            break;
        }
        let want = size as usize - s.chars().count();
        let text = String::from_utf8_lossy(buf);
        let taken: String = text.chars().take(want).collect();
        let used = taken.len().min(buf.len());
        s.push_str(&taken);
        lock.consume(used.max(1));
    }
    Ok(new_string(s))
}

/// `next(sys.stdin)`: the next line, StopIteration at the end.
fn stream_next(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let line = stream_readline(args, kw)?;
    if crate::objects::str::as_str(&line).is_some_and(str::is_empty) {
        return Err(PyErr::stop_iteration(None));
    }
    Ok(line)
}

fn stream_iter(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(args[0].clone())
}

/// `readlines()`: the remaining lines.
fn stream_readlines(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let mut lines = Vec::new();
    loop {
        let line = stream_readline(args, kw)?;
        if crate::objects::str::as_str(&line).is_some_and(str::is_empty) {
            break;
        }
        lines.push(line);
    }
    Ok(crate::objects::list::new_list(lines))
}

/// `writelines(lines)`.
fn stream_writelines(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("writelines", 2, 2)?;
    for line in crate::ops::collect(&args[1])? {
        stream_write(&[args[0].clone(), line], &[])?;
    }
    Ok(Value::NONE)
}

fn stream_exit(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn stream_true(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::TRUE)
}

fn stream_false(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::FALSE)
}

fn stream_isatty(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    use std::io::IsTerminal;
    let fd = fd_of(&args[0]).unwrap_or(1);
    Ok(Value::bool(match fd {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    }))
}

fn stream_fileno(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(crate::objects::int::new_int(fd_of(&args[0]).unwrap_or(1)))
}

fn stream_type() -> Value {
    STREAM_TYPE.with(|t| {
        if let Some(ty) = t.borrow().as_ref() {
            return ty.clone();
        }
        let ty = new_type(
            "TextIOWrapper",
            vec![crate::vm::types().object.clone()],
            crate::object::Kind::Instance,
            true,
        )
        .expect("a simple type");
        crate::types::add_method(&ty, "write", stream_write);
        crate::types::add_method(&ty, "flush", stream_flush);
        crate::types::add_method(&ty, "readline", stream_readline);
        crate::types::add_method(&ty, "read", stream_read);
        crate::types::add_method(&ty, "readlines", stream_readlines);
        crate::types::add_method(&ty, "writelines", stream_writelines);
        crate::types::add_method(&ty, "__iter__", stream_iter);
        crate::types::add_method(&ty, "__next__", stream_next);
        crate::types::add_method(&ty, "__enter__", stream_iter);
        crate::types::add_method(&ty, "__exit__", stream_exit);
        crate::types::add_method(&ty, "readable", stream_true);
        crate::types::add_method(&ty, "writable", stream_true);
        crate::types::add_method(&ty, "seekable", stream_false);
        for (name, v) in [("encoding", "utf-8"), ("newlines", "")] {
            crate::types::add_attr(&ty, name, crate::objects::str::new_str(v));
        }
        crate::types::add_attr(&ty, "closed", Value::FALSE);
        crate::types::add_attr(&ty, "line_buffering", Value::FALSE);
        crate::types::add_method(&ty, "isatty", stream_isatty);
        crate::types::add_method(&ty, "fileno", stream_fileno);
        crate::types::add_attr(&ty, "__module__", crate::objects::str::new_str("_io"));
        *t.borrow_mut() = Some(ty.clone());
        ty
    })
}

/// A new stream object for fd 0, 1 or 2.
pub fn new_stream(fd: i64) -> Value {
    let s = new_instance(&stream_type());
    if let Some(inst) = s.downcast::<crate::objects::instance::InstanceData>() {
        inst.builtin_value.set(crate::objects::int::new_int(fd));
        let (name, mode, errors) = match fd {
            0 => ("<stdin>", "r", "strict"),
            1 => ("<stdout>", "w", "strict"),
            _ => ("<stderr>", "w", "backslashreplace"),
        };
        for (k, v) in [("name", name), ("mode", mode), ("errors", errors)] {
            inst.set_attr(&StrData::intern(k), crate::objects::str::new_str(v));
        }
    }
    s
}
