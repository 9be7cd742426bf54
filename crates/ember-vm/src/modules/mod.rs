//! Native modules (one file each), listed in one table. The import system that finds
//! them and every other module is `crate::import`.

pub mod abc;
pub mod ast;
pub mod cmath;
pub mod collections;
pub mod contextvars;
pub mod ember;
pub mod errno;
pub mod frozen;
pub mod functools;
pub mod generic;
pub mod imp;
pub mod io;
pub mod itertools;
pub mod libm;
pub mod marshal;
pub mod math;
pub mod native_types;
pub mod operator;
pub mod posix;
pub mod pystruct;
pub mod random;
pub mod simple_namespace;
pub mod sre;
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

/// The single argument of the `METH_O` function `module.name`, with CPython's messages.
pub fn meth_o<'a>(
    module: &str,
    name: &str,
    args: &'a [Value],
    kw: &[Value],
) -> crate::error::PyResult<&'a Value> {
    if !kw.is_empty() {
        return Err(no_keywords(module, name));
    }
    if args.len() != 1 {
        return Err(crate::error::PyErr::type_error(format!(
            "{}.{}() takes exactly one argument ({} given)",
            module,
            name,
            args.len()
        )));
    }
    Ok(&args[0])
}

/// "module.name() takes no keyword arguments".
#[cold]
pub fn no_keywords(module: &str, name: &str) -> crate::error::PyErr {
    crate::error::PyErr::type_error(format!("{}.{}() takes no keyword arguments", module, name))
}

/// Makes a native module's object (called once, on its first import).
pub type CreateModule = fn() -> Value;

/// Every native module, by its import name. One line per module, kept in order; each
/// module lives in its own file of this directory.
const NATIVE_MODULES: &[(&str, CreateModule)] = &[
    ("_abc", abc::create),
    ("_ast", ast::create),
    ("_collections", collections::create),
    ("_contextvars", contextvars::create),
    ("_functools", functools::create),
    ("_imp", imp::create),
    ("_io", io::create),
    ("_operator", operator::create),
    ("_random", random::create),
    ("_string", string::create),
    ("_sre", sre::create),
    ("_struct", pystruct::create),
    ("_thread", thread::create),
    ("_warnings", warnings::create),
    ("_weakref", weakref::create),
    ("cmath", cmath::create),
    ("ember", ember::create),
    ("errno", errno::create),
    ("itertools", itertools::create),
    ("marshal", marshal::create),
    ("math", math::create),
    ("posix", posix::create),
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
