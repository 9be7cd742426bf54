//! `zlib`: compression with the system's zlib (the library CPython links, so compressed
//! bytes are identical to CPython's for the same level and parameters). One-shot
//! `compress`/`decompress`, `crc32`/`adler32` and the stream states behind the
//! `Compress`/`Decompress` objects of `py/zlib.py`, with CPython's `zlib.error` messages.
//!
//! Each stream is a boxed `z_stream` (zlib keeps a pointer back to it, so it never
//! moves) held in a native state object; its `Drop` ends the stream.

use super::frozen;
use crate::error::{PyErr, PyResult};
use crate::objects::bytes::{bytes_like, new_bytes};
use crate::objects::int::{new_int, to_bigint, to_i64};
use crate::objects::module::ModuleData;
use crate::objects::native_state::{borrow_state, new_native_state};
use crate::objects::str::{new_str, StrData};
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::type_name;
use crate::types::args::Args;
use crate::value::Value;
use libz_sys as z;
use num_traits::ToPrimitive;
use std::ffi::{c_int, c_uint, c_void, CStr};

thread_local! {
    static ERROR: std::cell::OnceCell<Value> = const { std::cell::OnceCell::new() };
}

pub fn create() -> Value {
    let m = frozen::create(
        "zlib",
        include_str!("py/zlib.py"),
        &[
            ("compress", compress),
            ("decompress", decompress),
            ("crc32", crc32_fn),
            ("adler32", adler32_fn),
            ("_deflate_new", deflate_new),
            ("_deflate", deflate_fn),
            ("_deflate_copy", deflate_copy),
            ("_inflate_new", inflate_new),
            ("_inflate", inflate_fn),
            ("_inflate_copy", inflate_copy),
        ],
    );
    if let Some(md) = m.downcast::<ModuleData>() {
        let d = md.dict();
        if let Some(e) = d.get_str(&StrData::intern_static("error")) {
            ERROR.with(|c| {
                c.get_or_init(|| e);
            });
        }
        d.set_str(
            &StrData::intern_static("ZLIB_VERSION"),
            new_str(zlib_version()),
        );
        d.set_str(
            &StrData::intern_static("ZLIB_RUNTIME_VERSION"),
            new_str(zlib_version()),
        );
    }
    m
}

fn zlib_version() -> &'static str {
    // SAFETY: zlibVersion returns a pointer to a static NUL-terminated string.
    unsafe { CStr::from_ptr(z::zlibVersion()) }
        .to_str()
        .unwrap_or("")
}

/// The CRC-32 of `data` continuing from `crc` (also `binascii.crc32`).
pub fn crc32(mut crc: u32, data: &[u8]) -> u32 {
    for chunk in data.chunks(1 << 30) {
        // SAFETY: the pointer and length describe the live slice `chunk`.
        crc = unsafe { z::crc32(crc as _, chunk.as_ptr(), chunk.len() as c_uint) } as u32;
    }
    crc
}

fn adler32(mut a: u32, data: &[u8]) -> u32 {
    for chunk in data.chunks(1 << 30) {
        // SAFETY: as in `crc32`.
        a = unsafe { z::adler32(a as _, chunk.as_ptr(), chunk.len() as c_uint) } as u32;
    }
    a
}

#[cold]
fn zlib_error(msg: String) -> PyErr {
    match ERROR.with(|c| c.get().cloned()) {
        Some(ty) => PyErr::new(&ty, msg),
        None => PyErr::value_error(msg),
    }
}

/// CPython's `zlib_error`: "Error <code> <what>: <zlib's message>".
#[cold]
fn stream_error(strm: &z::z_stream, err: c_int, what: &str) -> PyErr {
    let zmsg = if err == z::Z_VERSION_ERROR {
        Some("library version mismatch".to_string())
    } else if !strm.msg.is_null() {
        // SAFETY: zlib's msg, when set, points to a static NUL-terminated string.
        Some(
            unsafe { CStr::from_ptr(strm.msg) }
                .to_string_lossy()
                .into_owned(),
        )
    } else {
        match err {
            z::Z_BUF_ERROR => Some("incomplete or truncated stream".to_string()),
            z::Z_STREAM_ERROR => Some("inconsistent stream state".to_string()),
            z::Z_DATA_ERROR => Some("invalid input data".to_string()),
            _ => None,
        }
    };
    match zmsg {
        Some(m) => zlib_error(format!("Error {} {}: {}", err, what, m)),
        None => zlib_error(format!("Error {} {}", err, what)),
    }
}

unsafe extern "C" fn zalloc(_opaque: *mut c_void, items: c_uint, size: c_uint) -> *mut c_void {
    // SAFETY: calloc has no preconditions; zlib checks for NULL.
    unsafe { libc::calloc(items as usize, size as usize) }
}

unsafe extern "C" fn zfree(_opaque: *mut c_void, address: *mut c_void) {
    // SAFETY: `address` came from `zalloc` (calloc).
    unsafe { libc::free(address) }
}

fn new_z_stream() -> Box<z::z_stream> {
    Box::new(z::z_stream {
        next_in: std::ptr::null_mut(),
        avail_in: 0,
        total_in: 0,
        next_out: std::ptr::null_mut(),
        avail_out: 0,
        total_out: 0,
        msg: std::ptr::null_mut(),
        state: std::ptr::null_mut(),
        zalloc,
        zfree,
        opaque: std::ptr::null_mut(),
        data_type: 0,
        adler: 0,
        reserved: 0,
    })
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum Direction {
    Deflate,
    Inflate,
}

/// A zlib stream; `live` until it is ended (after a finishing flush, or on drop).
pub struct Stream {
    strm: Box<z::z_stream>,
    direction: Direction,
    live: bool,
    zdict: Option<Vec<u8>>,
}

impl Stream {
    /// A stream whose init function returned `err` (live when it is Z_OK).
    fn new(
        strm: Box<z::z_stream>,
        direction: Direction,
        err: c_int,
        zdict: Option<Vec<u8>>,
    ) -> Stream {
        Stream {
            strm,
            direction,
            live: err == z::Z_OK,
            zdict,
        }
    }

    fn end(&mut self) {
        if self.live {
            self.live = false;
            // SAFETY: the stream was initialised by the matching init function and not
            // ended yet (`live`).
            unsafe {
                match self.direction {
                    Direction::Deflate => z::deflateEnd(&mut *self.strm),
                    Direction::Inflate => z::inflateEnd(&mut *self.strm),
                };
            }
        }
    }
}

impl Drop for Stream {
    fn drop(&mut self) {
        self.end();
    }
}

fn deflate_init(
    level: c_int,
    method: c_int,
    wbits: c_int,
    mem_level: c_int,
    strategy: c_int,
) -> (Stream, c_int) {
    let mut strm = new_z_stream();
    // SAFETY: `strm` is a fresh, boxed z_stream with allocator functions set; the
    // version string and struct size are the ones these bindings describe.
    let err = unsafe {
        z::deflateInit2_(
            &mut *strm,
            level,
            method,
            wbits,
            mem_level,
            strategy,
            z::zlibVersion(),
            std::mem::size_of::<z::z_stream>() as c_int,
        )
    };
    (Stream::new(strm, Direction::Deflate, err, None), err)
}

fn inflate_init(wbits: c_int, zdict: Option<Vec<u8>>) -> (Stream, c_int) {
    let mut strm = new_z_stream();
    // SAFETY: as in `deflate_init`.
    let err = unsafe {
        z::inflateInit2_(
            &mut *strm,
            wbits,
            z::zlibVersion(),
            std::mem::size_of::<z::z_stream>() as c_int,
        )
    };
    (Stream::new(strm, Direction::Inflate, err, zdict), err)
}

/// Runs `deflate(mode)` over all of `input`, appending to `out`; the last status.
fn run_deflate(strm: &mut z::z_stream, input: &[u8], mode: c_int, out: &mut Vec<u8>) -> c_int {
    let mut pos = 0;
    loop {
        let chunk = (input.len() - pos).min(u32::MAX as usize);
        strm.next_in = input[pos..].as_ptr() as *mut u8;
        strm.avail_in = chunk as c_uint;
        loop {
            if out.capacity() - out.len() < 64 {
                out.reserve(out.capacity().max(16384));
            }
            let room = (out.capacity() - out.len()).min(u32::MAX as usize);
            // SAFETY: next_out points at `room` spare bytes of `out`'s allocation,
            // which deflate fills; the length is advanced by what it wrote.
            let err = unsafe {
                strm.next_out = out.as_mut_ptr().add(out.len());
                strm.avail_out = room as c_uint;
                let err = z::deflate(strm, mode);
                let written = room - strm.avail_out as usize;
                out.set_len(out.len() + written);
                err
            };
            if err == z::Z_STREAM_ERROR {
                return err;
            }
            if strm.avail_out != 0 {
                if pos + chunk >= input.len() {
                    return err;
                }
                break;
            }
        }
        pos += chunk;
    }
}

/// Runs `inflate(mode)` over `input` with at most `max_length` bytes of output (0: no
/// limit); returns the status and how much input was consumed.
fn run_inflate(
    s: &mut Stream,
    input: &[u8],
    max_length: usize,
    mode: c_int,
    out: &mut Vec<u8>,
) -> (c_int, usize) {
    let strm = &mut *s.strm;
    let mut pos = 0;
    let mut err;
    loop {
        let chunk = (input.len() - pos).min(u32::MAX as usize);
        strm.next_in = input[pos..].as_ptr() as *mut u8;
        strm.avail_in = chunk as c_uint;
        loop {
            let mut room = if max_length > 0 {
                let left = max_length - out.len();
                if left == 0 {
                    return (z::Z_OK, pos + chunk - strm.avail_in as usize);
                }
                out.reserve(left.min(16384.max(out.capacity() - out.len())));
                left.min(out.capacity() - out.len())
            } else {
                if out.capacity() - out.len() < 64 {
                    out.reserve(out.capacity().max(16384));
                }
                out.capacity() - out.len()
            };
            room = room.min(u32::MAX as usize);
            // SAFETY: as in `run_deflate`.
            err = unsafe {
                strm.next_out = out.as_mut_ptr().add(out.len());
                strm.avail_out = room as c_uint;
                let err = z::inflate(strm, mode);
                let written = room - strm.avail_out as usize;
                out.set_len(out.len() + written);
                err
            };
            if err == z::Z_NEED_DICT {
                if let Some(d) = &s.zdict {
                    // SAFETY: the dictionary slice is live for the call.
                    let e = unsafe { z::inflateSetDictionary(strm, d.as_ptr(), d.len() as c_uint) };
                    if e != z::Z_OK {
                        return (e, pos + chunk - strm.avail_in as usize);
                    }
                    continue;
                }
            }
            if !matches!(err, z::Z_OK | z::Z_BUF_ERROR | z::Z_STREAM_END) {
                return (err, pos + chunk - strm.avail_in as usize);
            }
            if strm.avail_out != 0 || err == z::Z_STREAM_END {
                break;
            }
        }
        let consumed = pos + chunk - strm.avail_in as usize;
        if err == z::Z_STREAM_END || consumed >= input.len() || strm.avail_in != 0 {
            return (err, consumed);
        }
        pos = consumed;
    }
}

fn data_arg(v: &Value) -> PyResult<Vec<u8>> {
    bytes_like(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(v)
        ))
    })
}

fn int_arg(v: Option<&Value>, default: i64) -> PyResult<i64> {
    let Some(v) = v else { return Ok(default) };
    if let Some(n) = to_i64(v) {
        return Ok(n);
    }
    if to_bigint(v).is_some() {
        return Err(PyErr::overflow_error(
            "Python int too large to convert to C int",
        ));
    }
    Err(PyErr::type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name(v)
    )))
}

fn c_int_arg(v: Option<&Value>, default: i64) -> PyResult<c_int> {
    let n = int_arg(v, default)?;
    c_int::try_from(n).map_err(|_| {
        PyErr::overflow_error(if n < 0 {
            "signed integer is less than minimum"
        } else {
            "signed integer is greater than maximum"
        })
    })
}

/// Checks `fname(data, /, name1=..., ...)` and returns the data and named values.
fn parse<'a>(
    args: &'a [Value],
    kw: &'a [Value],
    fname: &str,
    names: &[&str],
) -> PyResult<(&'a Value, Vec<Option<&'a Value>>)> {
    let a = Args::new(args, kw);
    a.only_kwargs(fname, names)?;
    if a.pos.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() missing required argument 'data' (pos 1)",
            fname
        )));
    }
    if a.pos.len() > 1 + names.len() {
        return Err(PyErr::type_error(format!(
            "{}() takes at most {} arguments ({} given)",
            fname,
            1 + names.len(),
            a.pos.len()
        )));
    }
    let rest = names
        .iter()
        .enumerate()
        .map(|(i, n)| a.get(i + 1, n))
        .collect();
    Ok((&a.pos[0], rest))
}

/// `compress(data, /, level=-1, wbits=15)`.
fn compress(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (data, rest) = parse(args, kw, "compress", &["level", "wbits"])?;
    let data = data_arg(data)?;
    let level = c_int_arg(rest[0], -1)?;
    let wbits = c_int_arg(rest[1], 15)?;
    let (mut s, err) = deflate_init(level, z::Z_DEFLATED, wbits, 8, 0);
    match err {
        z::Z_OK => {}
        z::Z_MEM_ERROR => return Err(PyErr::memory_error()),
        z::Z_STREAM_ERROR => return Err(zlib_error("Bad compression level".to_string())),
        e => return Err(stream_error(&s.strm, e, "while compressing data")),
    }
    let mut out = Vec::with_capacity(data.len() / 2 + 64);
    let err = run_deflate(&mut s.strm, &data, z::Z_FINISH, &mut out);
    if err != z::Z_STREAM_END {
        return Err(stream_error(&s.strm, err, "while compressing data"));
    }
    s.end();
    Ok(new_bytes(out))
}

/// `decompress(data, /, wbits=15, bufsize=16384)`.
fn decompress(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (data, rest) = parse(args, kw, "decompress", &["wbits", "bufsize"])?;
    let data = data_arg(data)?;
    let wbits = c_int_arg(rest[0], 15)?;
    let bufsize = int_arg(rest[1], 16384)?;
    if bufsize < 0 {
        return Err(PyErr::value_error("bufsize must be non-negative"));
    }
    let (mut s, err) = inflate_init(wbits, None);
    match err {
        z::Z_OK => {}
        z::Z_MEM_ERROR => return Err(PyErr::memory_error()),
        e => {
            return Err(stream_error(
                &s.strm,
                e,
                "while preparing to decompress data",
            ))
        }
    }
    let mut out = Vec::with_capacity((bufsize.max(1) as usize).min(1 << 24));
    let (err, _) = run_inflate(&mut s, &data, 0, z::Z_NO_FLUSH, &mut out);
    if err != z::Z_STREAM_END {
        let err = if err == z::Z_OK { z::Z_BUF_ERROR } else { err };
        return Err(stream_error(&s.strm, err, "while decompressing data"));
    }
    Ok(new_bytes(out))
}

fn checksum_args(
    args: &[Value],
    kw: &[Value],
    fname: &str,
    default: u32,
) -> PyResult<(Vec<u8>, u32)> {
    let a = Args::new(args, kw);
    a.no_kwargs(fname)?;
    a.arity(fname, 1, 2)?;
    let data = data_arg(&a.pos[0])?;
    let start = match a.pos.get(1) {
        None => default,
        Some(v) => {
            let n = to_bigint(v).ok_or_else(|| {
                PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(v)
                ))
            })?;
            (n & num_bigint::BigInt::from(u32::MAX))
                .to_u32()
                .unwrap_or(0)
        }
    };
    Ok((data, start))
}

fn crc32_fn(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (data, start) = checksum_args(args, kw, "crc32", 0)?;
    Ok(new_int(crc32(start, &data) as i64))
}

fn adler32_fn(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (data, start) = checksum_args(args, kw, "adler32", 1)?;
    Ok(new_int(adler32(start, &data) as i64))
}

/// The stream of a state object (first argument of the private natives).
fn stream_of(v: &Value) -> PyResult<std::cell::RefMut<'_, Stream>> {
    borrow_state::<Stream>(v)?.ok_or_else(|| PyErr::type_error("expected a zlib stream"))
}

/// `_deflate_new(level, method, wbits, memLevel, strategy, zdict)`.
fn deflate_new(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [level, method, wbits, mem, strategy, zdict] = args else {
        return Err(PyErr::type_error("_deflate_new expected 6 arguments"));
    };
    let n = |v: &Value| c_int_arg(Some(v), 0);
    let (mut s, err) = deflate_init(n(level)?, n(method)?, n(wbits)?, n(mem)?, n(strategy)?);
    match err {
        z::Z_OK => {}
        z::Z_MEM_ERROR => return Err(PyErr::memory_error()),
        z::Z_STREAM_ERROR => return Err(PyErr::value_error("Invalid initialization option")),
        e => {
            return Err(stream_error(
                &s.strm,
                e,
                "while creating compression object",
            ))
        }
    }
    if !zdict.is_none() {
        let d = bytes_like(zdict)
            .ok_or_else(|| PyErr::type_error("zdict argument must support the buffer protocol"))?;
        // SAFETY: the stream is initialised; the dictionary slice is live for the call.
        let err = unsafe { z::deflateSetDictionary(&mut *s.strm, d.as_ptr(), d.len() as c_uint) };
        if err != z::Z_OK {
            return Err(PyErr::value_error("Invalid dictionary"));
        }
    }
    Ok(new_native_state(s))
}

/// `_deflate(stream, data, mode)`: the compressed output.
fn deflate_fn(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [st, data, mode] = args else {
        return Err(PyErr::type_error("_deflate expected 3 arguments"));
    };
    let data = data_arg(data)?;
    let mode = c_int_arg(Some(mode), 0)?;
    let mut s = stream_of(st)?;
    let what = if mode == z::Z_NO_FLUSH {
        "while compressing data"
    } else {
        "while flushing"
    };
    if !s.live {
        return Err(zlib_error(format!(
            "Error {} {}: inconsistent stream state",
            z::Z_STREAM_ERROR,
            what
        )));
    }
    let mut out = Vec::with_capacity(data.len() / 2 + 64);
    let err = run_deflate(&mut s.strm, &data, mode, &mut out);
    if err == z::Z_STREAM_END && mode == z::Z_FINISH {
        s.end();
    } else if err != z::Z_OK && err != z::Z_BUF_ERROR {
        return Err(stream_error(&s.strm, err, what));
    }
    Ok(new_bytes(out))
}

fn copy_stream(args: &[Value], direction: Direction) -> PyResult<Value> {
    let s = stream_of(
        args.first()
            .ok_or_else(|| PyErr::type_error("missing stream"))?,
    )?;
    if !s.live {
        return Err(PyErr::value_error("Inconsistent stream state"));
    }
    let mut strm = new_z_stream();
    let src = &*s.strm as *const z::z_stream as *mut z::z_stream;
    // SAFETY: both streams are boxed; the source is initialised and live, and zlib's
    // copy only reads it.
    let err = unsafe {
        match direction {
            Direction::Deflate => z::deflateCopy(&mut *strm, src),
            Direction::Inflate => z::inflateCopy(&mut *strm, src),
        }
    };
    match err {
        z::Z_OK => Ok(new_native_state(Stream {
            strm,
            direction,
            live: true,
            zdict: s.zdict.clone(),
        })),
        z::Z_STREAM_ERROR => Err(PyErr::value_error("Inconsistent stream state")),
        z::Z_MEM_ERROR => Err(PyErr::memory_error()),
        e => Err(stream_error(&s.strm, e, "while copying compression object")),
    }
}

fn deflate_copy(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    copy_stream(args, Direction::Deflate)
}

fn inflate_copy(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    copy_stream(args, Direction::Inflate)
}

/// `_inflate_new(wbits, zdict)`.
fn inflate_new(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [wbits, zdict] = args else {
        return Err(PyErr::type_error("_inflate_new expected 2 arguments"));
    };
    let zdict =
        if zdict.is_none() {
            None
        } else {
            Some(bytes_like(zdict).ok_or_else(|| {
                PyErr::type_error("zdict argument must support the buffer protocol")
            })?)
        }
        .filter(|d| !d.is_empty());
    let (mut s, err) = inflate_init(c_int_arg(Some(wbits), 15)?, zdict);
    match err {
        z::Z_OK => {}
        z::Z_STREAM_ERROR => return Err(PyErr::value_error("Invalid initialization option")),
        z::Z_MEM_ERROR => return Err(PyErr::memory_error()),
        e => {
            return Err(stream_error(
                &s.strm,
                e,
                "while creating decompression object",
            ))
        }
    }
    // A raw stream (negative wbits) takes its dictionary at once.
    if let Some(d) = &s.zdict {
        if c_int_arg(Some(wbits), 15)? < 0 {
            // SAFETY: the stream is initialised; the slice is live for the call.
            let err =
                unsafe { z::inflateSetDictionary(&mut *s.strm, d.as_ptr(), d.len() as c_uint) };
            if err != z::Z_OK {
                return Err(stream_error(&s.strm, err, "while setting zdict"));
            }
        }
    }
    Ok(new_native_state(s))
}

/// `_inflate(stream, data, max_length, mode)`: `(output, unconsumed input, at end)`.
/// A finishing call (`flush`) ends the stream at its end and raises no data errors,
/// as CPython's `Decompress.flush`.
fn inflate_fn(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [st, data, max_length, mode] = args else {
        return Err(PyErr::type_error("_inflate expected 4 arguments"));
    };
    let data = data_arg(data)?;
    let max_length = int_arg(Some(max_length), 0)?.max(0) as usize;
    let mode = c_int_arg(Some(mode), 0)?;
    let mut s = stream_of(st)?;
    if !s.live {
        // An ended stream reads nothing more: all input is unused.
        return Ok(new_tuple(vec![
            new_bytes(Vec::new()),
            new_bytes(data),
            Value::bool(true),
        ]));
    }
    let mut out = Vec::new();
    let (err, consumed) = run_inflate(&mut s, &data, max_length, mode, &mut out);
    let end = err == z::Z_STREAM_END;
    if end && mode == z::Z_FINISH {
        s.end();
    } else if !end && mode != z::Z_FINISH && err != z::Z_OK && err != z::Z_BUF_ERROR {
        return Err(stream_error(&s.strm, err, "while decompressing data"));
    }
    Ok(new_tuple(vec![
        new_bytes(out),
        new_bytes(data[consumed.min(data.len())..].to_vec()),
        Value::bool(end),
    ]))
}
