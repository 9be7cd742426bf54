//! Methods of code objects: `replace()` (the scalar and name fields; `types.coroutine`
//! uses it to set `CO_ITERABLE_COROUTINE` in `co_flags`).

use super::args::Args;
use crate::error::{PyErr, PyResult};
use crate::objects::code::{new_code, CodeData};
use crate::objects::str::as_str;
use crate::objects::typeobj::type_name;
use crate::value::Value;
use crate::vm::BuiltinTypes;
use std::rc::Rc;

pub fn install(t: &BuiltinTypes) {
    super::add_method(&t.code, "replace", code_replace);
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
    Ok(new_code(Rc::new(code)))
}
