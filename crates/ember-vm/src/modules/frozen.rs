//! Modules written in Python and compiled into Ember (`modules/py/*.py`): native modules
//! whose logic is simplest in Python, given the native functions they need.

use crate::objects::module::{new_module, ModuleData};
use crate::objects::native::{new_native, Binding, NativeFn};
use crate::objects::str::StrData;
use crate::value::Value;

/// Runs `source` as the body of a new module `name`, with `natives` defined in it first.
/// The source is part of Ember: failing to run it is a bug, reported as one.
pub fn create(name: &str, source: &str, natives: &[(&'static str, NativeFn)]) -> Value {
    let m = new_module(name);
    let md = m.downcast::<ModuleData>().expect("module");
    let d = md.dict();
    d.set_str(
        &StrData::intern_static("__builtins__"),
        crate::builtins::builtins_module(),
    );
    for (n, f) in natives {
        d.set_str(
            &StrData::intern(n),
            new_native(n, *f, Binding::Function, Value::NONE),
        );
    }
    let filename = format!("<frozen {}>", name);
    let result = crate::run::compile(source, &filename, ember_compiler::Mode::Exec)
        .and_then(|code| crate::interp::run_code(&code, &md.dict, None));
    if let Err(e) = result {
        panic!(
            "Ember's built-in module {} failed to initialise:\n{}",
            name,
            crate::run::format_exception(&e.exc)
        );
    }
    m
}

/// The module kept in `slot`, made by `make` on first use (frozen modules that only
/// native code uses, such as `_ember_generic`).
pub fn cached(
    slot: &'static std::thread::LocalKey<std::cell::RefCell<Option<Value>>>,
    make: impl FnOnce() -> Value,
) -> Value {
    slot.with(|m| m.borrow_mut().get_or_insert_with(make).clone())
}

/// `module.name`, which the frozen module's source defines.
pub fn function(module: &Value, name: &'static str) -> Value {
    let md = module.downcast::<ModuleData>().expect("a module");
    md.dict()
        .get_str(&StrData::intern_static(name))
        .unwrap_or_else(|| panic!("Ember's built-in Python source defines {}", name))
}
