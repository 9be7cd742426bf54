//! How copy and pickle take objects apart: `object.__reduce_ex__`, `object.__reduce__`,
//! `object.__getstate__` (their logic is Python, `modules/py/_ember_reduce.py`), the
//! tuple's `__getnewargs__`, and `BaseException.__reduce__`.

use crate::error::{PyErr, PyResult};
use crate::objects::module::ModuleData;
use crate::objects::str::StrData;
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::objects::typeobj::type_of;
use crate::ops;
use crate::types::args::Args;
use crate::value::Value;
use crate::vm::BuiltinTypes;
use std::cell::RefCell;

pub fn install(t: &BuiltinTypes) {
    super::add_method(&t.object, "__reduce_ex__", object_reduce_ex);
    super::add_method(&t.object, "__reduce__", object_reduce);
    super::add_method(&t.object, "__getstate__", object_getstate);
    super::add_method(&t.base_exception, "__reduce__", exception_reduce);
    super::add_method(&t.tuple, "__getnewargs__", tuple_getnewargs);
}

thread_local! {
    static MODULE: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// A function of `_ember_reduce.py`, whose module is made on first use.
fn function(name: &'static str) -> Value {
    use crate::modules::frozen;
    let m = frozen::cached(&MODULE, || {
        let m = frozen::create(
            "_ember_reduce",
            include_str!("../modules/py/_ember_reduce.py"),
            &[("_plain_layout", plain_layout)],
        );
        let od = crate::objects::typeobj::type_data(&crate::vm::types().object).dict();
        let md = m.downcast::<ModuleData>().expect("module").dict();
        for (key, name) in [
            ("_object_reduce", "__reduce__"),
            ("_object_getstate", "__getstate__"),
        ] {
            let f = od
                .get_str(&StrData::intern_static(name))
                .expect("installed");
            md.set_str(&StrData::intern_static(key), f);
        }
        m
    });
    frozen::function(&m, name)
}

fn object_reduce_ex(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("__reduce_ex__", 2, 2)?;
    ops::call(
        &function("reduce_ex"),
        &[args[0].clone(), args[1].clone()],
        &[],
    )
}

fn object_reduce(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__reduce__", 1, 1)?;
    ops::call(&function("reduce"), &[args[0].clone()], &[])
}

fn object_getstate(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__getstate__", 1, 1)?;
    ops::call(&function("getstate"), &[args[0].clone()], &[])
}

/// Whether `obj` is an instance of a Python class (its state is its dict and slots), as
/// opposed to a built-in object with hidden state that cannot be rebuilt from them.
fn plain_layout(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let obj = &args[0];
    Ok(Value::bool(
        obj.kind() == Some(crate::object::Kind::Instance)
            || crate::objects::subclass::has_subclass_flag(obj),
    ))
}

/// `tuple.__getnewargs__()`: the items as an exact tuple, which `__new__` rebuilds a
/// subclass instance from.
fn tuple_getnewargs(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__getnewargs__", 1, 1)?;
    let items = as_tuple(&args[0]).ok_or_else(|| {
        PyErr::type_error("descriptor '__getnewargs__' requires a 'tuple' object")
    })?;
    Ok(new_tuple(vec![new_tuple(items.to_vec())]))
}

/// `BaseException.__reduce__()`: `(type(self), self.args)`, plus the instance dict when
/// it has attributes.
fn exception_reduce(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__reduce__", 1, 1)?;
    let e = &args[0];
    let exc_args = ops::getattr(e, &StrData::intern_static("args"))?;
    let mut items = vec![type_of(e).clone(), exc_args];
    if let Some(inst) = e.downcast::<crate::objects::instance::InstanceData>() {
        if !inst.attr_names().is_empty() {
            items.push(inst.dict());
        }
    }
    Ok(new_tuple(items))
}
