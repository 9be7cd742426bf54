//! `compile`, `eval` and `exec`: running source text or code objects in given (or the
//! caller's) globals and locals.

use crate::error::{PyErr, PyResult};
use crate::object::Kind;
use crate::objects::dict::DictData;
use crate::objects::str::{as_str, StrData};
use crate::objects::typeobj::type_name;
use crate::ops;
use crate::types::args::Args;
use crate::value::Value;
use ember_compiler::Mode;

pub fn install(d: &DictData) {
    super::add(d, "compile", builtin_compile);
    super::add(d, "eval", builtin_eval);
    super::add(d, "exec", builtin_exec);
}

/// Source text from a `str`, `bytes` or `bytearray` argument; None for other types.
fn source_text(v: &Value) -> PyResult<Option<String>> {
    if let Some(s) = as_str(v) {
        return Ok(Some(s.to_string()));
    }
    if matches!(v.kind(), Some(Kind::Bytes | Kind::ByteArray)) {
        let b = crate::types::bytes_methods::buffer_arg(v)?;
        return String::from_utf8(b).map(Some).map_err(|e| {
            PyErr::new(&crate::vm::types().syntax_error, format!(
                "(unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                e.as_bytes()[e.utf8_error().valid_up_to()],
                e.utf8_error().valid_up_to()
            ))
        });
    }
    Ok(None)
}

fn check_no_nul(src: &str) -> PyResult<()> {
    if src.contains('\0') {
        return Err(PyErr::new(
            &crate::vm::types().syntax_error,
            "source code string cannot contain null bytes",
        ));
    }
    Ok(())
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
fn builtin_compile(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("compile", 3, 6)?;
    let Some(source) = a.get(0, "source") else {
        return Err(PyErr::type_error(
            "compile() missing required argument 'source' (pos 1)",
        ));
    };
    let filename = a.get(1, "filename").cloned().unwrap_or(Value::NONE);
    let mode = a.get(2, "mode").cloned().unwrap_or(Value::NONE);
    let Some(src) = source_text(source)? else {
        return Err(PyErr::type_error(
            "compile() arg 1 must be a string, bytes or AST object",
        ));
    };
    let Some(filename) = as_str(&filename).map(str::to_string) else {
        return Err(PyErr::type_error(format!(
            "compile() argument 'filename' must be str, not {}",
            type_name(&filename)
        )));
    };
    let mode = match as_str(&mode) {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        Some(_) => {
            return Err(PyErr::value_error(
                "compile() mode must be 'exec', 'eval' or 'single'",
            ))
        }
        None => {
            return Err(PyErr::type_error(format!(
                "compile() argument 'mode' must be str, not {}",
                type_name(&mode)
            )))
        }
    };
    let flags = match a.get(3, "flags") {
        Some(f) => crate::objects::int::to_i64(f).unwrap_or(0),
        None => 0,
    };
    /// `ast.PyCF_ONLY_AST`: Ember has no `ast` objects yet.
    const ONLY_AST: i64 = 0x400;
    if flags & ONLY_AST != 0 {
        return Err(PyErr::not_implemented(
            "compile() to an AST is not supported by ember yet",
        ));
    }
    check_no_nul(&src)?;
    let optimize = match a.get(5, "optimize").and_then(crate::objects::int::to_i64) {
        Some(o) if (0..=2).contains(&o) => Some(o as u8),
        Some(-1) | None => None,
        Some(_) => return Err(PyErr::value_error("compile(): invalid optimize value")),
    };
    crate::run::compile_optimized(&src, &filename, mode, optimize)
}

/// The globals and locals `eval`/`exec` run in: the given ones (checked as CPython
/// checks them), else the caller's.
fn namespaces(
    fname: &str,
    globals: Option<&Value>,
    locals: Option<&Value>,
) -> PyResult<(Value, Value)> {
    let globals = globals.filter(|g| !g.is_none());
    let locals = locals.filter(|l| !l.is_none());
    let is_mapping =
        |v: &Value| v.kind() == Some(Kind::Dict) || ops::lookup_special(v, "__getitem__").is_some();
    if let Some(g) = globals {
        if g.kind() != Some(Kind::Dict) {
            return Err(PyErr::type_error(if fname == "exec" {
                format!("exec() globals must be a dict, not {}", type_name(g))
            } else if is_mapping(g) {
                "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
            } else {
                "globals must be a dict".to_string()
            }));
        }
    }
    if let Some(l) = locals {
        if !is_mapping(l) {
            return Err(PyErr::type_error(if fname == "exec" {
                format!("locals must be a mapping or None, not {}", type_name(l))
            } else {
                "locals must be a mapping".to_string()
            }));
        }
    }
    let (g, l) = match (globals, locals) {
        (Some(g), Some(l)) => (g.clone(), l.clone()),
        (Some(g), None) => (g.clone(), g.clone()),
        (None, l) => {
            let g = match crate::interp::current_frame() {
                Some(f) => (*f.globals).clone(),
                None => DictData::new_value(),
            };
            let l = match l {
                Some(l) => l.clone(),
                None => crate::interp::current_locals()?,
            };
            (g, l)
        }
    };
    let gd = g.downcast::<DictData>().expect("checked above");
    let key = StrData::intern_static("__builtins__");
    if gd.get_str(&key).is_none() {
        gd.set_str(&key, super::builtins_module());
    }
    Ok((g, l))
}

/// The shared work of `eval` and `exec`.
fn run_source(fname: &str, mode: Mode, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity(fname, 1, 3)?;
    let source = &a.pos[0];
    let (globals, locals) = namespaces(fname, a.get(1, "globals"), a.get(2, "locals"))?;
    let code = if source.kind() == Some(Kind::Code) {
        source.clone()
    } else {
        let Some(src) = source_text(source)? else {
            return Err(PyErr::type_error(format!(
                "{fname}() arg 1 must be a string, bytes or code object"
            )));
        };
        check_no_nul(&src)?;
        // eval ignores leading spaces and tabs (exec's source is a module: no).
        let src = if mode == Mode::Eval {
            src.trim_start_matches([' ', '\t']).to_string()
        } else {
            src
        };
        crate::run::compile(&src, "<string>", mode)?
    };
    let locals = if locals.is(&globals) {
        None
    } else {
        Some(locals)
    };
    crate::interp::run_code(&code, &globals, locals)
}

/// `eval(source, globals=None, locals=None)`.
fn builtin_eval(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    run_source("eval", Mode::Eval, args, kw)
}

/// `exec(source, globals=None, locals=None)`.
fn builtin_exec(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    run_source("exec", Mode::Exec, args, kw)?;
    Ok(Value::NONE)
}
