//! `module` (`types.ModuleType`): construction with a name and a docstring.

use crate::error::{PyErr, PyResult};
use crate::objects::module::{new_module, ModuleData};
use crate::objects::str::{as_str, StrData};
use crate::objects::typeobj::type_name;
use crate::types::args::Args;
use crate::value::Value;

pub fn install(ty: &Value) {
    super::add_staticmethod(ty, "__new__", module_new);
    super::add_method(ty, "__init__", module_init);
}

/// `module.__new__(cls, *args, **kwargs)`: an empty module (`__init__` names it).
fn module_new(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.is_empty() {
        return Err(PyErr::type_error("module.__new__(): not enough arguments"));
    }
    Ok(new_module("?"))
}

/// `module.__init__(self, name, doc=None)`.
fn module_init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let (Some(this), Some(name)) = (a.get(0, ""), a.get(1, "name")) else {
        return Err(PyErr::type_error(
            "module.__init__() missing required argument 'name' (pos 1)",
        ));
    };
    if as_str(name).is_none() {
        return Err(PyErr::type_error(format!(
            "module.__init__() argument 'name' must be str, not {}",
            type_name(name)
        )));
    }
    a.arity("module", 2, 3)?;
    let doc = a.get(2, "doc").cloned().unwrap_or(Value::NONE);
    let Some(m) = this.downcast::<ModuleData>() else {
        return Err(PyErr::type_error(
            "descriptor '__init__' requires a 'module' object",
        ));
    };
    let d = m.dict();
    d.set_str(&StrData::intern_static("__name__"), name.clone());
    d.set_str(&StrData::intern_static("__doc__"), doc);
    Ok(Value::NONE)
}
