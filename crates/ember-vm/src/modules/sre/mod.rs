//! The `_sre` module: the regular-expression engine behind `re`. `re._compiler` turns a
//! pattern into a list of opcodes and calls `_sre.compile`; this module runs that list
//! (`engine.rs`) and makes the `re.Pattern` (`pattern.rs`), `re.Match` (`match_obj.rs`)
//! and `_sre.SRE_Scanner` objects.

pub mod engine;
pub mod match_obj;
pub mod pattern;

use crate::error::{PyErr, PyResult};
use crate::objects::int::new_int;
use crate::objects::module::{new_module, ModuleData};
use crate::objects::native::{new_native, Binding, NativeFn};
use crate::objects::str::StrData;
use crate::types::args::Args;
use crate::value::Value;

/// CPython 3.11's `_sre.MAGIC`.
pub const MAGIC: i64 = 20220615;

/// A new `_sre` module.
pub fn create() -> Value {
    let m = new_module("_sre");
    let md = m.downcast::<ModuleData>().expect("module");
    let add = |name: &str, v: Value| md.dict().set_str(&StrData::intern(name), v);
    add("MAGIC", new_int(MAGIC));
    add("CODESIZE", new_int(4));
    add("MAXREPEAT", new_int(engine::MAXREPEAT as i64));
    add("MAXGROUPS", new_int(1_073_741_823));
    for (name, f) in [
        ("compile", pattern::compile as NativeFn),
        ("getcodesize", getcodesize),
        ("ascii_iscased", ascii_iscased),
        ("unicode_iscased", unicode_iscased),
        ("ascii_tolower", ascii_tolower),
        ("unicode_tolower", unicode_tolower),
    ] {
        add(name, new_native(name, f, Binding::Function, Value::NONE));
    }
    pattern::install_types();
    m
}

fn getcodesize(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("getcodesize", 0, 0)?;
    Ok(new_int(4))
}

fn char_arg(fname: &str, args: &[Value], kw: &[Value]) -> PyResult<u32> {
    let a = Args::new(args, kw);
    a.no_kwargs(fname)?;
    a.arity(fname, 1, 1)?;
    let v = crate::types::args::as_ssize(&a.pos[0])?;
    u32::try_from(v).map_err(|_| PyErr::overflow_error("Python int too large to convert to C int"))
}

fn ascii_iscased(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(Value::bool(engine::ascii_iscased(char_arg(
        "ascii_iscased",
        args,
        kw,
    )?)))
}
fn unicode_iscased(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(Value::bool(engine::unicode_iscased(char_arg(
        "unicode_iscased",
        args,
        kw,
    )?)))
}
fn ascii_tolower(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(new_int(
        engine::lower_ascii(char_arg("ascii_tolower", args, kw)?) as i64,
    ))
}
fn unicode_tolower(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(new_int(
        engine::lower_unicode(char_arg("unicode_tolower", args, kw)?) as i64,
    ))
}
