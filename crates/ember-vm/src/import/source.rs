//! Source modules: reading a `.py` file (PEP 263 encoding declarations, a UTF-8 BOM),
//! compiling it (through the bytecode cache) and running it in a module's namespace.

use crate::error::{PyErr, PyResult};
use crate::objects::module::ModuleData;
use crate::objects::str::{new_str, StrData};
use crate::ops;
use crate::value::Value;
use crate::vm::types;
use std::path::Path;

/// An OSError of the right subclass for an I/O failure on `path`
/// (`FileNotFoundError(2, 'No such file or directory', path)`).
pub fn os_error(e: &std::io::Error, path: &str) -> PyErr {
    crate::types::exception::os_error_from_errno(
        e.raw_os_error().unwrap_or(0),
        Some(new_str(path)),
        None,
    )
}

/// The encoding a PEP 263 declaration in the first two lines names, if any.
fn declared_encoding(data: &[u8]) -> Option<String> {
    for line in data.split(|&b| b == b'\n').take(2) {
        let text = String::from_utf8_lossy(line);
        let t = text.trim_start();
        if !t.starts_with('#') {
            // A first line that is not a comment ends the search (CPython still looks
            // at line 2 only when line 1 is blank or a comment).
            if !t.is_empty() {
                return None;
            }
            continue;
        }
        if let Some(i) = t.find("coding") {
            let rest = &t[i + 6..];
            if let Some(rest) = rest.strip_prefix([':', '=']) {
                let name: String = rest
                    .trim_start()
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
                    .collect();
                if !name.is_empty() {
                    return Some(name.to_ascii_lowercase().replace('_', "-"));
                }
            }
        }
    }
    None
}

/// Decodes a source file's bytes as the interpreter does.
pub fn decode_source(data: &[u8], path: &str) -> PyResult<String> {
    let data = data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(data);
    let encoding = declared_encoding(data).unwrap_or_else(|| "utf-8".into());
    match encoding.as_str() {
        "utf-8" | "utf8" => {
            match std::str::from_utf8(data) {
                Ok(s) => Ok(s.to_string()),
                Err(e) => {
                    Err(PyErr::new(
                        &types().syntax_error,
                        format!(
                    "Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no \
                     encoding declared; see https://peps.python.org/pep-0263/ for details",
                    data[e.valid_up_to()],
                    path,
                    data[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1
                ),
                    ))
                }
            }
        }
        "latin-1" | "iso-8859-1" | "iso8859-1" | "latin1" | "l1" => {
            Ok(data.iter().map(|&b| b as char).collect())
        }
        "ascii" | "us-ascii" => Ok(String::from_utf8_lossy(data).into_owned()),
        other => {
            let bytes = crate::objects::bytes::new_bytes(data.to_vec());
            let s = ops::call_method(&bytes, "decode", &[new_str(other)])?;
            Ok(crate::objects::str::as_str(&s).unwrap_or("").to_string())
        }
    }
}

/// The text of the source file `path`.
pub fn read_source(path: &str) -> PyResult<String> {
    let data = std::fs::read(path).map_err(|e| os_error(&e, path))?;
    decode_source(&data, path)
}

/// Where the compiled form of `path` is cached: `__pycache__/<stem>.ember-311.pyc`
/// beside it.
pub fn cache_path(path: &str) -> String {
    super::cache::beside(Path::new(path)).display().to_string()
}

/// Whether compiled modules may be written (`sys.dont_write_bytecode` is false).
fn may_write_bytecode() -> bool {
    let sys = crate::modules::sys::sys_module();
    match ops::getattr_opt(&sys, &StrData::intern_static("dont_write_bytecode")) {
        Ok(Some(v)) => !ops::is_true(&v).unwrap_or(true),
        _ => false,
    }
}

/// The code object of the source file `path`: from the bytecode cache when it is
/// current, else compiled (and cached).
pub fn code_for(path: &str) -> PyResult<Value> {
    let p = Path::new(path);
    let optimize = crate::run::optimize_level();
    let stamp = super::cache::SourceStamp::of(p);
    if let Some(st) = stamp {
        if let Some(code) = super::cache::read(p, st, optimize) {
            return Ok(crate::objects::code::new_code(std::rc::Rc::new(code)));
        }
    }
    let source = read_source(path)?;
    let code =
        ember_compiler::compile_with_flags(&source, path, ember_compiler::Mode::Exec, optimize)
            .map_err(|e| crate::run::syntax_error(&e))?;
    if let Some(st) = stamp {
        if may_write_bytecode() {
            super::cache::write(p, st, optimize, &code);
        }
    }
    Ok(crate::objects::code::new_code(std::rc::Rc::new(code)))
}

/// Runs the source file `path` in `module`'s namespace.
pub fn exec_source(module: &Value, path: &str) -> PyResult<()> {
    let code = code_for(path)?;
    let globals = match module.downcast::<ModuleData>() {
        Some(m) => m.dict.clone(),
        None => ops::getattr(module, &StrData::intern_static("__dict__"))?,
    };
    if let Some(d) = crate::objects::dict::as_dict(&globals) {
        if d.get_str(&StrData::intern_static("__builtins__")).is_none() {
            d.set_str(
                &StrData::intern_static("__builtins__"),
                crate::builtins::builtins_module(),
            );
        }
    }
    crate::interp::run_code(&code, &globals, None).map(|_| ())
}
