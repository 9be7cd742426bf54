//! Calling objects: Python functions (through the interpreter), native functions, bound
//! methods, types (construction) and instances with `__call__`.

use crate::error::{PyErr, PyResult};
use crate::object::Kind;
use crate::objects::descr::StaticMethodData;
use crate::objects::function::BoundMethodData;
use crate::objects::native::{Binding, NativeFunctionData};
use crate::objects::typeobj::{type_data, type_name, type_of};
use crate::value::Value;

/// `func(*args)` where the last `kwnames.len()` arguments are passed by keyword.
pub fn call(func: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    crate::interp::check_stack()?;
    match func.kind() {
        Some(Kind::Function) => crate::interp::call_function(func, args, kwnames),
        Some(Kind::NativeFunction) => {
            let f = func.downcast::<NativeFunctionData>().expect("k");
            if f.bound_self.is_unbound() {
                if f.binding == Binding::Method && args.is_empty() {
                    let owner = f
                        .owner
                        .downcast::<crate::objects::typeobj::TypeData>()
                        .map_or("object".to_string(), |t| t.name().to_string());
                    return Err(PyErr::type_error(format!(
                        "descriptor '{}' of '{}' object needs an argument",
                        f.name, owner
                    )));
                }
                (f.func)(args, kwnames)
            } else {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(f.bound_self.clone());
                full.extend_from_slice(args);
                (f.func)(&full, kwnames)
            }
        }
        Some(Kind::BoundMethod) => {
            let m = func.downcast::<BoundMethodData>().expect("k");
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(m.self_.clone());
            full.extend_from_slice(args);
            call(&m.func, &full, kwnames)
        }
        Some(Kind::Type) => crate::types::typeobj::type_call(func, args, kwnames),
        Some(Kind::StaticMethod) => {
            let inner = func.downcast::<StaticMethodData>().expect("k").0.get();
            call(&inner, args, kwnames)
        }
        _ => {
            if let Some(c) = super::lookup_special(func, "__call__") {
                return call_method_kw(&c, func, args, kwnames);
            }
            Err(PyErr::type_error(format!(
                "'{}' object is not callable",
                type_name(func)
            )))
        }
    }
}

/// Calls a method found on `type(self_)` with `self_` first, binding as the descriptor
/// protocol would but without allocating a bound method for plain functions.
pub fn call_method_value(m: &Value, self_: &Value, args: &[Value]) -> PyResult<Value> {
    call_method_kw(m, self_, args, &[])
}

/// `call_method_value` with keyword names for the trailing arguments.
pub fn call_method_kw(
    m: &Value,
    self_: &Value,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let plain = match m.kind() {
        Some(Kind::Function) => true,
        Some(Kind::NativeFunction) => {
            let f = m.downcast::<NativeFunctionData>().expect("k");
            f.binding == Binding::Method && f.bound_self.is_unbound()
        }
        _ => false,
    };
    if plain {
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(self_.clone());
        full.extend_from_slice(args);
        return call(m, &full, kwnames);
    }
    let bound = super::descr_get(m.clone(), Some(self_), type_of(self_))?;
    call(&bound, args, kwnames)
}

/// Calls `obj.name(*args)`.
pub fn call_method(obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let n = crate::objects::str::StrData::intern(name);
    match super::load_method(obj, &n)? {
        super::Method::Unbound(f) => {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(obj.clone());
            full.extend_from_slice(args);
            call(&f, &full, &[])
        }
        super::Method::Attr(f) => call(&f, args, &[]),
    }
}

/// True when `v` can be called.
pub fn callable(v: &Value) -> bool {
    match v.kind() {
        Some(
            Kind::Function
            | Kind::NativeFunction
            | Kind::BoundMethod
            | Kind::Type
            | Kind::StaticMethod,
        ) => true,
        _ => type_data(type_of(v))
            .lookup(&crate::objects::str::StrData::intern_static("__call__"))
            .is_some(),
    }
}
