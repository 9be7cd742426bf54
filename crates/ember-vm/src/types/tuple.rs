//! `tuple`: constructor and methods.

use crate::error::{PyErr, PyResult};
use crate::objects::int::new_int;
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::ops;
use crate::types::args::Args;
use crate::value::Value;
use crate::vm::types;

pub fn install(ty: &Value) {
    super::add_staticmethod(ty, "__new__", tuple_new);
    super::add_method(ty, "index", tuple_index);
    super::add_method(ty, "count", tuple_count);
}

fn tuple_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.no_kwargs("tuple")?;
    if !a.pos[0].is(&types().tuple) {
        return Err(PyErr::not_implemented("tuple subclasses are not supported by ember yet"));
    }
    match a.pos.get(1) {
        None => Ok(new_tuple(Vec::new())),
        Some(x) if as_tuple(x).is_some() => Ok(x.clone()),
        Some(x) => Ok(new_tuple(ops::collect(x)?)),
    }
}

fn tuple_index(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("index", 2, 4)?;
    let t = as_tuple(&args[0]).unwrap_or(&[]);
    for (i, x) in t.iter().enumerate() {
        if ops::eq_bool(x, &args[1])? {
            return Ok(new_int(i as i64));
        }
    }
    Err(PyErr::value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("count", 2, 2)?;
    let t = as_tuple(&args[0]).unwrap_or(&[]);
    let mut n = 0;
    for x in t {
        if ops::eq_bool(x, &args[1])? {
            n += 1;
        }
    }
    Ok(new_int(n))
}
