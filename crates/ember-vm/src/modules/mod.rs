//! Native modules (one file each) and the import statement's entry points. The full
//! import system (packages, the standard library path, cached bytecode) is the imports
//! issue; for now `import` finds native modules and modules already in `sys.modules`.

pub mod ember;
pub mod stdio;
pub mod structseq;
pub mod sys;
pub mod weakref;

use crate::error::{PyErr, PyResult};
use crate::objects::dict::DictData;
use crate::objects::module::ModuleData;
use crate::objects::str::{as_str, StrData};
use crate::ops;
use crate::value::Value;
use crate::vm::types;

/// Makes a native module's object (called once, on its first import).
pub type CreateModule = fn() -> Value;

/// Every native module, by its import name. One line per module, kept in order; each
/// module lives in its own file of this directory.
const NATIVE_MODULES: &[(&str, CreateModule)] =
    &[("ember", ember::create), ("_weakref", weakref::create)];

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

fn find_module(name: &str) -> PyResult<Value> {
    let modules = sys_modules();
    let md = modules
        .downcast::<DictData>()
        .expect("sys.modules is a dict");
    if let Some(m) = md.get_str(&StrData::intern(name)) {
        return Ok(m);
    }
    if let Some(create) = native_module(name) {
        let m = create();
        md.set_str(&StrData::intern(name), m.clone());
        return Ok(m);
    }
    let e = PyErr::new(
        &types().module_not_found_error,
        format!("No module named '{}'", name),
    );
    if let Some(inst) = e.exc.downcast::<crate::objects::instance::InstanceData>() {
        inst.set_attr(
            &StrData::intern_static("name"),
            crate::objects::str::new_str(name),
        );
    }
    Err(e)
}

/// `import name` / `from name import ...` (the `ImportName` instruction).
pub fn import_name(
    name: &Value,
    _globals: &Value,
    fromlist: &Value,
    level: &Value,
) -> PyResult<Value> {
    let n = as_str(name).unwrap_or("");
    if crate::objects::int::to_i64(level).unwrap_or(0) > 0 {
        return Err(PyErr::new(
            &types().import_error,
            "attempted relative import with no known parent package",
        ));
    }
    let top = n.split('.').next().unwrap_or(n);
    let m = find_module(n)?;
    if fromlist.is_none() || crate::objects::tuple::as_tuple(fromlist).is_some_and(|t| t.is_empty())
    {
        return find_module(top);
    }
    Ok(m)
}

/// `from module import name` (the `ImportFrom` instruction).
pub fn import_from(module: &Value, name: &Value) -> PyResult<Value> {
    match ops::getattr_opt(module, name)? {
        Some(v) => Ok(v),
        None => {
            let mname = module
                .downcast::<ModuleData>()
                .and_then(|m| m.dict().get_str(&StrData::intern_static("__name__")))
                .and_then(|n| as_str(&n).map(str::to_string))
                .unwrap_or_else(|| "?".into());
            Err(PyErr::new(
                &types().import_error,
                format!(
                    "cannot import name '{}' from '{}' (unknown location)",
                    as_str(name).unwrap_or("?"),
                    mname
                ),
            ))
        }
    }
}
