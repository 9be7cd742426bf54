//! Native modules (one file each), listed in one table. The import system that finds
//! them and every other module is `crate::import`.

pub mod abc;
pub mod ast;
pub mod atexit;
pub mod binascii;
pub mod cmath;
pub mod codecs;
pub mod collections;
pub mod contextvars;
pub mod ember;
pub mod errno;
pub mod frozen;
pub mod functools;
pub mod gc;
pub mod generic;
pub mod hashes;
pub mod imp;
pub mod io;
pub mod itertools;
pub mod json;
pub mod libm;
pub mod marshal;
pub mod math;
pub mod native_types;
pub mod operator;
pub mod posix;
pub mod posixsubprocess;
pub mod pystruct;
pub mod random;
pub mod select;
pub mod signal;
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
pub mod zlib;

use crate::objects::module::ModuleData;
use crate::objects::str::StrData;
use crate::value::Value;

/// Adds the native function `f` as `name` to module `m`.
pub fn add_function(m: &ModuleData, name: &'static str, f: crate::objects::native::NativeFn) {
    use crate::objects::native::{new_native, Binding};
    let module = m
        .dict()
        .get_str(&StrData::intern_static("__name__"))
        .unwrap_or(Value::NONE);
    m.dict().set_str(
        &StrData::intern(name),
        new_native(name, f, Binding::Function, module),
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
    ("_blake2", hashes::blake2::create),
    ("_codecs", codecs::create),
    ("_collections", collections::create),
    ("_contextvars", contextvars::create),
    ("_functools", functools::create),
    ("_imp", imp::create),
    ("_io", io::create),
    ("_json", json::create),
    ("_md5", hashes::md5::create),
    ("_operator", operator::create),
    ("_posixsubprocess", posixsubprocess::create),
    ("_random", random::create),
    ("_sha1", hashes::sha1::create),
    ("_sha256", hashes::sha256::create),
    ("_sha3", hashes::sha3::create),
    ("_sha512", hashes::sha512::create),
    ("_signal", signal::create),
    ("_string", string::create),
    ("_sre", sre::create),
    ("_struct", pystruct::create),
    ("_thread", thread::create),
    ("_warnings", warnings::create),
    ("_weakref", weakref::create),
    ("atexit", atexit::create),
    ("binascii", binascii::create),
    ("cmath", cmath::create),
    ("ember", ember::create),
    ("errno", errno::create),
    ("gc", gc::create),
    ("itertools", itertools::create),
    ("marshal", marshal::create),
    ("math", math::create),
    ("posix", posix::create),
    ("select", select::create),
    ("time", time::create),
    ("zlib", zlib::create),
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
