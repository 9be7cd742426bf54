//! Methods of code objects: `co_positions()` and `co_lines()`, over Ember's instructions
//! (one instruction stands for one CPython code unit, so `f_lasti // 2` indexes them),
//! and `replace()` (the scalar and name fields; `types.coroutine` uses it to set
//! `CO_ITERABLE_COROUTINE` in `co_flags`).

use crate::error::{PyErr, PyResult};
use crate::objects::code::{new_code, CodeData};
use crate::objects::int::new_int;
use crate::objects::list::new_list;
use crate::objects::str::as_str;
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::type_name;
use crate::ops;
use crate::types::args::Args;
use crate::value::Value;

pub fn install(ty: &Value) {
    super::add_method(ty, "co_positions", code_positions);
    super::add_method(ty, "co_lines", code_lines);
    super::add_method(ty, "replace", code_replace);
}

fn code_of<'a>(args: &'a [Value], kw: &[Value], name: &str) -> PyResult<&'a CodeData> {
    Args::new(args, kw).arity(name, 1, 1)?;
    Ok(args[0]
        .downcast::<CodeData>()
        .expect("a code method's self"))
}

/// A position number, or None where it is unknown (0).
fn known(n: u32, base: u32) -> Value {
    if n == 0 && base == 0 {
        Value::NONE
    } else {
        new_int(n as i64)
    }
}

/// `code.co_positions()`: (line, end_line, column, end_column) of each instruction.
fn code_positions(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let c = code_of(args, kw, "co_positions")?;
    let items = c
        .code
        .positions
        .iter()
        .map(|p| {
            new_tuple(vec![
                known(p.line, p.line),
                known(p.end_line, p.line),
                known(p.col, p.line),
                known(p.end_col, p.line),
            ])
        })
        .collect();
    ops::get_iter(&new_list(items))
}

/// `code.co_lines()`: (start, end, line) offset ranges of instructions on one line.
fn code_lines(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let c = code_of(args, kw, "co_lines")?;
    let mut items = Vec::new();
    let mut start = 0usize;
    let positions = &c.code.positions;
    for i in 1..=positions.len() {
        if i == positions.len() || positions[i].line != positions[start].line {
            let line = positions[start].line;
            items.push(new_tuple(vec![
                new_int(2 * start as i64),
                new_int(2 * i as i64),
                if line == 0 {
                    Value::NONE
                } else {
                    new_int(line as i64)
                },
            ]));
            start = i;
        }
    }
    ops::get_iter(&new_list(items))
}

/// The fields `replace()` changes here (CPython's other fields rewrite bytecode).
const REPLACEABLE: &[&str] = &[
    "co_flags",
    "co_name",
    "co_qualname",
    "co_filename",
    "co_firstlineno",
];

/// `code.replace(**changes)`: a copy with the given fields changed.
fn code_replace(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    if a.pos.len() > 1 {
        return Err(PyErr::type_error("replace() takes no positional arguments"));
    }
    let cd = a.pos[0]
        .downcast::<CodeData>()
        .ok_or_else(|| PyErr::type_error("descriptor 'replace' requires a 'code' object"))?;
    let mut code = (*cd.code).clone();
    for (name, v) in a.kwnames.iter().zip(a.kwvals) {
        let name = as_str(name).unwrap_or("");
        if !REPLACEABLE.contains(&name) {
            return Err(PyErr::type_error(format!(
                "replace() got an unexpected keyword argument '{name}'"
            )));
        }
        match name {
            "co_flags" | "co_firstlineno" => {
                let n = crate::objects::int::to_i64(v).ok_or_else(|| {
                    PyErr::type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        type_name(v)
                    ))
                })?;
                let n = u32::try_from(n).map_err(|_| {
                    PyErr::overflow_error("Python int too large to convert to C int")
                })?;
                if name == "co_flags" {
                    code.flags = n;
                } else {
                    code.firstlineno = n;
                }
            }
            _ => {
                let s = as_str(v).ok_or_else(|| {
                    PyErr::type_error(format!(
                        "replace() argument '{name}' must be str, not {}",
                        type_name(v)
                    ))
                })?;
                match name {
                    "co_name" => code.name = s.to_string(),
                    "co_qualname" => code.qualname = s.to_string(),
                    _ => code.filename = s.to_string(),
                }
            }
        }
    }
    Ok(new_code(std::rc::Rc::new(code)))
}
