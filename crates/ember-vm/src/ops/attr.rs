//! Attribute access: `object.__getattribute__` (data descriptors, then the instance
//! dict, then non-data descriptors and class attributes, then `__getattr__`), the same for
//! types and modules, `setattr`/`delattr`, and the method lookup behind `LoadMethod` that
//! avoids allocating a bound method.

use crate::error::{PyErr, PyResult};
use crate::object::Kind;
use crate::objects::descr::{ClassMethodData, MemberDescrData, PropertyData, StaticMethodData};
use crate::objects::function::new_bound_method;
use crate::objects::instance::InstanceData;
use crate::objects::module::ModuleData;
use crate::objects::native::{bind_native, Binding, NativeFunctionData};
use crate::objects::str::{as_str, StrData};
use crate::objects::typeobj::{slot_flag, type_data, type_name, type_of, TypeData};
use crate::value::Value;
use crate::vm::types;

fn name_str(name: &Value) -> &str {
    as_str(name).unwrap_or("?")
}

/// True when `d` (found on a type) is a data descriptor: it defines `__set__` or
/// `__delete__` (properties do).
fn is_data_descriptor(d: &Value) -> bool {
    match d.kind() {
        Some(Kind::Property | Kind::MemberDescr) => true,
        _ if super::user_typed(d) => {
            let td = type_data(type_of(d));
            td.lookup(&StrData::intern_static("__set__")).is_some()
                || td.lookup(&StrData::intern_static("__delete__")).is_some()
        }
        _ => false,
    }
}

/// Whether descriptor `d` defines `__get__` (built-in descriptors all do).
fn has_get(d: &Value) -> bool {
    d.kind() != Some(Kind::Instance)
        || type_data(type_of(d))
            .lookup(&StrData::intern_static("__get__"))
            .is_some()
}

/// Binds a class attribute found for `obj` (or for the class when `obj` is None):
/// the descriptor protocol's `__get__`.
pub fn descr_get(d: Value, obj: Option<&Value>, owner: &Value) -> PyResult<Value> {
    if let Some(get) = super::override_of(&d, "__get__") {
        // A subclass of property, classmethod ... with its own `__get__`.
        let inst = obj.cloned().unwrap_or(Value::NONE);
        return super::call_method_value(&get, &d, &[inst, owner.clone()]);
    }
    match d.kind() {
        Some(Kind::Function) => Ok(match obj {
            Some(o) => new_bound_method(d, o.clone()),
            None => d,
        }),
        Some(Kind::NativeFunction) => {
            let f = d.downcast::<NativeFunctionData>().expect("k");
            if !f.bound_self.is_unbound() {
                return Ok(d.clone());
            }
            Ok(match (f.binding, obj) {
                (Binding::Method, Some(o)) => bind_native(f, o.clone()),
                (Binding::ClassMethod, _) => bind_native(f, owner.clone()),
                _ => d.clone(),
            })
        }
        Some(Kind::ClassMethod) => {
            let inner = d.downcast::<ClassMethodData>().expect("k").0.get();
            Ok(new_bound_method(inner, owner.clone()))
        }
        Some(Kind::StaticMethod) => Ok(d.downcast::<StaticMethodData>().expect("k").0.get()),
        Some(Kind::MemberDescr) => match obj {
            None => Ok(d),
            Some(o) => {
                let m = d.downcast::<MemberDescrData>().expect("k");
                crate::types::member::member_get(m, o)
            }
        },
        Some(Kind::Property) => match obj {
            None => Ok(d),
            Some(o) => {
                let p = d.downcast::<PropertyData>().expect("k");
                let fget = p.fget.get();
                if fget.is_none() {
                    return Err(crate::types::function::property_error(p, o, "getter"));
                }
                super::call(&fget, std::slice::from_ref(o), &[])
            }
        },
        Some(Kind::Instance) => {
            let td = type_data(type_of(&d));
            match td.lookup(&StrData::intern_static("__get__")) {
                Some(get) => {
                    let inst = obj.cloned().unwrap_or(Value::NONE);
                    super::call_method_value(&get, &d, &[inst, owner.clone()])
                }
                None => Ok(d),
            }
        }
        _ => Ok(d),
    }
}

/// `getattr(obj, name)`.
pub fn getattr(obj: &Value, name: &Value) -> PyResult<Value> {
    match obj.kind() {
        Some(Kind::Type) => return type_getattr(obj, name),
        Some(Kind::Module) => {
            let m = obj.downcast::<ModuleData>().expect("k");
            if let Some(v) = m.dict().get_str(name) {
                return Ok(v);
            }
            if name_str(name) == "__dict__" {
                return Ok(m.dict.clone());
            }
            if let Some(v) = generic_getattr_opt(obj, name)? {
                return Ok(v);
            }
            return module_missing_attr(m, name);
        }
        _ => {}
    }
    if let Some(s) = obj.downcast::<crate::objects::descr::SuperData>() {
        if let Some(v) = crate::builtins::super_getattr(s, name)? {
            return Ok(v);
        }
    }
    if super::user_typed(obj) {
        let td = type_data(type_of(obj));
        let flags = td.slot_flags();
        if flags & slot_flag::GETATTRIBUTE != 0 {
            if let Some(ga) = td.lookup(&StrData::intern_static("__getattribute__")) {
                return match super::call_method_value(&ga, obj, std::slice::from_ref(name)) {
                    Err(e)
                        if flags & slot_flag::GETATTR != 0
                            && e.matches(&types().attribute_error) =>
                    {
                        match td.lookup(&StrData::intern_static("__getattr__")) {
                            Some(f) => {
                                super::call_method_value(&f, obj, std::slice::from_ref(name))
                            }
                            None => Err(e),
                        }
                    }
                    r => r,
                };
            }
        }
    }
    let found = match generic_getattr_opt(obj, name) {
        // An AttributeError from a descriptor still lets `__getattr__` answer.
        Err(e) if obj.kind() == Some(Kind::Instance) && e.matches(&types().attribute_error) => {
            let td = type_data(type_of(obj));
            if td.slot_flags() & slot_flag::GETATTR != 0 {
                if let Some(ga) = td.lookup(&StrData::intern_static("__getattr__")) {
                    return super::call_method_value(&ga, obj, std::slice::from_ref(name));
                }
            }
            return Err(e);
        }
        r => r?,
    };
    if let Some(v) = found {
        return Ok(v);
    }
    // `__getattr__` of classes.
    if super::user_typed(obj) {
        let td = type_data(type_of(obj));
        if td.slot_flags() & slot_flag::GETATTR == 0 {
            return Err(PyErr::no_attribute(obj, name_str(name)));
        }
        if let Some(ga) = td.lookup(&StrData::intern_static("__getattr__")) {
            return super::call_method_value(&ga, obj, std::slice::from_ref(name));
        }
    }
    Err(PyErr::no_attribute(obj, name_str(name)))
}

/// A module has no attribute `name`: its `__getattr__` (PEP 562) is asked, else the
/// AttributeError CPython gives (mentioning a circular import while the module runs).
#[cold]
fn module_missing_attr(m: &ModuleData, name: &Value) -> PyResult<Value> {
    if let Some(hook) = m.dict().get_str(&StrData::intern_static("__getattr__")) {
        return crate::ops::call(&hook, std::slice::from_ref(name), &[]);
    }
    let mname = m
        .dict()
        .get_str(&StrData::intern_static("__name__"))
        .and_then(|n| as_str(&n).map(str::to_string));
    let e = match &mname {
        Some(n) if crate::import::is_initializing(n) => PyErr::attribute_error(format!(
            "partially initialized module '{}' has no attribute '{}' (most likely due to a \
             circular import)",
            n,
            name_str(name)
        )),
        Some(n) => PyErr::attribute_error(format!(
            "module '{}' has no attribute '{}'",
            n,
            name_str(name)
        )),
        None => PyErr::attribute_error(format!("module has no attribute '{}'", name_str(name))),
    };
    Err(e)
}

/// `getattr(obj, name, None)`-like: None when missing (other errors propagate).
pub fn getattr_opt(obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    match getattr(obj, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&types().attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `object.__getattribute__` without `__getattr__`; None when not found.
pub fn generic_getattr_opt(obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    let ty = type_of(obj);
    let td = type_data(ty);
    if obj.kind() != Some(Kind::Instance) {
        // Computed attributes of built-in layouts act as data descriptors.
        if let Some(v) = crate::types::builtin_attr(obj, name_str(name))? {
            return Ok(Some(v));
        }
    }
    let descr = td.lookup(name);
    if let Some(d) = &descr {
        // A data descriptor without `__get__` yields to the instance's own attribute.
        if is_data_descriptor(d) && has_get(d) {
            return descr_get(d.clone(), Some(obj), ty).map(Some);
        }
    }
    if let Some(inst) = obj.downcast::<InstanceData>() {
        if let Some(v) = inst.get_attr(name) {
            return Ok(Some(v));
        }
    } else if let Some(v) = crate::objects::subclass::get_attr(obj, name) {
        return Ok(Some(v));
    } else if let Some(f) = obj.downcast::<crate::objects::function::FunctionData>() {
        let d = f.dict.borrow();
        if let Some(dd) = d.downcast::<crate::objects::dict::DictData>() {
            if let Some(v) = dd.get_str(name) {
                return Ok(Some(v));
            }
        }
    }
    if let Some(d) = descr {
        return descr_get(d, Some(obj), ty).map(Some);
    }
    if obj.kind() == Some(Kind::Instance) {
        return crate::types::builtin_attr(obj, name_str(name));
    }
    Ok(None)
}

/// Attribute lookup on a type: the MRO (binding with no instance), then the metatype.
pub fn type_getattr(ty: &Value, name: &Value) -> PyResult<Value> {
    // `type`'s own data descriptors come before the class's namespace (a class's
    // `__dict__` entry is its instances' `__dict__` descriptor).
    if let n @ ("__dict__" | "__name__" | "__qualname__" | "__mro__" | "__bases__" | "__base__"
    | "__annotations__") = name_str(name)
    {
        if let Some(v) = crate::types::typeobj::type_attr(ty, n)? {
            return Ok(v);
        }
    }
    let meta = type_of(ty);
    let meta_attr = type_data(meta).lookup(name);
    if let Some(d) = &meta_attr {
        if is_data_descriptor(d) {
            return descr_get(d.clone(), Some(ty), meta);
        }
    }
    let td = type_data(ty);
    if let Some(d) = td.lookup(name) {
        return descr_get(d, None, ty);
    }
    if let Some(d) = meta_attr {
        return descr_get(d, Some(ty), meta);
    }
    if let Some(v) = crate::types::builtin_attr(ty, name_str(name))? {
        return Ok(v);
    }
    if let Some(ga) = super::override_of(ty, "__getattr__") {
        // A metaclass's `__getattr__`.
        return super::call_method_value(&ga, ty, std::slice::from_ref(name));
    }
    let e = PyErr::attribute_error(format!(
        "type object '{}' has no attribute '{}'",
        td.name(),
        name_str(name)
    ));
    e.set_name_and_obj(name_str(name), ty);
    Err(e)
}

/// The result of `LoadMethod`: an unbound function plus `self`, or a plain attribute.
pub enum Method {
    Unbound(Value),
    Attr(Value),
}

/// Looks a method up for an immediate call without allocating a bound method.
pub fn load_method(obj: &Value, name: &Value) -> PyResult<Method> {
    let kind = obj.kind();
    if !matches!(kind, Some(Kind::Type | Kind::Module | Kind::Super)) {
        let td = type_data(type_of(obj));
        let overridden = super::user_typed(obj) && td.slot_flags() & slot_flag::GETATTRIBUTE != 0;
        if let Some(d) = td.lookup(name).filter(|_| !overridden) {
            let plain = match d.kind() {
                Some(Kind::Function) => true,
                Some(Kind::NativeFunction) => {
                    let f = d.downcast::<NativeFunctionData>().expect("k");
                    f.binding == Binding::Method && f.bound_self.is_unbound()
                }
                _ => false,
            };
            if plain {
                let shadowed = obj
                    .downcast::<InstanceData>()
                    .and_then(|i| i.get_attr(name))
                    .or_else(|| crate::objects::subclass::get_attr(obj, name));
                return Ok(match shadowed {
                    Some(v) => Method::Attr(v),
                    None => Method::Unbound(d),
                });
            }
        }
    }
    getattr(obj, name).map(Method::Attr)
}

/// `setattr(obj, name, value)`.
pub fn setattr(obj: &Value, name: &Value, value: Value) -> PyResult<()> {
    match obj.kind() {
        Some(Kind::Type) => {
            if let Some(sa) = super::override_of(obj, "__setattr__") {
                // A metaclass's `__setattr__`.
                super::call_method_value(&sa, obj, &[name.clone(), value])?;
                return Ok(());
            }
            return crate::types::typeobj::type_setattr_checked(obj, name, Some(value));
        }
        Some(Kind::Module) => {
            let m = obj.downcast::<ModuleData>().expect("k");
            m.dict().set_str(name, value);
            return Ok(());
        }
        _ => {}
    }
    let ty = type_of(obj);
    let td = type_data(ty);
    if crate::modules::weakref::is_proxy(obj) {
        // A weak proxy sets the attribute on its referent.
        return setattr(&crate::modules::weakref::proxy_target(obj)?, name, value);
    }
    if super::user_typed(obj) && td.slot_flags() & crate::objects::typeobj::slot_flag::SETATTR != 0
    {
        if let Some(sa) = td.lookup(&StrData::intern_static("__setattr__")) {
            if sa.kind() == Some(Kind::Function) {
                super::call_method_value(&sa, obj, &[name.clone(), value])?;
                return Ok(());
            }
        }
    }
    generic_setattr(obj, name, Some(value))
}

/// `d.__set__(obj, value)` / `d.__delete__(obj)` (value None) when `d`, found on
/// `obj`'s type, is a data descriptor; None when it is not one.
pub fn descr_set(d: &Value, obj: &Value, value: &Option<Value>) -> Option<PyResult<()>> {
    if let Some(m) = d.downcast::<MemberDescrData>() {
        return Some(crate::types::member::member_set(m, obj, value.clone()));
    }
    let plain_property =
        super::override_of(d, "__set__").is_none() && super::override_of(d, "__delete__").is_none();
    if let Some(p) = d.downcast::<PropertyData>().filter(|_| plain_property) {
        let f = if value.is_some() {
            p.fset.get()
        } else {
            p.fdel.get()
        };
        if f.is_none() {
            let what = if value.is_some() { "setter" } else { "deleter" };
            return Some(Err(crate::types::function::property_error(p, obj, what)));
        }
        let mut args = vec![obj.clone()];
        args.extend(value.clone());
        return Some(super::call(&f, &args, &[]).map(drop));
    }
    if super::user_typed(d) {
        let dtd = type_data(type_of(d));
        let m = if value.is_some() {
            "__set__"
        } else {
            "__delete__"
        };
        if let Some(set) = dtd.lookup(&StrData::intern(m)) {
            let mut args = vec![obj.clone()];
            args.extend(value.clone());
            return Some(super::call_method_value(&set, d, &args).map(drop));
        }
        // A data descriptor lacking this operation refuses it (CPython's message is
        // the method's name).
        if is_data_descriptor(d) {
            return Some(Err(PyErr::attribute_error(m.to_string())));
        }
    }
    None
}

/// `object.__setattr__`/`object.__delattr__` (value None means delete).
pub fn generic_setattr(obj: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
    if let Some(d) = type_data(type_of(obj)).lookup(name) {
        if let Some(r) = descr_set(&d, obj, &value) {
            return r;
        }
    }
    setattr_without_descriptors(obj, name, value)
}

/// The part of `object.__setattr__` after the type's data descriptors: the object's own
/// attributes (also what a built-in type's computed-attribute descriptor sets through).
pub fn setattr_without_descriptors(
    obj: &Value,
    name: &Value,
    value: Option<Value>,
) -> PyResult<()> {
    let n = name_str(name);
    let ty = type_of(obj);
    let td = type_data(ty);
    if n == "__class__" {
        // object's `__class__` setter, for every object.
        return match value {
            Some(v) => crate::types::object::set_class(obj, v),
            None => Err(PyErr::type_error("can't delete __class__ attribute")),
        };
    }
    if let Some(inst) = obj.downcast::<InstanceData>() {
        if let Some(r) = value
            .as_ref()
            .and_then(|v| crate::types::exception::exception_setattr(obj, n, v))
        {
            return r;
        }
        if !td.has_instance_dict && !td.builtin {
            if td.lookup(name).is_some() {
                return Err(PyErr::attribute_error(format!(
                    "'{}' object attribute '{}' is read-only",
                    td.name(),
                    n
                )));
            }
            return Err(PyErr::no_attribute(obj, n));
        }
        if n == "__dict__" {
            if let Some(v) = value {
                if v.kind() != Some(Kind::Dict) {
                    return Err(PyErr::type_error(format!(
                        "__dict__ must be set to a dictionary, not a '{}'",
                        type_name(&v)
                    )));
                }
                inst.set_dict(v);
                return Ok(());
            }
        }
        // Instances of built-in classes have no attributes of their own, except those
        // with Rust state whose class gives them a dict (the `_io` streams, which have
        // an instance dict in CPython; not `deque`).
        if td.builtin
            && inst.exc.is_none()
            && !(td.has_instance_dict
                && inst.builtin_value.borrow().kind() == Some(Kind::NativeState))
        {
            return Err(PyErr::no_attribute(obj, n));
        }
        match value {
            // A str subclass name is kept as given (CPython interns exact strs only),
            // which only a real dict can hold.
            Some(v) if crate::objects::subclass::has_subclass_flag(name) => {
                let d = inst.dict();
                d.downcast::<crate::objects::dict::DictData>()
                    .expect("an instance dict")
                    .set(name.clone(), v)?;
            }
            Some(v) => inst.set_attr(name, v),
            None => {
                if !inst.del_attr(name)? {
                    return Err(PyErr::no_attribute(obj, n));
                }
            }
        }
        return Ok(());
    }
    if crate::objects::subclass::has_instance_dict(obj) {
        return crate::types::object::subclass_setattr(obj, name, value);
    }
    if let Some(f) = obj.downcast::<crate::objects::function::FunctionData>() {
        return crate::types::function::function_setattr(f, name, value);
    }
    if td.lookup(name).is_some() {
        return Err(PyErr::attribute_error(format!(
            "'{}' object attribute '{}' is read-only",
            td.name(),
            n
        )));
    }
    if let (Some(Kind::BoundMethod), "__self__" | "__func__") = (obj.kind(), n) {
        // Members (CPython's `READONLY` `PyMemberDef`s), not getsets.
        return Err(PyErr::attribute_error("readonly attribute"));
    }
    if let (Some(tb), "tb_next") = (
        obj.downcast::<crate::objects::exception::TracebackData>(),
        n,
    ) {
        // `tb.tb_next = other` (unittest trims its own frames so).
        let v = value.unwrap_or(Value::NONE);
        if !v.is_none() && v.kind() != Some(Kind::Traceback) {
            return Err(PyErr::type_error(format!(
                "expected traceback object or None, got '{}'",
                type_name(&v)
            )));
        }
        tb.next.set(v);
        return Ok(());
    }
    if crate::types::builtin_attr(obj, n)?.is_some() {
        return Err(PyErr::attribute_error(format!(
            "attribute '{}' of '{}' objects is not writable",
            n,
            td.name()
        )));
    }
    Err(PyErr::no_attribute(obj, n))
}

/// `delattr(obj, name)`.
pub fn delattr(obj: &Value, name: &Value) -> PyResult<()> {
    match obj.kind() {
        Some(Kind::Type) => {
            if let Some(da) = super::override_of(obj, "__delattr__") {
                super::call_method_value(&da, obj, std::slice::from_ref(name))?;
                return Ok(());
            }
            return crate::types::typeobj::type_setattr_checked(obj, name, None);
        }
        Some(Kind::Module) => {
            let m = obj.downcast::<ModuleData>().expect("k");
            if m.dict().remove(name)?.is_none() {
                return Err(PyErr::no_attribute(obj, name_str(name)));
            }
            return Ok(());
        }
        _ => {}
    }
    let td = type_data(type_of(obj));
    if super::user_typed(obj) {
        if let Some(da) = td.lookup(&StrData::intern_static("__delattr__")) {
            if da.kind() == Some(Kind::Function) {
                super::call_method_value(&da, obj, std::slice::from_ref(name))?;
                return Ok(());
            }
        }
    }
    generic_setattr(obj, name, None)
}

/// Looks up a special method on the type of `v` (not the instance), as the data model
/// does for implicit calls.
pub fn lookup_special(v: &Value, name: &'static str) -> Option<Value> {
    type_data(type_of(v)).lookup(&StrData::intern_static(name))
}

/// The payload of a type object.
pub fn as_type(v: &Value) -> Option<&TypeData> {
    v.downcast::<TypeData>()
}
