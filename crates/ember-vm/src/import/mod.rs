//! The import system: `import`, `from ... import`, `__import__`, relative imports,
//! packages (regular and namespace), circular imports, `sys.modules`, `sys.meta_path`
//! and the module attributes CPython's importlib sets (`__spec__`, `__loader__`,
//! `__file__`, `__cached__`, `__path__`, `__package__`).
//!
//! The algorithm is importlib's (`_bootstrap._gcd_import`, `_find_and_load`,
//! `_handle_fromlist`, `_calc___package__`, `_resolve_name`), done natively: the finders
//! Ember installs on `sys.meta_path` (`BuiltinImporter`, `PathFinder`, defined in
//! `bootstrap.py`) are recognised and short-circuited; any other finder a program adds is
//! called through its `find_spec`.

pub mod bootstrap;
pub mod cache;
pub mod finder;
pub mod paths;
pub mod source;

use crate::error::{PyErr, PyResult};
use crate::objects::dict::{as_dict, DictData};
use crate::objects::instance::InstanceData;
use crate::objects::int::to_i64;
use crate::objects::module::{new_module, ModuleData};
use crate::objects::str::{as_str, new_str, StrData};
use crate::objects::typeobj::{is_instance, type_name};
use crate::ops;
use crate::value::Value;
use crate::vm::types;
use std::cell::RefCell;
use std::collections::HashSet;

thread_local! {
    /// Modules whose code is running (the import of them has not finished).
    static INITIALIZING: RefCell<HashSet<String>> = RefCell::new(HashSet::new());
}

/// Runs `f` on the `sys.modules` dict.
fn with_modules<R>(f: impl FnOnce(&DictData) -> R) -> R {
    let v = crate::modules::sys_modules();
    f(v.downcast::<DictData>().expect("sys.modules is a dict"))
}

/// `sys.modules[name]`, if present.
pub fn loaded(name: &str) -> Option<Value> {
    with_modules(|m| m.get_str(&StrData::intern(name)))
}

/// `sys.modules[name] = module`.
pub fn set_loaded(name: &str, module: Value) {
    with_modules(|m| m.set_str(&StrData::intern(name), module));
}

/// True while module `name` is being executed by an import.
pub fn is_initializing(name: &str) -> bool {
    INITIALIZING.with(|s| s.borrow().contains(name))
}

/// An ImportError (or subclass `ty`) with its `name` and `path` attributes.
pub fn import_error(ty: &Value, msg: String, name: Option<&str>, path: Option<Value>) -> PyErr {
    let e = PyErr::new(ty, msg);
    if let Some(inst) = e.exc.downcast::<InstanceData>() {
        if let Some(n) = name {
            inst.set_attr(&StrData::intern_static("name"), new_str(n));
        }
        if let Some(p) = path {
            inst.set_attr(&StrData::intern_static("path"), p);
        }
    }
    e
}

fn not_found(name: &str, msg: String) -> PyErr {
    import_error(&types().module_not_found_error, msg, Some(name), None)
}

/// `import name` / `from name import ...` / `__import__(name, globals, locals, fromlist,
/// level)`.
pub fn import_name(
    name: &Value,
    globals: &Value,
    fromlist: &Value,
    level: &Value,
) -> PyResult<Value> {
    let Some(n) = as_str(name) else {
        return Err(PyErr::type_error("module name must be a string"));
    };
    let level = to_i64(level).unwrap_or(0);
    if level < 0 {
        return Err(PyErr::value_error("level must be >= 0"));
    }
    let resolved = if level > 0 {
        resolve_name(n, &package_of(globals)?, level)?
    } else {
        if n.is_empty() {
            return Err(PyErr::value_error("Empty module name"));
        }
        n.to_string()
    };
    let module = find_and_load(&resolved)?;
    let empty = fromlist.is_none() || ops::is_true(fromlist).map(|t| !t).unwrap_or(false);
    if empty {
        if level == 0 {
            let top = n.split('.').next().unwrap_or(n);
            return find_and_load(top);
        }
        if n.is_empty() {
            return Ok(module);
        }
        // `from . import a.b` style: the package `level` up plus the first component.
        let cut = n.len() - n.split('.').next().unwrap_or(n).len();
        let mname = module_name(&module).unwrap_or_else(|| resolved.clone());
        let keep = &mname[..mname.len() - cut];
        return loaded(keep).ok_or_else(|| PyErr::key_error(new_str(keep)));
    }
    if ops::getattr_opt(&module, &StrData::intern_static("__path__"))?.is_some() {
        handle_fromlist(&module, fromlist, false)?;
    }
    Ok(module)
}

/// The module's `__name__` as a Rust string.
fn module_name(m: &Value) -> Option<String> {
    let n = ops::getattr_opt(m, &StrData::intern_static("__name__")).ok()??;
    as_str(&n).map(str::to_string)
}

/// The package a relative import is relative to (importlib's `_calc___package__`).
fn package_of(globals: &Value) -> PyResult<Value> {
    let Some(g) = as_dict(globals) else {
        return Err(PyErr::new(&types().key_error, "'__name__' not in globals"));
    };
    let package = g.get_str(&StrData::intern_static("__package__"));
    let spec = g.get_str(&StrData::intern_static("__spec__"));
    if let Some(p) = package.filter(|p| !p.is_none()) {
        return Ok(p);
    }
    if let Some(s) = spec.filter(|s| !s.is_none()) {
        return ops::getattr(&s, &StrData::intern_static("parent"));
    }
    let Some(name) = g.get_str(&StrData::intern_static("__name__")) else {
        return Err(PyErr::key_error(new_str("__name__")));
    };
    if g.get_str(&StrData::intern_static("__path__")).is_some() {
        return Ok(name);
    }
    let s = as_str(&name).unwrap_or("");
    Ok(new_str(s.rsplit_once('.').map_or("", |(p, _)| p)))
}

/// The absolute name of a relative import (importlib's `_resolve_name`).
fn resolve_name(name: &str, package: &Value, level: i64) -> PyResult<String> {
    let Some(pkg) = as_str(package) else {
        return Err(PyErr::type_error("package must be a string"));
    };
    if pkg.is_empty() {
        return Err(PyErr::new(
            &types().import_error,
            "attempted relative import with no known parent package",
        ));
    }
    let mut base = pkg;
    for _ in 1..level {
        match base.rsplit_once('.') {
            Some((b, _)) => base = b,
            None => {
                return Err(PyErr::new(
                    &types().import_error,
                    "attempted relative import beyond top-level package",
                ))
            }
        }
    }
    Ok(if name.is_empty() {
        base.to_string()
    } else {
        format!("{}.{}", base, name)
    })
}

/// `from package import a, b` imports submodules a and b when they are not attributes.
fn handle_fromlist(module: &Value, fromlist: &Value, recursive: bool) -> PyResult<()> {
    for x in ops::collect(fromlist)? {
        let Some(xs) = as_str(&x) else {
            let msg = if recursive {
                format!(
                    "Item in {}.__all__ must be str, not {}",
                    module_name(module).unwrap_or_default(),
                    type_name(&x)
                )
            } else {
                format!("Item in ``from list'' must be str, not {}", type_name(&x))
            };
            return Err(PyErr::type_error(msg));
        };
        if xs == "*" {
            if !recursive {
                if let Some(all) = ops::getattr_opt(module, &StrData::intern_static("__all__"))? {
                    handle_fromlist(module, &all, true)?;
                }
            }
        } else if ops::getattr_opt(module, &x)?.is_none() {
            let from_name = format!("{}.{}", module_name(module).unwrap_or_default(), xs);
            if let Err(e) = find_and_load(&from_name) {
                let missing_is_it = e.matches(&types().module_not_found_error)
                    && crate::types::exception::exception_attr(&e.exc, "name")
                        .ok()
                        .flatten()
                        .and_then(|n| as_str(&n).map(|s| s == from_name))
                        .unwrap_or(false);
                if missing_is_it && loaded(&from_name).is_none_or(|m| !m.is_none()) {
                    continue;
                }
                return Err(e);
            }
        }
    }
    Ok(())
}

/// `from module import name` (the `ImportFrom` instruction).
pub fn import_from(module: &Value, name: &Value) -> PyResult<Value> {
    match ops::getattr(module, name) {
        Ok(v) => return Ok(v),
        Err(e) if e.matches(&types().attribute_error) => {}
        Err(e) => return Err(e),
    }
    let attr = as_str(name).unwrap_or("?");
    let pkg = ops::getattr_opt(module, &StrData::intern_static("__name__"))
        .ok()
        .flatten();
    let Some(pkgname) = pkg.as_ref().and_then(|p| as_str(p)).map(str::to_string) else {
        return Err(import_error(
            &types().import_error,
            format!("cannot import name '{}'", attr),
            None,
            None,
        ));
    };
    // A submodule being imported circularly is in sys.modules before its parent's
    // attribute is set.
    if let Some(m) = loaded(&format!("{}.{}", pkgname, attr)) {
        return Ok(m);
    }
    let file = ops::getattr_opt(module, &StrData::intern_static("__file__"))
        .ok()
        .flatten()
        .filter(|f| as_str(f).is_some());
    let location = file
        .as_ref()
        .and_then(|f| as_str(f).map(str::to_string))
        .unwrap_or_else(|| "unknown location".into());
    let msg = if is_initializing(&pkgname) {
        format!(
            "cannot import name '{}' from partially initialized module '{}' \
             (most likely due to a circular import) ({})",
            attr, pkgname, location
        )
    } else {
        format!(
            "cannot import name '{}' from '{}' ({})",
            attr, pkgname, location
        )
    };
    Err(import_error(
        &types().import_error,
        msg,
        Some(&pkgname),
        file,
    ))
}

/// Imports the module with absolute name `name` and its parents (importlib's
/// `_find_and_load`), returning the module itself.
pub fn find_and_load(name: &str) -> PyResult<Value> {
    if let Some(m) = loaded(name) {
        if m.is_none() {
            return Err(not_found(
                name,
                format!("import of {} halted; None in sys.modules", name),
            ));
        }
        return Ok(m);
    }
    let mut parent_module = None;
    let mut search = None;
    if let Some((parent, _)) = name.rsplit_once('.') {
        let pm = match loaded(parent) {
            Some(m) if !m.is_none() => m,
            _ => find_and_load(parent)?,
        };
        // Importing the parent may have imported this module.
        if let Some(m) = loaded(name) {
            return Ok(m);
        }
        match ops::getattr_opt(&pm, &StrData::intern_static("__path__"))? {
            Some(p) => search = Some(p),
            None => {
                return Err(not_found(
                    name,
                    format!("No module named '{}'; '{}' is not a package", name, parent),
                ))
            }
        }
        parent_module = Some(pm);
    }
    let Some(spec) = find_spec(name, search.as_ref())? else {
        return Err(not_found(name, format!("No module named '{}'", name)));
    };
    let module = load(name, &spec)?;
    if let Some(pm) = parent_module {
        let tail = name.rsplit_once('.').map_or(name, |(_, t)| t);
        // CPython warns (ImportWarning) when this fails; the import still succeeds.
        let _ = ops::setattr(&pm, &StrData::intern(tail), module.clone());
    }
    Ok(module)
}

/// The spec of `name` from the finders on `sys.meta_path`, or None.
pub fn find_spec(name: &str, path: Option<&Value>) -> PyResult<Option<Value>> {
    let sys = crate::modules::sys::sys_module();
    let meta_path = ops::getattr_opt(&sys, &StrData::intern_static("meta_path"))?;
    let finders = match meta_path {
        Some(mp) => ops::collect(&mp)?,
        None => {
            return Err(PyErr::new(
                &types().import_error,
                "sys.meta_path is None, Python is likely shutting down",
            ))
        }
    };
    let b = bootstrap::get()?;
    for finder in finders {
        let spec = if finder.is(&b.builtin_importer) {
            if path.is_none() && crate::modules::native_module(name).is_some() {
                Some(bootstrap::builtin_spec(name)?)
            } else {
                None
            }
        } else if finder.is(&b.path_finder) {
            bootstrap::path_spec(name, path)?
        } else {
            match ops::getattr_opt(&finder, &StrData::intern_static("find_spec"))? {
                Some(f) => {
                    let p = path.cloned().unwrap_or(Value::NONE);
                    let s = ops::call(&f, &[new_str(name), p], &[])?;
                    (!s.is_none()).then_some(s)
                }
                None => None,
            }
        };
        if spec.is_some() {
            return Ok(spec);
        }
    }
    Ok(None)
}

/// Creates and executes the module described by `spec` (importlib's `_load_unlocked`),
/// returning what `sys.modules[name]` holds afterwards.
pub fn load(name: &str, spec: &Value) -> PyResult<Value> {
    let b = bootstrap::get()?;
    let get = |attr: &'static str| ops::getattr(spec, &StrData::intern_static(attr));
    let loader = get("loader")?;
    if loader.is(&b.builtin_importer) {
        let m = create_native(name)?;
        init_module_attrs(&m, spec, &loader)?;
        set_loaded(name, m.clone());
        return Ok(m);
    }
    let created = if loader.is_none() {
        None
    } else {
        match ops::getattr_opt(&loader, &StrData::intern_static("create_module"))? {
            Some(create) if !crate::objects::typeobj::type_of(&loader).is(&b.source_loader) => {
                let m = ops::call(&create, std::slice::from_ref(spec), &[])?;
                (!m.is_none()).then_some(m)
            }
            _ => None,
        }
    };
    let module = created.unwrap_or_else(|| new_module(name));
    init_module_attrs(&module, spec, &loader)?;
    let key = StrData::intern(name);
    set_loaded(name, module.clone());
    INITIALIZING.with(|s| s.borrow_mut().insert(name.to_string()));
    let _ = ops::setattr(spec, &StrData::intern_static("_initializing"), Value::TRUE);
    let result = if crate::objects::typeobj::type_of(&loader).is(&b.source_loader) {
        let origin = get("origin")?;
        source::exec_source(&module, as_str(&origin).unwrap_or(""))
    } else if loader.is_none() {
        Ok(())
    } else {
        ops::call_method(&loader, "exec_module", std::slice::from_ref(&module)).map(|_| ())
    };
    INITIALIZING.with(|s| s.borrow_mut().remove(name));
    let _ = ops::setattr(spec, &StrData::intern_static("_initializing"), Value::FALSE);
    if let Err(e) = result {
        let _ = with_modules(|m| m.remove(&key));
        return Err(e);
    }
    // The module may have replaced itself in sys.modules; it moves to the end.
    match with_modules(|m| m.remove(&key))? {
        Some(m) => {
            set_loaded(name, m.clone());
            Ok(m)
        }
        None => Err(PyErr::new(
            &types().import_error,
            format!("module {} not in sys.modules", name),
        )),
    }
}

/// A native module's object, made by its creator.
fn create_native(name: &str) -> PyResult<Value> {
    match crate::modules::native_module(name) {
        Some(create) => Ok(create()),
        None => Err(not_found(name, format!("No module named '{}'", name))),
    }
}

/// Sets `__name__`, `__loader__`, `__package__`, `__spec__`, `__path__`, `__file__` and
/// `__cached__` from the spec (importlib's `_init_module_attrs`), in CPython's order.
fn init_module_attrs(module: &Value, spec: &Value, loader: &Value) -> PyResult<()> {
    let get = |attr: &'static str| ops::getattr(spec, &StrData::intern_static(attr));
    let set = |attr: &'static str, v: Value| -> PyResult<()> {
        match module.downcast::<ModuleData>() {
            Some(m) => {
                m.dict().set_str(&StrData::intern_static(attr), v);
                Ok(())
            }
            None => ops::setattr(module, &StrData::intern_static(attr), v),
        }
    };
    set("__name__", get("name")?)?;
    set("__loader__", loader.clone())?;
    set("__package__", get("parent")?)?;
    set("__spec__", spec.clone())?;
    let locations = get("submodule_search_locations")?;
    if !locations.is_none() {
        set("__path__", locations)?;
    }
    let origin = get("origin")?;
    if origin.is_none() && !get("submodule_search_locations")?.is_none() {
        // A namespace package: importlib sets `__file__` to None.
        set("__file__", Value::NONE)?;
    } else if ops::is_true(&get("has_location")?)? {
        set("__file__", get("origin")?)?;
        let cached = get("cached")?;
        if !cached.is_none() {
            set("__cached__", cached)?;
        }
    }
    Ok(())
}

/// The spec-based repr of a module (`<module 'json' from '...'>`,
/// `<module 'math' (built-in)>`), as importlib's `_module_repr` gives it.
pub fn module_repr(module: &Value) -> PyResult<String> {
    let m = module.downcast::<ModuleData>().expect("a module");
    let d = m.dict();
    let attr = |n: &'static str| d.get_str(&StrData::intern_static(n));
    let name = attr("__name__")
        .and_then(|n| as_str(&n).map(str::to_string))
        .unwrap_or_else(|| "?".into());
    if let Some(spec) = attr("__spec__").filter(|s| !s.is_none()) {
        let origin = ops::getattr_opt(&spec, &StrData::intern_static("origin"))?;
        let loader = ops::getattr_opt(&spec, &StrData::intern_static("loader"))?;
        match origin.filter(|o| !o.is_none()) {
            None => {
                if let Some(l) = loader.filter(|l| !l.is_none()) {
                    return Ok(format!("<module '{}' ({})>", name, ops::repr(&l)?));
                }
                return Ok(format!("<module '{}'>", name));
            }
            Some(o) => {
                let has_location =
                    ops::getattr_opt(&spec, &StrData::intern_static("has_location"))?
                        .map(|h| ops::is_true(&h))
                        .transpose()?
                        .unwrap_or(false);
                return Ok(if has_location {
                    format!("<module '{}' from {}>", name, ops::repr(&o)?)
                } else {
                    format!("<module '{}' ({})>", name, ops::str_of(&o)?)
                });
            }
        }
    }
    if let Some(f) = attr("__file__") {
        return Ok(format!("<module '{}' from {}>", name, ops::repr(&f)?));
    }
    if let Some(l) = attr("__loader__").filter(|l| !l.is_none()) {
        return Ok(format!("<module '{}' ({})>", name, ops::repr(&l)?));
    }
    Ok(format!("<module '{}'>", name))
}

/// True when `v` is an instance of ModuleNotFoundError (for `-m` reporting).
pub fn is_not_found(e: &PyErr) -> bool {
    is_instance(&e.exc, &types().module_not_found_error)
}
