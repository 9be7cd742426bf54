//! `_io.BufferedRWPair`: a BufferedReader and a BufferedWriter over two raw streams,
//! one object (reads go to the first, writes to the second).

use super::args::parse;
use super::{call, io_types, new_with_state, with_state, DEFAULT_BUFFER_SIZE};
use crate::error::{PyErr, PyResult};
use crate::objects::int::new_int;
use crate::objects::str::StrData;
use crate::ops;
use crate::types::{add_method, add_staticmethod};
use crate::value::Value;

pub fn install(p: &Value) {
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
