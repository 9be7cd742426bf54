//! The Python side of the import system: runs `bootstrap.py` (specs, loaders, the
//! finders on `sys.meta_path`) once at start-up with its native helpers injected, and
//! keeps the classes the native import code recognises.

use super::finder::{self, Location};
use crate::error::{PyErr, PyResult};
use crate::objects::dict::{as_dict, DictData};
use crate::objects::list::new_list;
use crate::objects::native::{new_native, Binding, NativeFn};
use crate::objects::str::{as_str, new_str, StrData};
use crate::objects::tuple::new_tuple;
use crate::ops;
use crate::types::args::Args;
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

const SOURCE: &str = include_str!("bootstrap.py");

/// The classes and functions of `bootstrap.py` that native code uses.
pub struct Bootstrap {
    pub module_spec: Value,
    pub builtin_importer: Value,
    pub path_finder: Value,
    pub source_loader: Value,
    spec_for: Value,
}

thread_local! {
    static BOOTSTRAP: RefCell<Option<Rc<Bootstrap>>> = const { RefCell::new(None) };
}

/// The bootstrap objects (created by `init`).
pub fn get() -> PyResult<Rc<Bootstrap>> {
    BOOTSTRAP
        .with(|b| b.borrow().clone())
        .ok_or_else(|| PyErr::new(&crate::vm::types().import_error, "import system not ready"))
}

const NATIVES: &[(&str, NativeFn)] = &[
    ("_find_location", find_location),
    ("_exec_source", exec_source),
    ("_read_bytes", read_bytes),
    ("_source_text", source_text),
    ("_code_of", code_of),
    ("_cache_from_source", cache_from_source),
    ("_create_builtin", create_builtin),
    ("_is_builtin", is_builtin),
];

/// Runs `bootstrap.py` and installs `sys.meta_path`, `sys.path_hooks` and
/// `sys.path_importer_cache`.
pub fn init() -> PyResult<()> {
    let ns = DictData::new_value();
    let d = as_dict(&ns).expect("new dict");
    d.set_str(
        &StrData::intern_static("__name__"),
        new_str("_ember_bootstrap"),
    );
    d.set_str(
        &StrData::intern_static("__builtins__"),
        crate::builtins::builtins_module(),
    );
    for (name, f) in NATIVES {
        d.set_str(
            &StrData::intern(name),
            new_native(name, *f, Binding::Function, Value::NONE),
        );
    }
    let code = crate::run::compile(SOURCE, "<ember bootstrap>", ember_compiler::Mode::Exec)?;
    crate::interp::run_code(&code, &ns, None)?;
    let get = |n: &str| {
        d.get_str(&StrData::intern(n))
            .expect("bootstrap.py defines it")
    };
    let b = Bootstrap {
        module_spec: get("ModuleSpec"),
        builtin_importer: get("BuiltinImporter"),
        path_finder: get("PathFinder"),
        source_loader: get("SourceFileLoader"),
        spec_for: get("_spec_for"),
    };
    let sys = crate::modules::sys::sys_module();
    let set = |n: &'static str, v: Value| ops::setattr(&sys, &StrData::intern_static(n), v);
    set(
        "meta_path",
        new_list(vec![b.builtin_importer.clone(), b.path_finder.clone()]),
    )?;
    set("path_hooks", new_list(Vec::new()))?;
    set("path_importer_cache", DictData::new_value())?;
    BOOTSTRAP.with(|s| *s.borrow_mut() = Some(Rc::new(b)));
    Ok(())
}

/// `ModuleSpec(name, BuiltinImporter, origin='built-in')`.
pub fn builtin_spec(name: &str) -> PyResult<Value> {
    let b = get()?;
    ops::call(
        &b.module_spec,
        &[
            new_str(name),
            b.builtin_importer.clone(),
            new_str("built-in"),
        ],
        &[StrData::intern_static("origin")],
    )
}

/// The spec of `name` found on `path` (a package's `__path__`) or `sys.path`, or None.
pub fn path_spec(name: &str, path: Option<&Value>) -> PyResult<Option<Value>> {
    let entries = match path {
        Some(p) if !p.is_none() => ops::collect(p)?,
        _ => {
            let sys = crate::modules::sys::sys_module();
            match ops::getattr_opt(&sys, &StrData::intern_static("path"))? {
                Some(p) => ops::collect(&p)?,
                None => Vec::new(),
            }
        }
    };
    let dirs: Vec<String> = entries
        .iter()
        .filter_map(|e| as_str(e).map(str::to_string))
        .collect();
    let tail = name.rsplit_once('.').map_or(name, |(_, t)| t);
    let Some(found) = finder::find(tail, &dirs) else {
        return Ok(None);
    };
    let show = |p: &std::path::Path| new_str(&p.display().to_string());
    let (kind, whence) = match found {
        Location::Module(f) => (0, show(&f)),
        Location::Package { init, dir } => (1, new_tuple(vec![show(&init), show(&dir)])),
        Location::Namespace(portions) => (2, new_list(portions.iter().map(|p| show(p)).collect())),
    };
    let b = get()?;
    ops::call(
        &b.spec_for,
        &[new_str(name), crate::objects::int::new_int(kind), whence],
        &[],
    )
    .map(Some)
}

fn str_arg<'a>(a: &'a Args, i: usize, fname: &str) -> PyResult<&'a str> {
    a.get(i, "")
        .and_then(as_str)
        .ok_or_else(|| PyErr::type_error(format!("{}() expects a str", fname)))
}

fn find_location(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("_find_location", 1, 2)?;
    let name = str_arg(&a, 0, "_find_location")?;
    Ok(path_spec(name, a.get(1, "path"))?.unwrap_or(Value::NONE))
}

fn exec_source(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("_exec_source", 2, 2)?;
    let path = str_arg(&a, 1, "_exec_source")?;
    super::source::exec_source(&args[0], path)?;
    Ok(Value::NONE)
}

fn read_bytes(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("get_data", 1, 1)?;
    let path = str_arg(&a, 0, "get_data")?;
    let data = std::fs::read(path).map_err(|e| super::source::os_error(&e, path))?;
    Ok(crate::objects::bytes::new_bytes(data))
}

fn source_text(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("get_source", 1, 1)?;
    let path = str_arg(&a, 0, "get_source")?;
    Ok(new_str(&super::source::read_source(path)?))
}

fn code_of(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("get_code", 1, 1)?;
    super::source::code_for(str_arg(&a, 0, "get_code")?)
}

fn cache_from_source(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("cache_from_source", 1, 1)?;
    Ok(new_str(&super::source::cache_path(str_arg(
        &a,
        0,
        "cache_from_source",
    )?)))
}

pub(crate) fn create_builtin(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("create_builtin", 1, 1)?;
    let name = ops::getattr(&args[0], &StrData::intern_static("name"))?;
    let n = as_str(&name).unwrap_or("");
    if let Some(m) = super::loaded(n) {
        return Ok(m);
    }
    match crate::modules::native_module(n) {
        Some(create) => Ok(create()),
        None => Err(PyErr::new(
            &crate::vm::types().import_error,
            format!("no built-in module named {}", n),
        )),
    }
}

pub(crate) fn is_builtin(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("is_builtin", 1, 1)?;
    let n = str_arg(&a, 0, "is_builtin")?;
    Ok(Value::bool(crate::modules::native_module(n).is_some()))
}
