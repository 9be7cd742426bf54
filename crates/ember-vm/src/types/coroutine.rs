//! The `coroutine` type's methods (resumption is the generators': see
//! `interp::generator_resume`) and `coroutine_wrapper`, the iterator `__await__` returns.

use super::function::{generator_close, generator_next, generator_send, generator_throw};
use crate::error::{PyErr, PyResult};
use crate::objects::instance::{new_instance, InstanceData};
use crate::value::Value;
use crate::vm::BuiltinTypes;

pub fn install(t: &BuiltinTypes) {
    super::add_method(&t.coroutine, "send", generator_send);
    super::add_method(&t.coroutine, "throw", generator_throw);
    super::add_method(&t.coroutine, "close", generator_close);
    super::add_method(&t.coroutine, "__await__", coroutine_await);
    let w = &t.coroutine_wrapper;
    super::add_method(w, "__iter__", wrapper_iter);
    super::add_method(w, "__next__", |a, k| generator_next(&wrapped_args(a)?, k));
    super::add_method(w, "send", |a, k| generator_send(&wrapped_args(a)?, k));
    super::add_method(w, "throw", |a, k| generator_throw(&wrapped_args(a)?, k));
    super::add_method(w, "close", |a, k| generator_close(&wrapped_args(a)?, k));
}

/// `coroutine.__await__()`: an iterator over the coroutine's steps.
fn coroutine_await(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let w = new_instance(&crate::vm::types().coroutine_wrapper);
    if let Some(inst) = w.downcast::<InstanceData>() {
        inst.builtin_value.set(args[0].clone());
    }
    Ok(w)
}

fn wrapper_iter(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(args[0].clone())
}

/// The arguments of a wrapper method with the wrapper replaced by its coroutine.
fn wrapped_args(args: &[Value]) -> PyResult<Vec<Value>> {
    let coro = args
        .first()
        .and_then(|w| w.downcast::<InstanceData>())
        .map(|i| i.builtin_value.get())
        .filter(|c| !c.is_unbound())
        .ok_or_else(|| PyErr::type_error("descriptor requires a 'coroutine_wrapper' object"))?;
    let mut out = Vec::with_capacity(args.len());
    out.push(coro);
    out.extend_from_slice(&args[1..]);
    Ok(out)
}
