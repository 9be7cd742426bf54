//! `object`: the root of every class: `__new__`/`__init__` with CPython's argument
//! checks, default comparison, hashing, `repr`/`str`, attribute access, `__class__`.

use crate::error::{PyErr, PyResult};
use crate::object::Kind;
use crate::objects::dict::DictData;
use crate::objects::instance::{new_instance, InstanceData};
use crate::objects::str::{new_string, StrData};
use crate::objects::subclass;
use crate::objects::typeobj::{type_data, type_name, type_of, TypeData};
use crate::ops;
use crate::value::Value;
use crate::vm::types;

/// `type(None)()`, `type(NotImplemented)()`, `type(...)()`: the singletons.
pub fn install_singletons() {
    let t = types();
    super::add_staticmethod(&t.none_type, "__new__", none_new);
    super::add_staticmethod(&t.not_implemented_type, "__new__", not_implemented_new);
    super::add_staticmethod(&t.ellipsis_type, "__new__", ellipsis_new);
}

fn singleton_new(args: &[Value], kw: &[Value], v: Value) -> PyResult<Value> {
    if args.len() > 1 || !kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() takes no arguments",
            type_data(&args[0]).name()
        )));
    }
    Ok(v)
}
fn none_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    singleton_new(args, kw, Value::NONE)
}
fn not_implemented_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    singleton_new(args, kw, Value::NOT_IMPLEMENTED)
}
fn ellipsis_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    singleton_new(args, kw, Value::ELLIPSIS)
}

pub fn install(ty: &Value) {
    super::add_staticmethod(ty, "__new__", object_new);
    super::add_method(ty, "__init__", object_init);
    super::add_method(ty, "__eq__", object_eq);
    super::add_method(ty, "__ne__", object_ne);
    super::add_method(ty, "__hash__", object_hash);
    super::add_method(ty, "__repr__", object_repr);
    super::add_method(ty, "__str__", object_str);
    super::add_method(ty, "__getattribute__", object_getattribute);
    super::add_method(ty, "__setattr__", object_setattr);
    super::add_method(ty, "__delattr__", object_delattr);
    super::add_method(ty, "__format__", object_format);
    super::add_method(ty, "__dir__", object_dir);
    super::add_method(ty, "__init_subclass__", object_init_subclass);
    super::add_method(ty, "__sizeof__", object_sizeof);
    super::add_classmethod(ty, "__subclasshook__", object_subclasshook);
    super::add_attr(ty, "__doc__", new_string("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n".into()));
    // __init_subclass__ is an implicit class method.
    let d = type_data(ty).dict();
    let f = d
        .get_str(&StrData::intern_static("__init_subclass__"))
        .expect("just added");
    let nf = f
        .downcast::<crate::objects::native::NativeFunctionData>()
        .expect("native");
    let cm = crate::objects::native::new_native(
        nf.name,
        nf.func,
        crate::objects::native::Binding::ClassMethod,
        ty.clone(),
    );
    d.set_str(&StrData::intern_static("__init_subclass__"), cm);
}

fn overrides(ty: &Value, name: &str) -> bool {
    use crate::objects::typeobj::slot_flag;
    let bit = if name == "__new__" {
        slot_flag::NEW
    } else {
        slot_flag::INIT
    };
    type_data(ty).slot_flags() & bit != 0
}

fn object_new(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let cls = super::new_target(args, &types().object)?;
    let td = type_data(cls);
    if args.len() > 1 || !kwnames.is_empty() {
        if overrides(cls, "__new__") {
            return Err(PyErr::type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if !overrides(cls, "__init__") {
            return Err(PyErr::type_error(format!(
                "{}() takes no arguments",
                td.name()
            )));
        }
    }
    if td.slot_flags() & crate::objects::typeobj::slot_flag::ABSTRACT != 0 {
        return Err(abstract_instantiation(cls));
    }
    Ok(new_instance(cls))
}

/// "Can't instantiate abstract class A with abstract methods f, g".
#[cold]
fn abstract_instantiation(cls: &Value) -> PyErr {
    let td = type_data(cls);
    let names = td
        .dict()
        .get_str(&StrData::intern_static("__abstractmethods__"))
        .and_then(|a| ops::collect(&a).ok())
        .unwrap_or_default();
    let mut names: Vec<String> = names
        .iter()
        .filter_map(|n| crate::objects::str::as_str(n).map(str::to_string))
        .collect();
    names.sort();
    PyErr::type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        td.name(),
        if names.len() == 1 { "" } else { "s" },
        names.join(", ")
    ))
}

/// `object.__subclasshook__(subclass)`: NotImplemented (the normal check decides).
fn object_subclasshook(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::NOT_IMPLEMENTED)
}

fn object_init(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if args.len() > 1 || !kwnames.is_empty() {
        let ty = type_of(&args[0]);
        if overrides(ty, "__init__") {
            return Err(PyErr::type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if !overrides(ty, "__new__") {
            return Err(PyErr::type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                type_data(ty).name()
            )));
        }
    }
    Ok(Value::NONE)
}

fn object_eq(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    super::args::Args::new(args, _kw).arity("__eq__", 2, 2)?;
    Ok(if args[0].is(&args[1]) {
        Value::TRUE
    } else {
        Value::NOT_IMPLEMENTED
    })
}

fn object_ne(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    super::args::Args::new(args, _kw).arity("__ne__", 2, 2)?;
    // `self.__eq__(other)` of the type alone (no reflection), inverted unless
    // NotImplemented: CPython's object.__ne__.
    let r = match ops::lookup_special(&args[0], "__eq__") {
        Some(eq) => ops::call_method_value(&eq, &args[0], &args[1..2])?,
        None => Value::NOT_IMPLEMENTED,
    };
    if r.is_not_implemented() {
        return Ok(r);
    }
    Ok(Value::bool(!ops::is_true(&r)?))
}

fn object_hash(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(crate::objects::int::new_int((args[0].id() >> 4) as i64))
}

fn object_repr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = &args[0];
    Ok(new_string(format!(
        "<{} object at {:#x}>",
        ops::class_display_name(type_of(v)),
        v.id()
    )))
}

fn object_str(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ops::repr_value(&args[0])
}

fn object_getattribute(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    super::args::Args::new(args, _kw).arity("__getattribute__", 2, 2)?;
    match ops::generic_getattr_opt(&args[0], &args[1])? {
        Some(v) => Ok(v),
        None => Err(PyErr::no_attribute(
            &args[0],
            crate::objects::str::as_str(&args[1]).unwrap_or("?"),
        )),
    }
}

/// The name argument of `object.__setattr__`/`__delattr__`/`__getattribute__`.
fn check_attr_name(v: &Value) -> PyResult<()> {
    if crate::objects::str::as_str(v).is_none() {
        return Err(PyErr::type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(v)
        )));
    }
    Ok(())
}

fn object_setattr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    super::args::Args::new(args, _kw).arity("__setattr__", 3, 3)?;
    check_attr_name(&args[1])?;
    ops::generic_setattr(&args[0], &args[1], Some(args[2].clone()))?;
    Ok(Value::NONE)
}

fn object_delattr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    super::args::Args::new(args, _kw).arity("__delattr__", 2, 2)?;
    check_attr_name(&args[1])?;
    ops::generic_setattr(&args[0], &args[1], None)?;
    Ok(Value::NONE)
}

fn object_format(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    super::args::Args::new(args, _kw).arity("__format__", 2, 2)?;
    let spec = crate::objects::str::as_str(&args[1]).unwrap_or("");
    if !spec.is_empty() {
        return Err(PyErr::type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name(&args[0])
        )));
    }
    ops::str_value(&args[0])
}

fn object_dir(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    crate::builtins::dir_of(&args[0])
}

fn object_init_subclass(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        // Named after the class being initialised, as CPython does.
        let owner = args
            .first()
            .and_then(|c| c.downcast::<TypeData>())
            .map_or("object".to_string(), |td| td.qualname().to_string());
        return Err(PyErr::type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            owner
        )));
    }
    if args.len() > 1 {
        return Err(PyErr::type_error(format!(
            "object.__init_subclass__() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(Value::NONE)
}

fn object_sizeof(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(crate::objects::int::new_int(16))
}

/// `obj.__class__ = cls` for instances of compatible classes.
pub fn set_class(obj: &Value, cls: Value) -> PyResult<()> {
    let Some(ntd) = cls.downcast::<TypeData>() else {
        return Err(PyErr::type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            type_name(&cls)
        )));
    };
    let otd = type_data(type_of(obj));
    if ntd.builtin || otd.builtin {
        return Err(PyErr::type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    if ntd.instance_kind != otd.instance_kind
        || ntd.nslots.get() != otd.nslots.get()
        || ntd.has_instance_dict != otd.has_instance_dict
    {
        return Err(PyErr::type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            ntd.name(),
            otd.name()
        )));
    }
    // SAFETY: the header is owned by `obj`; swapping the type reference keeps the count
    // balanced (set_ty drops the old reference after storing the new one).
    unsafe { (*obj.header_ptr_pub()).set_ty(cls) };
    Ok(())
}

/// `object.__setattr__`/`__delattr__` (value None) on an instance of a Python subclass of
/// a built-in type, after data descriptors and `__class__`: the instance dict, `__dict__`.
pub fn subclass_setattr(obj: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
    let n = crate::objects::str::as_str(name).unwrap_or("?");
    match (n, value) {
        ("__dict__", Some(v)) => {
            if v.kind() != Some(Kind::Dict) {
                return Err(PyErr::type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    type_name(&v)
                )));
            }
            subclass::set_instance_dict(obj, v);
            Ok(())
        }
        (_, Some(v)) => {
            let d = subclass::instance_dict(obj).expect("the caller checked has_instance_dict");
            d.downcast::<DictData>()
                .expect("an instance dict is a dict")
                .set(name.clone(), v)
        }
        ("__dict__", None) => {
            // The next use makes a new, empty dict.
            subclass::set_instance_dict(obj, Value::UNBOUND);
            Ok(())
        }
        (_, None) => {
            let removed = match subclass::instance_dict(obj) {
                Some(d) => d
                    .downcast::<DictData>()
                    .expect("an instance dict is a dict")
                    .remove(name)?,
                None => None,
            };
            match removed {
                Some(_) => Ok(()),
                None => Err(PyErr::no_attribute(obj, n)),
            }
        }
    }
}

/// Computed attributes of instances: `__dict__`.
pub fn instance_attr(obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(inst) = obj.downcast::<InstanceData>() else {
        return Ok(None);
    };
    if let Some(v) = crate::modules::structseq::field(obj, name) {
        return Ok(Some(v));
    }
    match name {
        "__dict__" if type_data(type_of(obj)).has_instance_dict || inst.exc.is_some() => {
            Ok(Some(inst.dict()))
        }
        _ => Ok(None),
    }
}
