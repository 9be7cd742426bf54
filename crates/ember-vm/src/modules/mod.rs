//! Native modules (one file each), listed in one table. The import system that finds
//! them and every other module is `crate::import`.

pub mod abc;
pub mod ast;
pub mod atexit;
pub mod cmath;
pub mod contextvars;
pub mod ember;
pub mod errno;
pub mod frozen;
pub mod gc;
pub mod imp;
pub mod io;
pub mod libm;
pub mod marshal;
pub mod math;
pub mod posix;
pub mod posixsubprocess;
pub mod pystruct;
pub mod random;
pub mod select;
pub mod signal;
pub mod simple_namespace;
pub mod stdio;
pub mod string;
pub mod structseq;
pub mod sys;
pub mod sys_info;
pub mod thread;
pub mod time;
pub mod warnings;
pub mod weakref;

use crate::objects::module::ModuleData;
use crate::objects::str::StrData;
use crate::value::Value;

/// Adds the native function `f` as `name` to module `m`.
pub fn add_function(m: &ModuleData, name: &'static str, f: crate::objects::native::NativeFn) {
    use crate::objects::native::{new_native, Binding};
    m.dict().set_str(
        &StrData::intern(name),
        new_native(name, f, Binding::Function, Value::NONE),
    );
}

/// Raises CPython's error for arguments given to a function that takes none
/// ("posix.getcwd() takes no arguments (1 given)").
pub fn no_args(qualname: &str, args: &[Value], kw: &[Value]) -> crate::error::PyResult<()> {
    if args.is_empty() && kw.is_empty() {
        return Ok(());
    }
    Err(crate::error::PyErr::type_error(format!(
        "{}() takes no arguments ({} given)",
        qualname,
        args.len()
    )))
}

/// A new module `name` holding the native functions `functions` (by their names).
pub fn new_native_module(
    name: &str,
    functions: &[(&'static str, crate::objects::native::NativeFn)],
) -> Value {
    let m = crate::objects::module::new_module(name);
    let md = m.downcast::<ModuleData>().expect("a new module");
    for &(fname, f) in functions {
        add_function(md, fname, f);
    }
    m
}

/// Makes a native module's object (called once, on its first import).
pub type CreateModule = fn() -> Value;

/// Every native module, by its import name. One line per module, kept in order; each
/// module lives in its own file of this directory.
const NATIVE_MODULES: &[(&str, CreateModule)] = &[
    ("_abc", abc::create),
    ("_ast", ast::create),
    ("_contextvars", contextvars::create),
    ("_imp", imp::create),
    ("_io", io::create),
    ("_posixsubprocess", posixsubprocess::create),
    ("_random", random::create),
    ("_signal", signal::create),
    ("_string", string::create),
    ("_struct", pystruct::create),
    ("_thread", thread::create),
    ("_warnings", warnings::create),
    ("_weakref", weakref::create),
    ("atexit", atexit::create),
    ("cmath", cmath::create),
    ("ember", ember::create),
    ("errno", errno::create),
    ("gc", gc::create),
    ("marshal", marshal::create),
    ("math", math::create),
    ("posix", posix::create),
    ("select", select::create),
    ("time", time::create),
];

/// The creator of the native module `name`, if Ember has one.
pub fn native_module(name: &str) -> Option<CreateModule> {
    NATIVE_MODULES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, create)| *create)
}

/// The names of every native module (`sys.builtin_module_names`).
pub fn native_module_names() -> impl Iterator<Item = &'static str> {
    NATIVE_MODULES.iter().map(|(n, _)| *n)
}

/// `sys.modules`.
pub fn sys_modules() -> Value {
    sys::modules_dict()
}

pub use crate::import::{import_from, import_name};
