//! `types.SimpleNamespace` (CPython's `namespace` type): an object whose attributes are
//! its keyword arguments, shown by its repr in insertion order and compared by them.
//! Native modules return one (`time.get_clock_info`).

use crate::error::{PyErr, PyResult};
use crate::objects::dict::DictData;
use crate::objects::instance::new_instance;
use crate::objects::str::{as_str, new_str, new_string, StrData};
use crate::objects::typeobj::{new_type, type_of};
use crate::ops;
use crate::types::{add_attr, add_method};
use crate::value::Value;
use crate::vm::types;
use ember_bytecode::CmpOp;

thread_local! {
    static NAMESPACE: &'static Value = Box::leak(Box::new(make_type()));
}

/// The `types.SimpleNamespace` class.
pub fn namespace_type() -> &'static Value {
    NAMESPACE.with(|t| *t)
}

fn make_type() -> Value {
    let ty = new_type(
        "SimpleNamespace",
        vec![types().object.clone()],
        crate::object::Kind::Instance,
        false,
    )
    .expect("a simple class");
    add_attr(&ty, "__module__", new_str("types"));
    add_method(&ty, "__init__", ns_init);
    add_method(&ty, "__repr__", ns_repr);
    add_method(&ty, "__eq__", ns_eq);
    add_attr(&ty, "__hash__", Value::NONE);
    ty
}

/// A namespace holding `attrs` in order.
pub fn new_namespace(attrs: Vec<(&str, Value)>) -> Value {
    let ns = new_instance(namespace_type());
    for (name, v) in attrs {
        if let Some(inst) = ns.downcast::<crate::objects::instance::InstanceData>() {
            inst.set_attr(&StrData::intern(name), v);
        }
    }
    ns
}

fn ns_init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let n = args.len() - kw.len();
    if n > 1 {
        return Err(PyErr::type_error("no positional arguments expected"));
    }
    for (k, v) in kw.iter().zip(&args[n..]) {
        ops::setattr(&args[0], k, v.clone())?;
    }
    Ok(Value::NONE)
}

fn attrs_dict(v: &Value) -> PyResult<Value> {
    ops::getattr(v, &StrData::intern_static("__dict__"))
}

fn ns_repr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = attrs_dict(&args[0])?;
    let dd = d.downcast::<DictData>().expect("__dict__ is a dict");
    let mut parts = Vec::new();
    for k in dd.keys() {
        if let (Some(name), Some(v)) = (as_str(&k), dd.get_str(&k)) {
            parts.push(format!("{}={}", name, ops::repr(&v)?));
        }
    }
    let name = if type_of(&args[0]).is(namespace_type()) {
        "namespace".to_string()
    } else {
        crate::objects::typeobj::type_name(&args[0])
    };
    Ok(new_string(format!("{}({})", name, parts.join(", "))))
}

fn ns_eq(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let is_ns = |v: &Value| crate::objects::typeobj::is_instance(v, namespace_type());
    if !is_ns(&args[0]) || !is_ns(&args[1]) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    ops::richcompare(&attrs_dict(&args[0])?, &attrs_dict(&args[1])?, CmpOp::Eq)
}
