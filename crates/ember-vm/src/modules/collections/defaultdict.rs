//! `collections.defaultdict`: a dict subclass made as CPython's is (its instances are
//! dicts to every native path, `__missing__` calls the default factory). The factory
//! lives in the instance dict as `default_factory`, so `d.default_factory` reads and
//! assigns it like CPython's member; unlike CPython, `vars(d)` shows it.

use crate::error::{PyErr, PyResult};
use crate::objects::dict::DictData;
use crate::objects::str::{new_string, StrData};
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::{is_instance, type_data, type_name, type_of};
use crate::ops;
use crate::value::Value;
use crate::vm::types;
use std::cell::RefCell;

thread_local! {
    static DEFAULTDICT: RefCell<Option<Value>> = const { RefCell::new(None) };
}

fn defaultdict_type() -> Value {
    DEFAULTDICT.with(|t| t.borrow().clone().expect("made with the module"))
}

/// The `defaultdict` class (a subclass of dict, as if written in Python).
pub(super) fn make_type() -> Value {
    let ty =
        super::super::native_types::new_heap_class("collections", "defaultdict", &types().dict);
    let m = crate::types::add_method;
    m(&ty, "__init__", init);
    m(&ty, "__missing__", missing);
    m(&ty, "__repr__", repr);
    m(&ty, "copy", copy);
    m(&ty, "__copy__", copy);
    m(&ty, "__reduce__", reduce);
    m(&ty, "__or__", or);
    m(&ty, "__ror__", ror);
    DEFAULTDICT.with(|t| *t.borrow_mut() = Some(ty.clone()));
    ty
}

fn check_self(v: &Value, method: &str) -> PyResult<()> {
    if is_instance(v, &defaultdict_type()) {
        return Ok(());
    }
    Err(PyErr::type_error(format!(
        "descriptor '{}' for 'collections.defaultdict' objects doesn't apply to a '{}' object",
        method,
        type_name(v)
    )))
}

fn factory(d: &Value) -> Value {
    crate::objects::subclass::get_attr(d, &StrData::intern_static("default_factory"))
        .unwrap_or(Value::NONE)
}

fn set_factory(d: &Value, f: Value) -> PyResult<()> {
    ops::setattr(d, &StrData::intern_static("default_factory"), f)
}

fn init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_self(&args[0], "__init__")?;
    let npos = args.len() - kw.len();
    let mut f = Value::NONE;
    let mut rest: Vec<Value> = vec![args[0].clone()];
    if npos > 1 {
        f = args[1].clone();
        if !f.is_none() && !ops::callable(&f) {
            return Err(PyErr::type_error("first argument must be callable or None"));
        }
        rest.extend_from_slice(&args[2..]);
    } else {
        rest.extend_from_slice(&args[1..]);
    }
    set_factory(&args[0], f)?;
    let dict_init = type_data(&types().dict)
        .lookup(&StrData::intern_static("__init__"))
        .expect("dict.__init__");
    ops::call(&dict_init, &rest, kw)
}

fn missing(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_self(&args[0], "__missing__")?;
    crate::types::args::Args::new(args, kw).arity("__missing__", 2, 2)?;
    let f = factory(&args[0]);
    if f.is_none() {
        return Err(PyErr::key_error(args[1].clone()));
    }
    let value = ops::call(&f, &[], &[])?;
    ops::setitem(&args[0], &args[1], value.clone())?;
    Ok(value)
}

fn repr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_self(&args[0], "__repr__")?;
    let d = &args[0];
    let f = factory(d);
    // The factory is guarded, the dict by its own repr (CPython's `defdict_repr`).
    let frepr = if f.is_none() {
        "None".to_string()
    } else {
        ops::guarded(&f, "...", || ops::repr(&f))?
    };
    let body = ops::builtin_repr_value(d)?;
    Ok(new_string(format!(
        "{}({}, {})",
        super::short_type_name(d),
        frepr,
        crate::objects::str::as_str(&body).unwrap_or("")
    )))
}

/// `type(d)(d.default_factory, source)`.
fn new_like(d: &Value, source: &Value) -> PyResult<Value> {
    ops::call(type_of(d), &[factory(d), source.clone()], &[])
}

fn copy(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_self(&args[0], "copy")?;
    new_like(&args[0], &args[0])
}

fn reduce(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_self(&args[0], "__reduce__")?;
    let f = factory(&args[0]);
    let ctor_args = if f.is_none() {
        new_tuple(vec![])
    } else {
        new_tuple(vec![f])
    };
    let items = ops::call_method(&args[0], "items", &[])?;
    Ok(new_tuple(vec![
        type_of(&args[0]).clone(),
        ctor_args,
        Value::NONE,
        Value::NONE,
        ops::get_iter(&items)?,
    ]))
}

/// CPython's `defdict_or`: the defaultdict operand gives the type and factory.
fn merge(left: &Value, right: &Value) -> PyResult<Value> {
    let dd = defaultdict_type();
    let (this, other) = if is_instance(left, &dd) {
        (left, right)
    } else {
        (right, left)
    };
    if other.downcast::<DictData>().is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let new = new_like(this, left)?;
    ops::call_method(&new, "update", std::slice::from_ref(right))?;
    Ok(new)
}

fn or(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::types::args::Args::new(args, kw).arity("__or__", 2, 2)?;
    merge(&args[0], &args[1])
}

fn ror(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::types::args::Args::new(args, kw).arity("__ror__", 2, 2)?;
    merge(&args[1], &args[0])
}
