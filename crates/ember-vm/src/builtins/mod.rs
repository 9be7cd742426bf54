//! The `builtins` module: its namespace (every built-in function, type and exception)
//! and the interpreter-wide settings it owns.

mod exec;
mod functions;
mod iterators;
mod numeric;

use crate::error::{PyErr, PyResult};
use crate::objects::dict::DictData;
use crate::objects::module::{new_module, ModuleData};
use crate::objects::native::{new_native, Binding, NativeFn};
use crate::objects::str::StrData;
use crate::value::Value;
use crate::vm::types;
use std::cell::RefCell;

thread_local! {
    static BUILTINS: RefCell<Option<Value>> = const { RefCell::new(None) };
    static MEMORYVIEW: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// The bytes a `memoryview` shows, when `v` is one.
pub fn memoryview_bytes(v: &Value) -> Option<Vec<u8>> {
    if v.kind() != Some(crate::object::Kind::Instance) {
        return None;
    }
    let cls = MEMORYVIEW.with(|c| c.borrow().clone())?;
    if !crate::objects::typeobj::type_of(v).is(&cls) {
        return None;
    }
    let b = crate::ops::call_method(v, "tobytes", &[]).ok()?;
    crate::objects::bytes::bytes_like(&b)
}

pub use functions::{dir_of, isinstance};
pub use iterators::{super_getattr, super_repr};

/// The builtins module.
pub fn builtins_module() -> Value {
    BUILTINS
        .with(|b| b.borrow().clone())
        .expect("builtins created at start-up")
}

/// The builtins namespace.
pub fn builtins_dict() -> Value {
    let m = builtins_module();
    m.downcast::<ModuleData>().expect("module").dict.clone()
}

/// `builtins.<name>`.
pub fn lookup(name: &str) -> PyResult<Value> {
    let d = builtins_dict();
    d.downcast::<DictData>()
        .and_then(|d| d.get_str(&StrData::intern(name)))
        .ok_or_else(|| PyErr::name_error(format!("name '{}' is not defined", name)))
}

/// Calls the builtin function `name` (for wrappers that share its behaviour).
pub fn call_builtin(name: &str, args: &[Value]) -> PyResult<Value> {
    crate::ops::call(&lookup(name)?, args, &[])
}

pub(crate) fn add(d: &DictData, name: &'static str, f: NativeFn) {
    d.set_str(
        &StrData::intern(name),
        new_native(name, f, Binding::Function, Value::NONE),
    );
}

/// Creates the builtins module and registers it in `sys.modules`.
pub fn init() -> Value {
    let m = new_module("builtins");
    // Frames borrow the builtins dict without counting it: it lives for the process.
    let bd = &m.downcast::<ModuleData>().expect("module").dict;
    bd.header()
        .expect("a dict is a heap object")
        .make_immortal();
    m.header()
        .expect("a module is a heap object")
        .make_immortal();
    let md = m.downcast::<ModuleData>().expect("module").dict();
    for (name, ty) in types().all() {
        if name.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            && !matches!(
                name,
                "object"
                    | "type"
                    | "int"
                    | "bool"
                    | "float"
                    | "complex"
                    | "str"
                    | "bytes"
                    | "bytearray"
                    | "tuple"
                    | "list"
                    | "dict"
                    | "set"
                    | "frozenset"
                    | "range"
                    | "slice"
                    | "property"
                    | "classmethod"
                    | "staticmethod"
                    | "super"
                    | "enumerate"
                    | "zip"
                    | "map"
                    | "filter"
                    | "reversed"
            )
        {
            continue;
        }
        if matches!(name, "NoneType" | "NotImplementedType") {
            continue;
        }
        md.set_str(&StrData::intern(name), ty.clone());
    }
    md.set_str(
        &StrData::intern_static("EnvironmentError"),
        types().os_error.clone(),
    );
    md.set_str(&StrData::intern_static("IOError"), types().os_error.clone());
    md.set_str(&StrData::intern_static("None"), Value::NONE);
    md.set_str(&StrData::intern_static("True"), Value::TRUE);
    md.set_str(&StrData::intern_static("False"), Value::FALSE);
    md.set_str(
        &StrData::intern_static("NotImplemented"),
        Value::NOT_IMPLEMENTED,
    );
    md.set_str(&StrData::intern_static("Ellipsis"), Value::ELLIPSIS);
    md.set_str(&StrData::intern_static("__debug__"), Value::TRUE);
    functions::install(md);
    exec::install(md);
    numeric::install(md);
    iterators::install(md);
    BUILTINS.with(|b| *b.borrow_mut() = Some(m.clone()));
    // `memoryview` is written in Python; its module needs the builtins above.
    let mv = crate::modules::frozen::create(
        "_memoryview",
        include_str!("../modules/py/_memoryview.py"),
        &[],
    );
    let mv_class = mv
        .downcast::<ModuleData>()
        .and_then(|m| m.dict().get_str(&StrData::intern_static("memoryview")))
        .expect("_memoryview.py defines memoryview");
    md.set_str(&StrData::intern_static("memoryview"), mv_class.clone());
    MEMORYVIEW.with(|c| *c.borrow_mut() = Some(mv_class));
    // The exception groups of PEP 654, written in Python too.
    let eg = crate::modules::frozen::create(
        "_exception_group",
        include_str!("../modules/py/_exception_group.py"),
        &[],
    );
    for name in ["BaseExceptionGroup", "ExceptionGroup"] {
        let cls = crate::modules::frozen::function(&eg, name);
        md.set_str(&StrData::intern_static(name), cls);
    }
    reorder_as_cpython(md);
    let modules = crate::modules::sys_modules();
    modules
        .downcast::<DictData>()
        .expect("dict")
        .set_str(&StrData::intern_static("builtins"), m.clone());
    m
}

/// The order of CPython 3.11's builtins namespace. Order is visible: `dir()` aside,
/// "Did you mean" picks the first of equally close names in this order.
const CPYTHON_ORDER: &[&str] = &[
    "__name__",
    "__doc__",
    "__package__",
    "__loader__",
    "__spec__",
    "__build_class__",
    "__import__",
    "abs",
    "all",
    "any",
    "ascii",
    "bin",
    "breakpoint",
    "callable",
    "chr",
    "compile",
    "delattr",
    "dir",
    "divmod",
    "eval",
    "exec",
    "format",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "hex",
    "id",
    "input",
    "isinstance",
    "issubclass",
    "iter",
    "aiter",
    "len",
    "locals",
    "max",
    "min",
    "next",
    "anext",
    "oct",
    "ord",
    "pow",
    "print",
    "repr",
    "round",
    "setattr",
    "sorted",
    "sum",
    "vars",
    "None",
    "Ellipsis",
    "NotImplemented",
    "False",
    "True",
    "bool",
    "memoryview",
    "bytearray",
    "bytes",
    "classmethod",
    "complex",
    "dict",
    "enumerate",
    "filter",
    "float",
    "frozenset",
    "property",
    "int",
    "list",
    "map",
    "object",
    "range",
    "reversed",
    "set",
    "slice",
    "staticmethod",
    "str",
    "super",
    "tuple",
    "type",
    "zip",
    "__debug__",
    "BaseException",
    "BaseExceptionGroup",
    "Exception",
    "GeneratorExit",
    "KeyboardInterrupt",
    "SystemExit",
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BufferError",
    "EOFError",
    "ImportError",
    "LookupError",
    "MemoryError",
    "NameError",
    "OSError",
    "ReferenceError",
    "RuntimeError",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SystemError",
    "TypeError",
    "ValueError",
    "Warning",
    "FloatingPointError",
    "OverflowError",
    "ZeroDivisionError",
    "BytesWarning",
    "DeprecationWarning",
    "EncodingWarning",
    "FutureWarning",
    "ImportWarning",
    "PendingDeprecationWarning",
    "ResourceWarning",
    "RuntimeWarning",
    "SyntaxWarning",
    "UnicodeWarning",
    "UserWarning",
    "BlockingIOError",
    "ChildProcessError",
    "ConnectionError",
    "FileExistsError",
    "FileNotFoundError",
    "InterruptedError",
    "IsADirectoryError",
    "NotADirectoryError",
    "PermissionError",
    "ProcessLookupError",
    "TimeoutError",
    "IndentationError",
    "IndexError",
    "KeyError",
    "ModuleNotFoundError",
    "NotImplementedError",
    "RecursionError",
    "UnboundLocalError",
    "UnicodeError",
    "BrokenPipeError",
    "ConnectionAbortedError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "TabError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeTranslateError",
    "ExceptionGroup",
    "EnvironmentError",
    "IOError",
    "open",
    "quit",
    "exit",
    "copyright",
    "credits",
    "license",
    "help",
];

/// Reinserts the builtins in CPython's order (names CPython lacks go last).
fn reorder_as_cpython(d: &DictData) {
    let items = d.items();
    d.clear();
    for name in CPYTHON_ORDER {
        let key = StrData::intern(name);
        if let Some((k, v)) = items.iter().find(|(k, _)| k.is(&key)) {
            d.set_str(k, v.clone());
        }
    }
    for (k, v) in items {
        if d.get_str(&k).is_none() {
            d.set_str(&k, v);
        }
    }
}
