//! `types.GenericAlias`: what `list[int]` returns (PEP 585). An instance keeps the
//! tuple `(origin, args)` in `InstanceData::builtin_value`; `__origin__`, `__args__`
//! and `__parameters__` read it, and other attributes are the origin's, as CPython's
//! `ga_getattro` forwards them.

use crate::error::{PyErr, PyResult};
use crate::objects::instance::{new_instance, InstanceData};
use crate::objects::int::new_int;
use crate::objects::str::{as_str, new_string, StrData};
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::ops;
use crate::types::args::Args;
use crate::value::Value;
use crate::vm::types;

/// `origin[args]`: a new alias (`args` a tuple or a single item).
pub fn new_generic_alias(origin: Value, args: Value) -> Value {
    let args = if as_tuple(&args).is_some() {
        args
    } else {
        new_tuple(vec![args])
    };
    let ga = new_instance(&types().generic_alias);
    if let Some(inst) = ga.downcast::<InstanceData>() {
        inst.builtin_value.set(new_tuple(vec![origin, args]));
    }
    ga
}

/// `(origin, args)` of an alias.
fn parts(v: &Value) -> PyResult<(Value, Value)> {
    let pair = v
        .downcast::<InstanceData>()
        .map(|i| i.builtin_value.get())
        .filter(|p| !p.is_unbound())
        .ok_or_else(|| PyErr::type_error("descriptor requires a 'types.GenericAlias' object"))?;
    let items = as_tuple(&pair).expect("a GenericAlias holds (origin, args)");
    Ok((items[0].clone(), items[1].clone()))
}

pub fn install(ty: &Value) {
    super::add_staticmethod(ty, "__new__", ga_new);
    super::add_method(ty, "__getattr__", ga_getattr);
    super::add_method(ty, "__repr__", ga_repr);
    super::add_method(ty, "__eq__", ga_eq);
    super::add_method(ty, "__hash__", ga_hash);
    super::add_method(ty, "__call__", ga_call);
    super::add_method(ty, "__mro_entries__", ga_mro_entries);
    super::add_attr(ty, "__module__", StrData::intern_static("types"));
    let t = types();
    for base in [&t.list, &t.dict, &t.tuple, &t.set, &t.frozenset, &t.type_] {
        super::add_classmethod(base, "__class_getitem__", class_getitem);
    }
}

/// `__class_getitem__` of the built-in generic classes.
pub fn class_getitem(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__class_getitem__", 2, 2)?;
    Ok(new_generic_alias(args[0].clone(), args[1].clone()))
}

fn ga_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("GenericAlias", 3, 3)?;
    Ok(new_generic_alias(a.pos[1].clone(), a.pos[2].clone()))
}

fn ga_getattr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (origin, ga_args) = parts(&args[0])?;
    match as_str(&args[1]).unwrap_or("") {
        "__origin__" => Ok(origin),
        "__args__" => Ok(ga_args),
        "__parameters__" => Ok(new_tuple(Vec::new())),
        n if n.starts_with("__") && n.ends_with("__") && n != "__name__" && n != "__qualname__" => {
            Err(PyErr::no_attribute(&args[0], n))
        }
        _ => ops::getattr(&origin, &args[1]),
    }
}

/// How CPython's `ga_repr_item` shows one item: a class by its qualified name.
fn repr_item(v: &Value) -> PyResult<String> {
    if v.is_ellipsis() {
        return Ok("...".to_string());
    }
    if v.downcast::<InstanceData>()
        .is_some_and(|_| crate::objects::typeobj::type_of(v).is(&types().generic_alias))
    {
        return ops::repr(v);
    }
    if let Some(td) = v.downcast::<crate::objects::typeobj::TypeData>() {
        let module = ops::getattr_opt(v, &StrData::intern_static("__module__"))?;
        return Ok(match module.as_ref().and_then(as_str) {
            Some("builtins") | None => td.qualname().to_string(),
            Some(m) => format!("{m}.{}", td.qualname()),
        });
    }
    ops::repr(v)
}

fn ga_repr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (origin, ga_args) = parts(&args[0])?;
    let items = as_tuple(&ga_args).unwrap_or(&[]);
    let mut s = repr_item(&origin)?;
    s.push('[');
    if items.is_empty() {
        s.push_str("()");
    }
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        match item.kind() {
            Some(crate::object::Kind::List) => {
                let inner: Vec<String> = ops::collect(item)?
                    .iter()
                    .map(repr_item)
                    .collect::<PyResult<_>>()?;
                s.push_str(&format!("[{}]", inner.join(", ")));
            }
            _ => s.push_str(&repr_item(item)?),
        }
    }
    s.push(']');
    Ok(new_string(s))
}

fn ga_eq(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if !crate::objects::typeobj::type_of(&args[1]).is(&types().generic_alias) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (o1, a1) = parts(&args[0])?;
    let (o2, a2) = parts(&args[1])?;
    if !ops::eq_bool(&o1, &o2)? {
        return Ok(Value::FALSE);
    }
    Ok(Value::bool(ops::eq_bool(&a1, &a2)?))
}

fn ga_hash(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (origin, ga_args) = parts(&args[0])?;
    Ok(new_int(ops::hash(&origin)? ^ ops::hash(&ga_args)?))
}

fn ga_call(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (origin, _) = parts(&args[0])?;
    let obj = ops::call(&origin, &args[1..], kw)?;
    // CPython records the alias on the instance when it can, and ignores failures.
    let _ = ops::setattr(
        &obj,
        &StrData::intern_static("__orig_class__"),
        args[0].clone(),
    );
    Ok(obj)
}

fn ga_mro_entries(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__mro_entries__", 2, 2)?;
    let (origin, _) = parts(&args[0])?;
    Ok(new_tuple(vec![origin]))
}
