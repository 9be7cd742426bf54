//! `_io.BufferedReader`, `BufferedWriter`, `BufferedRandom` (one state, `Buffered`,
//! with the directions each allows) and `BufferedRWPair`. A read buffer holds data read
//! ahead from the raw stream, a write buffer data not yet written to it; they are never
//! both non-empty. The raw stream is called directly when it is exactly a FileIO.

use super::args::{parse, positional};
use super::fileio::FileIO;
use super::{
    bytes_arg, call, closed_error, int_arg, io_types, is_exact, new_with_state, optional_size,
    unsupported, with_state, Held, IoTypes, DEFAULT_BUFFER_SIZE,
};
use crate::error::{PyErr, PyResult};
use crate::objects::bytes::{new_bytearray, new_bytes};
use crate::objects::int::new_int;
use crate::objects::str::{new_string, StrData};
use crate::objects::typeobj::type_name;
use crate::ops;
use crate::types::{add_method, add_staticmethod};
use crate::value::Value;

const CLASS: &str = "BufferedReader";

#[derive(Default)]
pub struct Buffered {
    /// The raw stream; UNBOUND before `__init__` and after `detach`.
    raw: Value,
    initialized: bool,
    detached: bool,
    readable: bool,
    writable: bool,
    buffer_size: usize,
    /// Read-ahead: `rbuf[rpos..]` is not yet consumed.
    rbuf: Vec<u8>,
    rpos: usize,
    /// Written data not yet passed to the raw stream.
    wbuf: Vec<u8>,
}

impl Drop for Buffered {
    fn drop(&mut self) {
        // CPython's dealloc closes the stream: flush, then close the raw stream. Only
        // a native raw stream can be finished here (no Python code runs in a drop).
        super::finalize::forget_buffered(self);
        if self.flush_at_exit() {
            if let Some(h) = native_raw(&self.raw) {
                if let Ok(mut raw) = h.borrow::<FileIO>() {
                    let _ = raw.close();
                }
            }
        }
    }
}

impl Buffered {
    /// Writes pending data to a native raw stream without running Python code (the
    /// finaliser and the exit-time flush); false when the raw stream is not native.
    pub fn flush_at_exit(&mut self) -> bool {
        if !self.initialized || self.detached || !is_exact(&self.raw, &io_types().fileio) {
            return false;
        }
        let Some(h) = native_raw(&self.raw) else {
            return false;
        };
        let Ok(mut raw) = h.borrow::<FileIO>() else {
            return false;
        };
        if !self.wbuf.is_empty() && !raw.closed() {
            let _ = raw.write_all(&std::mem::take(&mut self.wbuf));
        }
        true
    }
}

/// Direct access to a native raw stream, else None (call its Python methods).
fn native_raw(raw: &Value) -> Option<Held> {
    if is_exact(raw, &io_types().fileio) {
        Held::of::<FileIO>(raw, "FileIO").ok()
    } else {
        None
    }
}

fn raw_readinto(raw: &Value, buf: &mut [u8]) -> PyResult<Option<usize>> {
    if let Some(h) = native_raw(raw) {
        return h.borrow::<FileIO>()?.read_into(buf);
    }
    let b = new_bytearray(vec![0; buf.len()]);
    let r = call(raw, "readinto", std::slice::from_ref(&b))?;
    if r.is_none() {
        return Ok(None);
    }
    let n = int_arg(&r)?;
    if n < 0 || n as usize > buf.len() {
        return Err(PyErr::os_error(format!(
            "raw readinto() returned invalid length {} (should have been between 0 and {})",
            n,
            buf.len()
        )));
    }
    let data = crate::objects::bytes::bytes_like(&b).unwrap_or_default();
    buf[..n as usize].copy_from_slice(&data[..n as usize]);
    Ok(Some(n as usize))
}

fn raw_readall(raw: &Value) -> PyResult<Option<Vec<u8>>> {
    if let Some(h) = native_raw(raw) {
        return h.borrow::<FileIO>()?.read_all();
    }
    let r = if ops::getattr_opt(raw, &StrData::intern_static("readall"))?.is_some() {
        call(raw, "readall", &[])?
    } else {
        call(raw, "read", &[])?
    };
    if r.is_none() {
        return Ok(None);
    }
    match crate::objects::bytes::bytes_like(&r) {
        Some(b) => Ok(Some(b)),
        None => Err(PyErr::type_error("readall() should return bytes")),
    }
}

fn raw_write(raw: &Value, data: &[u8]) -> PyResult<()> {
    if let Some(h) = native_raw(raw) {
        return h.borrow::<FileIO>()?.write_all(data);
    }
    let mut rest = data;
    while !rest.is_empty() {
        let r = call(raw, "write", &[new_bytes(rest.to_vec())])?;
        if r.is_none() {
            return Err(super::os_error(libc::EAGAIN, None));
        }
        let n = int_arg(&r)?;
        if n < 0 || n as usize > rest.len() {
            return Err(PyErr::os_error(format!(
                "raw write() returned invalid length {} (should have been between 0 and {})",
                n,
                rest.len()
            )));
        }
        rest = &rest[n as usize..];
    }
    Ok(())
}

fn raw_seek(raw: &Value, pos: i64, whence: i32) -> PyResult<i64> {
    if let Some(h) = native_raw(raw) {
        return h.borrow::<FileIO>()?.seek(pos, whence);
    }
    let r = call(raw, "seek", &[new_int(pos), new_int(whence as i64)])?;
    let n = int_arg(&r)?;
    if n < 0 {
        return Err(PyErr::os_error(format!(
            "Raw stream returned invalid position {}",
            n
        )));
    }
    Ok(n)
}

fn raw_closed(raw: &Value) -> PyResult<bool> {
    if let Some(h) = native_raw(raw) {
        return Ok(h.borrow::<FileIO>()?.closed());
    }
    super::closed_attr(raw)
}

impl Buffered {
    fn check_init(&self) -> PyResult<()> {
        if self.detached {
            return Err(PyErr::value_error("raw stream has been detached"));
        }
        if !self.initialized {
            return Err(PyErr::value_error("I/O operation on uninitialized object"));
        }
        Ok(())
    }

    fn check_closed(&self, msg: &str) -> PyResult<()> {
        self.check_init()?;
        if raw_closed(&self.raw)? {
            // CPython lets buffered data be read after the raw stream closed.
            if self.rpos < self.rbuf.len() && msg.starts_with("read") {
                return Ok(());
            }
            return Err(closed_error(msg));
        }
        Ok(())
    }

    fn available(&self) -> usize {
        self.rbuf.len() - self.rpos
    }

    /// Passes the write buffer to the raw stream.
    fn flush_writes(&mut self) -> PyResult<()> {
        if !self.wbuf.is_empty() {
            let data = std::mem::take(&mut self.wbuf);
            if let Err(e) = raw_write(&self.raw, &data) {
                self.wbuf = data;
                return Err(e);
            }
        }
        Ok(())
    }

    /// Drops the read-ahead, moving the raw stream back to the logical position.
    fn rewind_reads(&mut self) -> PyResult<()> {
        let n = self.available();
        self.rbuf.clear();
        self.rpos = 0;
        if n > 0 {
            raw_seek(&self.raw, -(n as i64), 1)?;
        }
        Ok(())
    }

    /// Refills the read buffer with one raw read; Some(0) at end of file.
    fn fill(&mut self) -> PyResult<Option<usize>> {
        self.flush_writes()?;
        self.rbuf.clear();
        self.rpos = 0;
        let mut buf = vec![0u8; self.buffer_size];
        let n = raw_readinto(&self.raw, &mut buf)?;
        if let Some(n) = n {
            buf.truncate(n);
            self.rbuf = buf;
        }
        Ok(n)
    }

    fn take(&mut self, n: usize) -> &[u8] {
        let n = n.min(self.available());
        let s = &self.rbuf[self.rpos..self.rpos + n];
        self.rpos += n;
        s
    }

    pub fn read(&mut self, n: i64) -> PyResult<Option<Vec<u8>>> {
        self.check_closed("read of closed file")?;
        if n < -1 {
            return Err(PyErr::value_error("read length must be non-negative or -1"));
        }
        self.flush_writes()?;
        if n == -1 {
            let mut out = self.take(usize::MAX).to_vec();
            match raw_readall(&self.raw)? {
                Some(rest) => out.extend_from_slice(&rest),
                None if out.is_empty() => return Ok(None),
                None => {}
            }
            return Ok(Some(out));
        }
        let want = n as usize;
        let mut out = self.take(want).to_vec();
        while out.len() < want {
            let need = want - out.len();
            if need >= self.buffer_size {
                let mut buf = vec![0u8; need];
                match raw_readinto(&self.raw, &mut buf)? {
                    Some(0) => break,
                    Some(k) => out.extend_from_slice(&buf[..k]),
                    None if out.is_empty() => return Ok(None),
                    None => break,
                }
            } else {
                match self.fill()? {
                    Some(0) => break,
                    Some(_) => {
                        let chunk = self.take(need).to_vec();
                        out.extend_from_slice(&chunk);
                    }
                    None if out.is_empty() => return Ok(None),
                    None => break,
                }
            }
        }
        Ok(Some(out))
    }

    pub fn read1(&mut self, n: i64) -> PyResult<Vec<u8>> {
        self.check_closed("read of closed file")?;
        let n = if n < 0 { self.buffer_size } else { n as usize };
        if n == 0 {
            return Ok(Vec::new());
        }
        self.flush_writes()?;
        if self.available() > 0 {
            return Ok(self.take(n).to_vec());
        }
        if n > self.buffer_size {
            let mut buf = vec![0u8; n];
            let k = raw_readinto(&self.raw, &mut buf)?.unwrap_or(0);
            buf.truncate(k);
            return Ok(buf);
        }
        self.fill()?;
        Ok(self.take(n).to_vec())
    }

    fn peek(&mut self) -> PyResult<Vec<u8>> {
        self.check_closed("peek of closed file")?;
        self.flush_writes()?;
        if self.available() == 0 {
            self.fill()?;
        }
        Ok(self.rbuf[self.rpos..].to_vec())
    }

    pub fn readline(&mut self, limit: i64) -> PyResult<Vec<u8>> {
        self.check_closed("readline of closed file")?;
        self.flush_writes()?;
        let mut out = Vec::new();
        loop {
            let room = if limit < 0 {
                usize::MAX
            } else {
                limit as usize - out.len()
            };
            let avail = &self.rbuf[self.rpos..];
            let scan = &avail[..avail.len().min(room)];
            if let Some(i) = memchr(b'\n', scan) {
                let line = self.take(i + 1).to_vec();
                out.extend_from_slice(&line);
                return Ok(out);
            }
            let n = scan.len();
            let chunk = self.take(n).to_vec();
            out.extend_from_slice(&chunk);
            if limit >= 0 && out.len() >= limit as usize {
                return Ok(out);
            }
            match self.fill()? {
                Some(0) | None => return Ok(out),
                Some(_) => {}
            }
        }
    }

    pub fn write(&mut self, data: &[u8]) -> PyResult<usize> {
        self.check_init()?;
        if raw_closed(&self.raw)? {
            return Err(closed_error("write to closed file"));
        }
        if self.available() > 0 {
            self.rewind_reads()?;
        } else {
            self.rbuf.clear();
            self.rpos = 0;
        }
        if self.wbuf.len() + data.len() <= self.buffer_size {
            self.wbuf.extend_from_slice(data);
            return Ok(data.len());
        }
        self.flush_writes()?;
        if data.len() > self.buffer_size {
            raw_write(&self.raw, data)?;
        } else {
            self.wbuf.extend_from_slice(data);
        }
        Ok(data.len())
    }

    pub fn flush(&mut self) -> PyResult<()> {
        self.check_init()?;
        if self.writable {
            if raw_closed(&self.raw)? {
                return Err(closed_error("flush of closed file"));
            }
            self.flush_writes()?;
            if self.readable {
                self.rewind_reads()?;
            }
        } else if raw_closed(&self.raw)? {
            return Err(closed_error("I/O operation on closed file."));
        }
        Ok(())
    }

    fn tell(&mut self) -> PyResult<i64> {
        self.check_init()?;
        let pos = match native_raw(&self.raw) {
            Some(h) => h.borrow::<FileIO>()?.tell()?,
            None => int_arg(&call(&self.raw, "tell", &[])?)?,
        };
        if pos < 0 {
            return Err(PyErr::os_error(format!(
                "Raw stream returned invalid position {}",
                pos
            )));
        }
        Ok((pos - self.available() as i64 + self.wbuf.len() as i64).max(0))
    }

    fn seek(&mut self, pos: i64, whence: i32) -> PyResult<i64> {
        self.check_closed("seek of closed file")?;
        if !(0..=2).contains(&whence) {
            return Err(PyErr::value_error(format!(
                "whence value {} unsupported",
                whence
            )));
        }
        self.flush_writes()?;
        let pos = if whence == 1 {
            pos - self.available() as i64
        } else {
            pos
        };
        self.rbuf.clear();
        self.rpos = 0;
        raw_seek(&self.raw, pos, whence)
    }

    /// The raw stream, checked usable.
    fn raw(&self) -> PyResult<Value> {
        self.check_init()?;
        Ok(self.raw.clone())
    }
}

/// The first position of `b` in `s`.
pub fn memchr(b: u8, s: &[u8]) -> Option<usize> {
    s.iter().position(|&c| c == b)
}

pub fn install(t: &IoTypes) {
    for (ty, readable, writable) in [
        (&t.buffered_reader, true, false),
        (&t.buffered_writer, false, true),
        (&t.buffered_random, true, true),
    ] {
        add_staticmethod(ty, "__new__", buffered_new);
        add_method(ty, "__repr__", buffered_repr);
        add_method(ty, "close", buffered_close);
        add_method(ty, "detach", buffered_detach);
        add_method(ty, "seek", buffered_seek);
        add_method(ty, "tell", buffered_tell);
        add_method(ty, "truncate", buffered_truncate);
        add_method(ty, "fileno", |a, k| delegate(a, k, "fileno"));
        add_method(ty, "isatty", |a, k| delegate(a, k, "isatty"));
        add_method(ty, "seekable", |a, k| delegate(a, k, "seekable"));
        add_method(ty, "_dealloc_warn", |_, _| Ok(Value::NONE));
        super::add_getter(ty, "raw", buffered_raw);
        super::add_getter(ty, "closed", |a, _| delegate_attr(a, "closed"));
        super::add_getter(ty, "name", |a, _| delegate_attr(a, "name"));
        super::add_getter(ty, "mode", |a, _| delegate_attr(a, "mode"));
        if readable {
            add_method(ty, "readable", |a, k| delegate(a, k, "readable"));
            add_method(ty, "read", buffered_read);
            add_method(ty, "read1", buffered_read1);
            add_method(ty, "readinto", |a, k| buffered_readinto(a, k, false));
            add_method(ty, "readinto1", |a, k| buffered_readinto(a, k, true));
            add_method(ty, "readline", buffered_readline);
            add_method(ty, "peek", buffered_peek);
            add_method(ty, "__next__", buffered_next);
        }
        if writable {
            add_method(ty, "writable", |a, k| delegate(a, k, "writable"));
            add_method(ty, "write", buffered_write);
            add_method(ty, "flush", buffered_flush);
        }
        let init: crate::objects::native::NativeFn = match (readable, writable) {
            (true, false) => |a, k| buffered_init(a, k, "BufferedReader", true, false),
            (false, true) => |a, k| buffered_init(a, k, "BufferedWriter", false, true),
            _ => |a, k| buffered_init(a, k, "BufferedRandom", true, true),
        };
        add_method(ty, "__init__", init);
    }
    add_method(&t.buffered_reader, "flush", buffered_flush);
    let p = &t.buffered_rwpair;
    add_staticmethod(p, "__new__", rwpair_new);
    add_method(p, "__init__", rwpair_init);
    add_method(p, "read", |a, k| pair_reader(a, k, "read"));
    add_method(p, "peek", |a, k| pair_reader(a, k, "peek"));
    add_method(p, "read1", |a, k| pair_reader(a, k, "read1"));
    add_method(p, "readinto", |a, k| pair_reader(a, k, "readinto"));
    add_method(p, "readinto1", |a, k| pair_reader(a, k, "readinto1"));
    add_method(p, "readable", |a, k| pair_reader(a, k, "readable"));
    add_method(p, "write", |a, k| pair_writer(a, k, "write"));
    add_method(p, "flush", |a, k| pair_writer(a, k, "flush"));
    add_method(p, "writable", |a, k| pair_writer(a, k, "writable"));
    add_method(p, "close", rwpair_close);
    add_method(p, "isatty", rwpair_isatty);
    super::add_getter(p, "closed", |a, _| {
        let w = pair(&a[0])?.1;
        ops::getattr(&w, &StrData::intern_static("closed"))
    });
}

fn buffered_new(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_with_state(&args[0], Buffered::default()))
}

fn buffered_init(
    args: &[Value],
    kw: &[Value],
    name: &str,
    readable: bool,
    writable: bool,
) -> PyResult<Value> {
    let p = parse(args, kw, 1, name, &["raw", "buffer_size"], 1)?;
    let raw = p[0].expect("required").clone();
    let size = match p[1] {
        None => DEFAULT_BUFFER_SIZE as i64,
        Some(v) => int_arg(v)?,
    };
    if readable && writable {
        check_capability(&raw, "seekable", "File or stream is not seekable.")?;
    }
    if readable {
        check_capability(&raw, "readable", "File or stream is not readable.")?;
    }
    if writable {
        check_capability(&raw, "writable", "File or stream is not writable.")?;
    }
    if size <= 0 {
        return Err(PyErr::value_error("buffer size must be strictly positive"));
    }
    with_state(&args[0], CLASS, |st: &mut Buffered| {
        *st = Buffered {
            raw,
            initialized: true,
            detached: false,
            readable,
            writable,
            buffer_size: size as usize,
            rbuf: Vec::new(),
            rpos: 0,
            wbuf: Vec::new(),
        };
        if writable {
            super::finalize::register_buffered(st);
        }
        Ok(())
    })?;
    Ok(Value::NONE)
}

fn check_capability(raw: &Value, method: &str, msg: &str) -> PyResult<()> {
    let r = call(raw, method, &[])?;
    if !r.is(&Value::TRUE) {
        return Err(unsupported(msg));
    }
    Ok(())
}

/// Runs `f` on the Buffered state of `self`.
fn with<R>(this: &Value, f: impl FnOnce(&mut Buffered) -> PyResult<R>) -> PyResult<R> {
    with_state(this, CLASS, f)
}

fn raw_of(this: &Value) -> PyResult<Value> {
    with(this, |st| st.raw())
}

fn delegate(args: &[Value], kw: &[Value], method: &str) -> PyResult<Value> {
    positional(args, kw, method, 0, 0)?;
    call(&raw_of(&args[0])?, method, &[])
}

fn delegate_attr(args: &[Value], name: &'static str) -> PyResult<Value> {
    ops::getattr(&raw_of(&args[0])?, &StrData::intern_static(name))
}

fn buffered_raw(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    raw_of(&args[0])
}

fn buffered_repr(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::positional(args, kw, "__repr__", 0, 0)?;
    let this = &args[0];
    let cls = super::repr_class_name(this);
    let name = match ops::getattr(this, &StrData::intern_static("name")) {
        Ok(n) => Some(n),
        Err(e)
            if e.matches(&crate::vm::types().attribute_error)
                || e.matches(&crate::vm::types().value_error) =>
        {
            None
        }
        Err(e) => return Err(e),
    };
    Ok(new_string(match name {
        Some(n) => format!("<{} name={}>", cls, ops::repr(&n)?),
        None => format!("<{}>", cls),
    }))
}

fn bytes_or_none(v: Option<Vec<u8>>) -> Value {
    v.map_or(Value::NONE, new_bytes)
}

fn buffered_read(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = positional(args, kw, "read", 0, 1)?;
    let n = optional_size(p.first())?;
    with(&args[0], |st| st.read(n)).map(bytes_or_none)
}

fn buffered_read1(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = positional(args, kw, "read1", 0, 1)?;
    let n = optional_size(p.first())?;
    with(&args[0], |st| st.read1(n)).map(new_bytes)
}

fn buffered_readinto(args: &[Value], kw: &[Value], one: bool) -> PyResult<Value> {
    let p = positional(args, kw, if one { "readinto1" } else { "readinto" }, 1, 1)?;
    let n = super::writable_buffer_len(&p[0])?;
    let data = with(&args[0], |st| {
        if one {
            st.read1(n as i64)
        } else {
            Ok(st.read(n as i64)?.unwrap_or_default())
        }
    })?;
    super::fill_buffer(&p[0], &data);
    Ok(new_int(data.len() as i64))
}

fn buffered_readline(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = positional(args, kw, "readline", 0, 1)?;
    let n = optional_size(p.first())?;
    with(&args[0], |st| st.readline(n)).map(new_bytes)
}

fn buffered_next(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::positional(args, kw, "__next__", 0, 0)?;
    let line = with(&args[0], |st| st.readline(-1))?;
    if line.is_empty() {
        return Err(PyErr::stop_iteration(None));
    }
    Ok(new_bytes(line))
}

fn buffered_peek(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional(args, kw, "peek", 0, 1)?;
    with(&args[0], |st| st.peek()).map(new_bytes)
}

fn buffered_write(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = positional(args, kw, "write", 1, 1)?;
    if crate::objects::str::as_str_data(&p[0]).is_some() {
        return Err(PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(&p[0])
        )));
    }
    let data = bytes_arg(&p[0])?;
    with(&args[0], |st| st.write(&data)).map(|n| new_int(n as i64))
}

fn buffered_flush(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional(args, kw, "flush", 0, 0)?;
    with(&args[0], |st| st.flush())?;
    Ok(Value::NONE)
}

fn buffered_tell(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional(args, kw, "tell", 0, 0)?;
    with(&args[0], |st| st.tell()).map(new_int)
}

fn buffered_seek(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pos, whence) = super::seek_args(args, kw)?;
    let pos = int_arg(pos)?;
    let whence = whence as i32;
    with(&args[0], |st| st.seek(pos, whence)).map(new_int)
}

fn buffered_truncate(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = positional(args, kw, "truncate", 0, 1)?;
    let pos = p.first().filter(|v| !v.is_none()).cloned();
    let (raw, pos) = with(&args[0], |st| {
        st.check_closed("truncate of closed file")?;
        if !st.writable {
            return Err(unsupported("truncate"));
        }
        st.flush_writes()?;
        let pos = match pos {
            Some(p) => p,
            None => new_int(st.tell()?),
        };
        st.rewind_reads()?;
        Ok((st.raw.clone(), pos))
    })?;
    call(&raw, "truncate", &[pos])
}

fn buffered_close(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional(args, kw, "close", 0, 0)?;
    let this = &args[0];
    let raw = raw_of(this)?;
    if raw_closed(&raw)? {
        return Ok(Value::NONE);
    }
    let flushed = if with(this, |st| Ok(st.writable))? {
        call(this, "flush", &[]).map(|_| ())
    } else {
        Ok(())
    };
    with(this, |st| {
        st.rbuf.clear();
        st.rpos = 0;
        Ok(())
    })?;
    let closed = call(&raw, "close", &[]);
    flushed?;
    closed?;
    Ok(Value::NONE)
}

fn buffered_detach(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional(args, kw, "detach", 0, 0)?;
    let this = &args[0];
    with(this, |st| st.check_init())?;
    if with(this, |st| Ok(st.writable))? {
        call(this, "flush", &[])?;
    }
    with(this, |st| {
        st.detached = true;
        Ok(std::mem::replace(&mut st.raw, Value::UNBOUND))
    })
}

/// The reader and writer of a BufferedRWPair.
#[derive(Default)]
struct Pair {
    reader: Value,
    writer: Value,
}

fn pair(this: &Value) -> PyResult<(Value, Value)> {
    with_state(this, "BufferedRWPair", |st: &mut Pair| {
        if st.reader.is_unbound() {
            return Err(PyErr::value_error("I/O operation on uninitialized object"));
        }
        Ok((st.reader.clone(), st.writer.clone()))
    })
}

fn rwpair_new(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_with_state(&args[0], Pair::default()))
}

fn rwpair_init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = parse(
        args,
        kw,
        1,
        "BufferedRWPair",
        &["reader", "writer", "buffer_size"],
        2,
    )?;
    let size = p[2]
        .cloned()
        .unwrap_or_else(|| new_int(DEFAULT_BUFFER_SIZE as i64));
    let t = io_types();
    let reader = ops::call(
        &t.buffered_reader,
        &[p[0].expect("required").clone(), size.clone()],
        &[],
    )?;
    let writer = ops::call(
        &t.buffered_writer,
        &[p[1].expect("required").clone(), size],
        &[],
    )?;
    with_state(&args[0], "BufferedRWPair", |st: &mut Pair| {
        st.reader = reader;
        st.writer = writer;
        Ok(())
    })?;
    Ok(Value::NONE)
}

fn pair_reader(args: &[Value], kw: &[Value], method: &str) -> PyResult<Value> {
    let r = pair(&args[0])?.0;
    let m = ops::getattr(&r, &StrData::intern(method))?;
    ops::call(&m, &args[1..], kw)
}

fn pair_writer(args: &[Value], kw: &[Value], method: &str) -> PyResult<Value> {
    let w = pair(&args[0])?.1;
    let m = ops::getattr(&w, &StrData::intern(method))?;
    ops::call(&m, &args[1..], kw)
}

fn rwpair_close(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::positional(args, kw, "close", 0, 0)?;
    let (r, w) = pair(&args[0])?;
    let a = call(&w, "close", &[]);
    let b = call(&r, "close", &[]);
    a?;
    b
}

fn rwpair_isatty(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::positional(args, kw, "isatty", 0, 0)?;
    let (r, w) = pair(&args[0])?;
    if ops::is_true(&call(&w, "isatty", &[])?)? {
        return Ok(Value::TRUE);
    }
    call(&r, "isatty", &[])
}

/// A native Buffered object's direct interface, for TextIOWrapper: None when `obj` is
/// not exactly one of the Buffered classes.
pub fn native_buffered(obj: &Value) -> Option<Held> {
    let t = io_types();
    let ty = crate::objects::typeobj::type_of(obj);
    if ty.is(&t.buffered_reader) || ty.is(&t.buffered_writer) || ty.is(&t.buffered_random) {
        Held::of::<Buffered>(obj, CLASS).ok()
    } else {
        None
    }
}

/// Whether the native Buffered `obj` over a native raw stream is closed, found without
/// attribute lookups; None when either layer is not native.
pub fn native_closed(obj: &Value) -> PyResult<Option<bool>> {
    let Some(h) = native_buffered(obj) else {
        return Ok(None);
    };
    let b = h.borrow::<Buffered>()?;
    if !b.initialized || b.detached {
        return Ok(None);
    }
    match native_raw(&b.raw) {
        Some(r) => Ok(Some(r.borrow::<FileIO>()?.closed())),
        None => Ok(None),
    }
}
