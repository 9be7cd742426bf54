//! `member_descriptor`: the data descriptors `__slots__` puts in a class, reading and
//! writing a fixed slot of the instance (`InstanceData::get_slot`).

use super::args::Args;
use crate::error::{PyErr, PyResult};
use crate::objects::descr::{MemberDescrData, BUILTIN_SLOT, DICT_SLOT, WEAKREF_SLOT};
use crate::objects::dict::DictData;
use crate::objects::instance::InstanceData;
use crate::objects::str::as_str;
use crate::objects::typeobj::{type_data, type_name, type_of};
use crate::value::Value;
use crate::vm::BuiltinTypes;

pub fn install(t: &BuiltinTypes) {
    for ty in [&t.member_descriptor, &t.getset_descriptor] {
        super::add_method(ty, "__get__", member_get_method);
        super::add_method(ty, "__set__", member_set_method);
        super::add_method(ty, "__delete__", member_delete_method);
    }
}

/// Refuses an object that is not an instance of the descriptor's class.
fn check_owner(m: &MemberDescrData, obj: &Value) -> PyResult<()> {
    let of_owner = type_data(type_of(obj))
        .mro()
        .iter()
        .any(|t| t.id() == m.owner);
    if of_owner {
        return Ok(());
    }
    Err(PyErr::type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        as_str(&m.name).unwrap_or("?"),
        m.owner_name,
        type_name(obj)
    )))
}

/// The instance payload of `obj` when it is an instance of the descriptor's class.
fn slot_owner<'a>(m: &MemberDescrData, obj: &'a Value) -> PyResult<&'a InstanceData> {
    check_owner(m, obj)?;
    obj.downcast::<InstanceData>().ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            as_str(&m.name).unwrap_or("?"),
            m.owner_name,
            type_name(obj)
        ))
    })
}

/// Computed attributes of built-in types that cannot be assigned.
const READONLY: &[&str] = &["__closure__", "__globals__", "__builtins__"];

/// Puts descriptors for the computed attributes `names` in built-in type `ty` (of type
/// `descr_type`: `getset_descriptor` or `member_descriptor`, as CPython has them), so
/// that `FunctionType.__code__` is an object as in CPython.
pub fn add_builtin_descriptors(ty: &Value, descr_type: &Value, names: &[&'static str]) {
    let td = type_data(ty);
    for &n in names {
        let key = crate::objects::str::StrData::intern_static(n);
        let m = MemberDescrData {
            name: key.clone(),
            owner: ty.id(),
            owner_ref: crate::modules::weakref::new_ref(ty).unwrap_or(Value::NONE),
            owner_name: td.name().to_string(),
            index: BUILTIN_SLOT,
        };
        crate::types::add_attr(ty, n, crate::object::alloc(descr_type, m));
    }
}

/// Where an instance of a subclass of a built-in type (list ...) keeps its `__slots__`
/// values: the dict after its payload (`objects::subclass::slot_store`).
fn builtin_slot_store(m: &MemberDescrData, obj: &Value) -> PyResult<Option<Value>> {
    if obj.kind() == Some(crate::object::Kind::Instance) {
        return Ok(None);
    }
    let of_owner = type_data(type_of(obj))
        .mro()
        .iter()
        .any(|t| t.id() == m.owner);
    match crate::objects::subclass::slot_store(obj) {
        Some(d) if of_owner => Ok(Some(d)),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            as_str(&m.name).unwrap_or("?"),
            m.owner_name,
            type_name(obj)
        ))),
    }
}

/// `obj.<slot>`.
pub fn member_get(m: &MemberDescrData, obj: &Value) -> PyResult<Value> {
    match m.index {
        DICT_SLOT => {
            return crate::types::object::instance_attr(obj, "__dict__")?
                .ok_or_else(|| PyErr::no_attribute(obj, "__dict__"))
        }
        WEAKREF_SLOT => return Ok(Value::NONE),
        BUILTIN_SLOT => {
            let name = as_str(&m.name).unwrap_or("?");
            check_owner(m, obj)?;
            return crate::types::builtin_attr(obj, name)?
                .ok_or_else(|| PyErr::no_attribute(obj, name));
        }
        _ => {}
    }
    if let Some(store) = builtin_slot_store(m, obj)? {
        let d = store
            .downcast::<DictData>()
            .expect("a slot store is a dict");
        return d
            .get_str(&m.name)
            .ok_or_else(|| PyErr::no_attribute(obj, as_str(&m.name).unwrap_or("?")));
    }
    let inst = slot_owner(m, obj)?;
    inst.get_slot(m.index).ok_or_else(|| {
        let e = PyErr::no_attribute(obj, as_str(&m.name).unwrap_or("?"));
        e.set_name_and_obj(as_str(&m.name).unwrap_or("?"), obj);
        e
    })
}

/// `obj.<slot> = value`, or `del obj.<slot>` when `value` is None.
pub fn member_set(m: &MemberDescrData, obj: &Value, value: Option<Value>) -> PyResult<()> {
    match m.index {
        DICT_SLOT => {
            let d = value.unwrap_or_else(crate::objects::dict::DictData::new_value);
            if d.kind() != Some(crate::object::Kind::Dict) {
                return Err(PyErr::type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    type_name(&d)
                )));
            }
            match obj.downcast::<InstanceData>() {
                Some(inst) => inst.set_dict(d),
                // A subclass of a built-in type keeps its dict after the payload.
                None if crate::objects::subclass::set_instance_dict(obj, d) => {}
                None => return Err(PyErr::no_attribute(obj, "__dict__")),
            }
            return Ok(());
        }
        WEAKREF_SLOT => {
            return Err(PyErr::attribute_error(format!(
                "attribute '__weakref__' of '{}' objects is not writable",
                m.owner_name
            )))
        }
        BUILTIN_SLOT => {
            check_owner(m, obj)?;
            if READONLY.contains(&as_str(&m.name).unwrap_or("")) {
                return Err(PyErr::attribute_error("readonly attribute"));
            }
            return crate::ops::setattr_without_descriptors(obj, &m.name, value);
        }
        _ => {}
    }
    if let Some(store) = builtin_slot_store(m, obj)? {
        let d = store
            .downcast::<DictData>()
            .expect("a slot store is a dict");
        return match value {
            Some(v) => {
                d.set_str(&m.name, v);
                Ok(())
            }
            None if d.remove(&m.name)?.is_some() => Ok(()),
            None => Err(PyErr::attribute_error(
                as_str(&m.name).unwrap_or("?").to_string(),
            )),
        };
    }
    let inst = slot_owner(m, obj)?;
    let deleting = value.is_none();
    if !inst.set_slot(m.index, value) && deleting {
        return Err(PyErr::attribute_error(
            as_str(&m.name).unwrap_or("?").to_string(),
        ));
    }
    Ok(())
}

fn descr(v: &Value) -> PyResult<&MemberDescrData> {
    v.downcast::<MemberDescrData>()
        .ok_or_else(|| PyErr::type_error("descriptor requires a 'member_descriptor' object"))
}

fn member_get_method(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__get__", 2, 3)?;
    if args[1].is_none() {
        return Ok(args[0].clone());
    }
    member_get(descr(&args[0])?, &args[1])
}

fn member_set_method(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__set__", 3, 3)?;
    member_set(descr(&args[0])?, &args[1], Some(args[2].clone()))?;
    Ok(Value::NONE)
}

fn member_delete_method(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__delete__", 2, 2)?;
    member_set(descr(&args[0])?, &args[1], None)?;
    Ok(Value::NONE)
}

/// Computed attributes: `__name__`, `__qualname__`.
pub fn member_attr(obj: &Value, name: &str) -> Option<Value> {
    let m = obj.downcast::<MemberDescrData>()?;
    match name {
        "__name__" => Some(m.name.clone()),
        "__objclass__" => crate::modules::weakref::referent(&m.owner_ref)
            .ok()
            .flatten(),
        "__qualname__" => Some(crate::objects::str::new_string(format!(
            "{}.{}",
            m.owner_name,
            as_str(&m.name).unwrap_or("?")
        ))),
        _ => None,
    }
}

/// `repr(descriptor)`: `<member 'x' of 'P' objects>`, or `<attribute '__dict__' of 'P'
/// objects>` for the `__dict__` and `__weakref__` descriptors.
pub fn member_repr(m: &MemberDescrData) -> String {
    let what = if m.index >= BUILTIN_SLOT && !READONLY.contains(&as_str(&m.name).unwrap_or("")) {
        "attribute"
    } else {
        "member"
    };
    format!(
        "<{what} '{}' of '{}' objects>",
        as_str(&m.name).unwrap_or("?"),
        m.owner_name
    )
}
