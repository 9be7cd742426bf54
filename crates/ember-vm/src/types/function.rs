//! Functions, bound methods, native functions, code objects, cells, generators and the
//! descriptor types (`property`, `classmethod`, `staticmethod`): constructors, methods
//! and computed attributes.

use crate::error::{PyErr, PyResult};
use crate::object::{alloc, Kind};
use crate::objects::code::CodeData;
use crate::objects::descr::{ClassMethodData, PropertyData, StaticMethodData};
use crate::objects::dict::DictData;
use crate::objects::function::{BoundMethodData, FunctionData};
use crate::objects::generator::GeneratorData;
use crate::objects::int::new_int;
use crate::objects::native::NativeFunctionData;
use crate::objects::str::{as_str, new_str, StrData};
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::ops;
use crate::slot::Slot;
use crate::types::args::Args;
use crate::value::Value;
use crate::vm::BuiltinTypes;

pub fn install(t: &BuiltinTypes) {
    super::add_staticmethod(&t.property, "__new__", property_new);
    super::add_method(&t.property, "getter", property_getter);
    super::add_method(&t.property, "setter", property_setter);
    super::add_method(&t.property, "deleter", property_deleter);
    super::add_method(&t.property, "__get__", property_get);
    super::add_method(&t.property, "__set__", property_set);
    super::add_method(&t.property, "__set_name__", property_set_name);
    super::add_staticmethod(&t.classmethod, "__new__", classmethod_new);
    super::add_method(&t.classmethod, "__init__", classmethod_init);
    super::add_staticmethod(&t.staticmethod, "__new__", staticmethod_new);
    super::add_method(&t.classmethod, "__get__", descriptor_get);
    super::add_method(&t.staticmethod, "__get__", descriptor_get);
    super::add_method(&t.function, "__get__", descriptor_get);
    super::add_method(&t.staticmethod, "__init__", staticmethod_init);
    super::add_method(&t.property, "__init__", property_init);
    super::add_method(&t.generator, "send", generator_send);
    super::add_method(&t.generator, "throw", generator_throw);
    super::add_method(&t.generator, "close", generator_close);
    super::add_method(&t.generator, "__next__", generator_next);
    super::add_method(&t.generator, "__iter__", identity);
    for ty in [
        &t.list_iterator,
        &t.list_reverseiterator,
        &t.tuple_iterator,
        &t.str_iterator,
        &t.bytes_iterator,
        &t.range_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.set_iterator,
        &t.seq_iterator,
        &t.callable_iterator,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
        &t.reversed,
    ] {
        super::add_method(ty, "__next__", native_iter_next);
        super::add_method(ty, "__iter__", identity);
    }
}

pub(crate) fn identity(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(args[0].clone())
}

/// `__next__` of the native iterators: the built-in step itself, so a subclass's
/// `__next__` that calls `super().__next__()` reaches it.
pub(crate) fn native_iter_next(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let step = match args[0].downcast::<crate::objects::iter::NativeIterData>() {
        Some(it) => it.next()?,
        None => ops::next(&args[0])?,
    };
    step.ok_or_else(|| PyErr::stop_iteration(None))
}

pub(crate) fn generator_next(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    generator_step(&args[0], Value::NONE, None)
}

fn generator_step(g: &Value, v: Value, throw: Option<PyErr>) -> PyResult<Value> {
    match crate::interp::generator_resume(g, v, throw)? {
        crate::interp::SendResult::Yielded(v) => Ok(v),
        crate::interp::SendResult::Returned(v) => Err(PyErr::stop_iteration(if v.is_none() {
            None
        } else {
            Some(v)
        })),
    }
}

pub(crate) fn generator_send(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("send", 2, 2)?;
    generator_step(&args[0], args[1].clone(), None)
}

pub(crate) fn generator_throw(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("throw", 2, 4)?;
    let e = throw_exception(&args[1..])?;
    generator_step(&args[0], Value::NONE, Some(e))
}

/// The exception `throw(typ[, val[, tb]])` raises (CPython's `_gen_throw` rules): an
/// instance as it is, a class called with `val` (unless `val` is already an instance).
pub(crate) fn throw_exception(args: &[Value]) -> PyResult<PyErr> {
    let t = crate::vm::types();
    let typ = &args[0];
    let val = args.get(1).filter(|v| !v.is_none());
    if typ.kind() == Some(Kind::Type)
        && crate::objects::typeobj::is_subclass(typ, &t.base_exception)
    {
        let e = match val {
            None => crate::interp::make_exception(typ, "")?,
            Some(v) if crate::objects::typeobj::is_instance(v, typ) => v.clone(),
            Some(v) => match crate::objects::tuple::as_tuple(v) {
                Some(items) => ops::call(typ, items, &[])?,
                None => ops::call(typ, std::slice::from_ref(v), &[])?,
            },
        };
        return Ok(PyErr::from_exc(e));
    }
    if crate::objects::typeobj::is_instance(typ, &t.base_exception) {
        if val.is_some() {
            return Err(PyErr::type_error(
                "instance exception may not have a separate value",
            ));
        }
        return Ok(PyErr::from_exc(typ.clone()));
    }
    Err(PyErr::type_error(format!(
        "exceptions must be classes or instances deriving from BaseException, not {}",
        crate::objects::typeobj::type_name(typ)
    )))
}

pub(crate) fn generator_close(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = args[0].downcast::<GeneratorData>().expect("generator");
    let started = g.frame.borrow().as_ref().is_some_and(|f| f.pc > 0);
    if !started {
        g.frame.borrow_mut().take();
        return Ok(Value::NONE);
    }
    let exit = PyErr::new_empty(&crate::vm::types().generator_exit);
    match crate::interp::generator_resume(&args[0], Value::NONE, Some(exit)) {
        Ok(crate::interp::SendResult::Yielded(_)) => Err(PyErr::runtime_error(format!(
            "{} ignored GeneratorExit",
            crate::interp::generator_kind_name(&args[0])
        ))),
        Ok(crate::interp::SendResult::Returned(_)) => Ok(Value::NONE),
        Err(e)
            if e.matches(&crate::vm::types().generator_exit)
                || e.matches(&crate::vm::types().stop_iteration) =>
        {
            Ok(Value::NONE)
        }
        Err(e) => Err(e),
    }
}

/// `property.__new__`: an empty property (CPython's generic `__new__`); `__init__`
/// sets its functions, so a subclass's own `__init__` decides.
fn property_new(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let cls = super::new_target(args, &crate::vm::types().property)?;
    let empty = PropertyData::new(Value::NONE, Value::NONE, Value::NONE, Value::NONE);
    Ok(crate::objects::subclass::alloc_for(cls, empty))
}

/// `property.__init__(self, fget=None, fset=None, fdel=None, doc=None)`.
fn property_init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::check_init_self(args, &crate::vm::types().property)?;
    let a = Args::new(args, kw);
    let p = prop(&a.pos[0])?;
    let g = |i: usize, n: &str| a.get(i, n).cloned().unwrap_or(Value::NONE);
    let fget = g(1, "fget");
    let doc = match a.get(4, "doc") {
        Some(d) => d.clone(),
        None if !fget.is_none() => {
            ops::getattr_opt(&fget, &StrData::intern_static("__doc__"))?.unwrap_or(Value::NONE)
        }
        None => Value::NONE,
    };
    p.fget.set(fget);
    p.fset.set(g(2, "fset"));
    p.fdel.set(g(3, "fdel"));
    p.doc.set(doc);
    Ok(Value::NONE)
}

fn prop(v: &Value) -> PyResult<&PropertyData> {
    v.downcast::<PropertyData>()
        .ok_or_else(|| PyErr::type_error("descriptor requires a 'property' object"))
}

/// A copy of property `p` with other functions; a subclass is called as
/// `type(p)(fget, fset, fdel, doc)`, as CPython's `property_copy` does.
fn property_copy(p: &Value, fget: Value, fset: Value, fdel: Value) -> PyResult<Value> {
    let old = prop(p)?;
    let ty = crate::objects::typeobj::type_of(p);
    if !crate::objects::typeobj::type_data(ty).builtin {
        return ops::call(ty, &[fget, fset, fdel, old.doc.get()], &[]);
    }
    let copy = PropertyData::new(fget, fset, fdel, old.doc.get());
    copy.name.set(old.name.get());
    Ok(alloc(ty, copy))
}

fn property_getter(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = prop(&args[0])?;
    property_copy(&args[0], args[1].clone(), p.fset.get(), p.fdel.get())
}
fn property_setter(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = prop(&args[0])?;
    property_copy(&args[0], p.fget.get(), args[1].clone(), p.fdel.get())
}
fn property_deleter(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = prop(&args[0])?;
    property_copy(&args[0], p.fget.get(), p.fset.get(), args[1].clone())
}
fn property_get(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() < 2 || args[1].is_none() {
        return Ok(args[0].clone());
    }
    ops::descr_get(
        args[0].clone(),
        Some(&args[1]),
        crate::objects::typeobj::type_of(&args[1]),
    )
}
fn property_set_name(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__set_name__", 3, 3)?;
    prop(&args[0])?.name.set(args[2].clone());
    Ok(Value::NONE)
}

/// The `AttributeError` of a property missing its `what` ("getter", "setter",
/// "deleter"), named when `__set_name__` named it: CPython 3.11's wording.
pub fn property_error(p: &PropertyData, obj: &Value, what: &str) -> PyErr {
    let ty = crate::objects::typeobj::type_name(obj);
    let name = p.name.get();
    match crate::objects::str::as_str(&name) {
        Some(n) => PyErr::attribute_error(format!("property '{n}' of '{ty}' object has no {what}")),
        None => PyErr::attribute_error(format!("property of '{ty}' object has no {what}")),
    }
}

fn property_set(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = prop(&args[0])?;
    ops::call(&p.fset.get(), &args[1..3], &[])?;
    Ok(Value::NONE)
}

/// `__get__(self, obj, type=None)` of functions, classmethod and staticmethod: the
/// binding an attribute access does.
fn descriptor_get(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__get__", 2, 3)?;
    let obj = Some(&args[1]).filter(|o| !o.is_none());
    let owner = match args.get(2).filter(|t| !t.is_none()) {
        Some(t) => t.clone(),
        None => match obj {
            Some(o) => crate::objects::typeobj::type_of(o).clone(),
            None => return Err(PyErr::type_error("__get__(None, None) is invalid")),
        },
    };
    ops::descr_get(args[0].clone(), obj, &owner)
}

/// Attributes of `classmethod` and `staticmethod` objects: the wrapped callable as
/// `__func__`/`__wrapped__`, and its `__name__`, `__qualname__`, `__doc__`,
/// `__module__` (Python 3.10's wrappers copy them).
pub fn wrapper_attr(obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let inner = if let Some(c) = obj.downcast::<ClassMethodData>() {
        c.0.get()
    } else if let Some(s) = obj.downcast::<StaticMethodData>() {
        s.0.get()
    } else {
        return Ok(None);
    };
    match name {
        "__func__" | "__wrapped__" => Ok(Some(inner)),
        "__isabstractmethod__" => Ok(Some(
            ops::getattr_opt(&inner, &StrData::intern_static("__isabstractmethod__"))?
                .unwrap_or(Value::FALSE),
        )),
        "__name__" | "__qualname__" | "__doc__" | "__module__" => {
            ops::getattr_opt(&inner, &StrData::intern(name))
        }
        _ => Ok(None),
    }
}

// classmethod and staticmethod: `__new__` makes the wrapper (CPython's generic
// `__new__`: any arguments), `__init__` sets the callable.
fn classmethod_new(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let cls = super::new_target(args, &crate::vm::types().classmethod)?;
    let f = args.get(1).cloned().unwrap_or(Value::NONE);
    Ok(crate::objects::subclass::alloc_for(
        cls,
        ClassMethodData(Slot::new(f)),
    ))
}

fn classmethod_init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::check_init_self(args, &crate::vm::types().classmethod)?;
    check_one_callable(args, kw, "classmethod")?;
    if let Some(c) = args[0].downcast::<ClassMethodData>() {
        c.0.set(args[1].clone());
    }
    Ok(Value::NONE)
}

fn staticmethod_new(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let cls = super::new_target(args, &crate::vm::types().staticmethod)?;
    let f = args.get(1).cloned().unwrap_or(Value::NONE);
    Ok(crate::objects::subclass::alloc_for(
        cls,
        StaticMethodData(Slot::new(f)),
    ))
}

fn staticmethod_init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::check_init_self(args, &crate::vm::types().staticmethod)?;
    check_one_callable(args, kw, "staticmethod")?;
    if let Some(s) = args[0].downcast::<StaticMethodData>() {
        s.0.set(args[1].clone());
    }
    Ok(Value::NONE)
}

/// The arguments of `classmethod.__init__` / `staticmethod.__init__`: one callable.
fn check_one_callable(args: &[Value], kw: &[Value], name: &str) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() takes no keyword arguments",
            name
        )));
    }
    let n = args.len().saturating_sub(1);
    if n != 1 {
        return Err(PyErr::type_error(format!(
            "{} expected 1 argument, got {}",
            name, n
        )));
    }
    Ok(())
}

/// Computed attributes of functions, methods, code objects and cells.
pub fn function_attr(obj: &Value, name: &str) -> PyResult<Option<Value>> {
    if let Some(f) = obj.downcast::<FunctionData>() {
        return Ok(Some(match name {
            "__name__" => f.name.get(),
            "__qualname__" => f.qualname.get(),
            "__doc__" => f.doc.get(),
            "__defaults__" => f.defaults.get(),
            "__kwdefaults__" => f.kwdefaults.get(),
            "__code__" => f.code.get(),
            "__globals__" => f.globals.clone(),
            "__closure__" => f.closure.clone(),
            "__module__" => f.module.get(),
            "__annotations__" => {
                let a = f.annotations.get();
                if a.is_unbound() {
                    let d = DictData::new_value();
                    f.annotations.set(d.clone());
                    d
                } else {
                    a
                }
            }
            "__dict__" => {
                let d = f.dict.get();
                if d.is_unbound() {
                    let d = DictData::new_value();
                    f.dict.set(d.clone());
                    d
                } else {
                    d
                }
            }
            "__builtins__" => crate::builtins::builtins_dict(),
            _ => return Ok(None),
        }));
    }
    if let Some(m) = obj.downcast::<BoundMethodData>() {
        return match name {
            "__self__" => Ok(Some(m.self_.clone())),
            "__func__" => Ok(Some(m.func.clone())),
            _ => ops::getattr_opt(&m.func, &StrData::intern(name)),
        };
    }
    if let Some(n) = obj.downcast::<NativeFunctionData>() {
        return Ok(Some(match name {
            "__name__" => StrData::intern(n.name),
            "__qualname__" => match n.owner.downcast::<crate::objects::typeobj::TypeData>() {
                Some(td) => new_str(&format!("{}.{}", td.name(), n.name)),
                None => StrData::intern(n.name),
            },
            "__self__" => {
                if n.bound_self.is_unbound() {
                    Value::NONE
                } else {
                    n.bound_self.clone()
                }
            }
            "__doc__" => Value::NONE,
            // A module's function names its module (`_io.open.__module__` is 'io').
            "__module__" if crate::objects::str::as_str(&n.owner).is_some() => n.owner.clone(),
            "__module__" => Value::NONE,
            "__objclass__" if n.owner.kind() == Some(Kind::Type) => n.owner.clone(),
            _ => return Ok(None),
        }));
    }
    if let Some(c) = obj.downcast::<CodeData>() {
        let code = &c.code;
        return Ok(Some(match name {
            "co_name" => c.name.clone(),
            "co_qualname" => c.qualname.clone(),
            "co_filename" => c.filename.clone(),
            "co_firstlineno" => new_int(code.firstlineno as i64),
            "co_argcount" => new_int(code.argcount as i64),
            "co_posonlyargcount" => new_int(code.posonlyargcount as i64),
            "co_kwonlyargcount" => new_int(code.kwonlyargcount as i64),
            "co_flags" => new_int(code.flags as i64),
            "co_varnames" => new_tuple(c.varnames.to_vec()),
            "co_names" => new_tuple(c.names.to_vec()),
            "co_consts" => new_tuple(c.consts.to_vec()),
            "co_cellvars" => new_tuple(code.cellvars.iter().map(|s| new_str(s)).collect()),
            "co_freevars" => new_tuple(code.freevars.iter().map(|s| new_str(s)).collect()),
            "co_nlocals" => new_int(code.varnames.len() as i64),
            _ => return Ok(None),
        }));
    }
    if let Some(c) = obj.downcast::<crate::objects::cell::CellData>() {
        if name == "cell_contents" {
            let v = c.0.get();
            if v.is_unbound() {
                return Err(PyErr::value_error("Cell is empty"));
            }
            return Ok(Some(v));
        }
    }
    Ok(None)
}

/// `func.attr = value` (None deletes).
pub fn function_setattr(f: &FunctionData, name: &Value, value: Option<Value>) -> PyResult<()> {
    let n = as_str(name).unwrap_or("");
    let slot = match n {
        "__name__" | "__qualname__" => {
            let v = value.ok_or_else(|| {
                PyErr::type_error(format!("{} must be set to a string object", n))
            })?;
            if as_str(&v).is_none() {
                return Err(PyErr::type_error(format!(
                    "{} must be set to a string object",
                    n
                )));
            }
            if n == "__name__" {
                &f.name
            } else {
                &f.qualname
            }
            .set(v);
            return Ok(());
        }
        "__code__" => {
            let Some(code) = value.filter(|v| v.kind() == Some(Kind::Code)) else {
                return Err(PyErr::type_error("__code__ must be set to a code object"));
            };
            let cd = code.downcast::<CodeData>().expect("a code object");
            let (have, need) = (f.code().code.freevars.len(), cd.code.freevars.len());
            if have != need {
                return Err(PyErr::value_error(format!(
                    "{}() requires a code object with {} free vars, not {}",
                    as_str(&f.name.get()).unwrap_or("?"),
                    have,
                    need
                )));
            }
            f.replace_code(code);
            return Ok(());
        }
        "__doc__" => &f.doc,
        "__module__" => &f.module,
        "__annotations__" => &f.annotations,
        "__defaults__" => {
            let v = value.unwrap_or(Value::NONE);
            if !v.is_none() && as_tuple(&v).is_none() {
                return Err(PyErr::type_error(
                    "__defaults__ must be set to a tuple object",
                ));
            }
            f.defaults.set(v);
            return Ok(());
        }
        "__kwdefaults__" => &f.kwdefaults,
        "__dict__" => &f.dict,
        _ => {
            let d = f.dict.get();
            let d = if d.is_unbound() {
                let nd = DictData::new_value();
                f.dict.set(nd.clone());
                nd
            } else {
                d
            };
            let dd = d.downcast::<DictData>().expect("dict");
            match value {
                Some(v) => dd.set_str(name, v),
                None => {
                    if dd.remove(name)?.is_none() {
                        return Err(PyErr::attribute_error(format!(
                            "'function' object has no attribute '{}'",
                            n
                        )));
                    }
                }
            }
            return Ok(());
        }
    };
    slot.set(value.unwrap_or(Value::NONE));
    Ok(())
}

/// `gi_running`, `gi_code`, `gi_frame`, `gi_yieldfrom`, `__name__`, `__qualname__` of
/// generators, and the `cr_` names of coroutines (`cr_await`) and `ag_` names of
/// asynchronous generators (`ag_await`, `ag_running`: driven by an awaitable).
pub fn generator_attr(obj: &Value, name: &str) -> Option<Value> {
    let g = obj.downcast::<GeneratorData>()?;
    let prefix = match crate::interp::generator_kind_name(obj) {
        "coroutine" => "cr_",
        "async generator" => "ag_",
        _ => "gi_",
    };
    let field = match name.strip_prefix(prefix) {
        Some(f) => f,
        None if name.starts_with("__") => name,
        None => return None,
    };
    Some(match field {
        "__name__" => g.name.clone(),
        "__qualname__" => g.qualname.clone(),
        "running" if prefix == "ag_" => Value::bool(g.running_async.get()),
        "running" => Value::bool(g.running.get()),
        "code" => g.code.clone(),
        "yieldfrom" if prefix == "gi_" => awaited(g),
        "await" if prefix != "gi_" => awaited(g),
        "frame" => {
            let fr = g.frame.borrow();
            match fr.as_ref() {
                Some(f) => alloc(
                    &crate::vm::types().frame,
                    crate::objects::exception::FrameData::bare(
                        (*f.code).clone(),
                        f.current_line(),
                        (*f.globals).clone(),
                    ),
                ),
                None => Value::NONE,
            }
        }
        _ => return None,
    })
}

/// What a suspended generator is delegating to (`yield from` or `await`), or None.
fn awaited(g: &GeneratorData) -> Value {
    g.frame
        .borrow()
        .as_ref()
        .and_then(|f| crate::interp::delegated_iter(f))
        .unwrap_or(Value::NONE)
}
