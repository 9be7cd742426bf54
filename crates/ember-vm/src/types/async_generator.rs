//! Asynchronous generators: the `async_generator` type's methods, the awaitables its
//! `asend()`/`__anext__()` (`async_generator_asend`) and `athrow()`/`aclose()`
//! (`async_generator_athrow`) return, and `anext()`'s `anext_awaitable` with a default.
//!
//! An asynchronous generator is a `GeneratorData` whose frame suspends two ways: at a
//! `yield` of its own (a plain `Yield`), which ends the awaitable's step with
//! `StopIteration(value)`, and inside an `await` (a `delegating` `Yield` after the await
//! loop's `Send`), whose value passes through to whoever drives the awaitable. The
//! frame's last instruction tells them apart, as CPython's wrapped values do. The state
//! machines are CPython 3.11's (`Objects/genobject.c`), message for message.

use super::args::Args;
use super::function::throw_exception;
use crate::error::{PyErr, PyResult};
use crate::interp::{delegated_iter, generator_resume, SendResult};
use crate::object::alloc;
use crate::objects::generator::{AsyncGenAwaitableData, AsyncGenOp, AwaitableState, GeneratorData};
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::type_name;
use crate::ops;
use crate::slot::Slot;
use crate::value::Value;
use crate::vm::{types, BuiltinTypes};
use std::cell::Cell;

pub fn install(t: &BuiltinTypes) {
    let ag = &t.async_generator;
    super::add_method(ag, "__aiter__", |a, _| Ok(a[0].clone()));
    super::add_method(ag, "__anext__", |a, k| {
        Args::new(a, k).arity("__anext__", 1, 1)?;
        Ok(new_awaitable(&a[0], AsyncGenOp::Asend, Value::NONE))
    });
    super::add_method(ag, "asend", |a, k| {
        Args::new(a, k).arity("asend", 2, 2)?;
        Ok(new_awaitable(&a[0], AsyncGenOp::Asend, a[1].clone()))
    });
    super::add_method(ag, "athrow", |a, k| {
        Args::new(a, k).arity("athrow", 2, 4)?;
        Ok(new_awaitable(
            &a[0],
            AsyncGenOp::Athrow,
            new_tuple(a[1..].to_vec()),
        ))
    });
    super::add_method(ag, "aclose", |a, k| {
        Args::new(a, k).arity("aclose", 1, 1)?;
        Ok(new_awaitable(&a[0], AsyncGenOp::Aclose, Value::NONE))
    });
    for ty in [
        &t.async_generator_asend,
        &t.async_generator_athrow,
        &t.anext_awaitable,
    ] {
        super::add_method(ty, "send", |a, k| {
            Args::new(a, k).arity("send", 2, 2)?;
            awaitable_send(&a[0], a[1].clone())
        });
        super::add_method(ty, "__next__", |a, _| awaitable_send(&a[0], Value::NONE));
        super::add_method(ty, "throw", |a, k| {
            Args::new(a, k).arity("throw", 2, 4)?;
            awaitable_throw(&a[0], &a[1..])
        });
        super::add_method(ty, "close", |a, _| awaitable_close(&a[0]));
        super::add_method(ty, "__await__", |a, _| Ok(a[0].clone()));
        super::add_method(ty, "__iter__", |a, _| Ok(a[0].clone()));
    }
}

fn new_awaitable(gen: &Value, op: AsyncGenOp, arg: Value) -> Value {
    let ty = match op {
        AsyncGenOp::Asend => &types().async_generator_asend,
        AsyncGenOp::Athrow | AsyncGenOp::Aclose => &types().async_generator_athrow,
        AsyncGenOp::AnextDefault => &types().anext_awaitable,
    };
    alloc(
        ty,
        AsyncGenAwaitableData {
            gen: Slot::new(gen.clone()),
            op,
            arg,
            state: Cell::new(AwaitableState::Init),
        },
    )
}

/// How one resumption of an asynchronous generator suspended.
enum Step {
    /// At a `yield` of its own: the awaitable's step is over.
    Yielded(Value),
    /// Inside an `await`: the value goes through to the driver.
    Awaiting(Value),
}

/// Resumes `gen` with `value` or `throw` (CPython's `gen_send`/`_gen_throw`): returning
/// is StopAsyncIteration; sending into a finished one returns (so StopAsyncIteration).
fn resume(gen: &Value, value: Value, throw: Option<PyErr>) -> PyResult<Step> {
    let gd = gen.downcast::<GeneratorData>().expect("an async generator");
    if gd.frame.borrow().is_none() {
        return Err(throw.unwrap_or_else(stop_async_iteration));
    }
    match generator_resume(gen, value, throw)? {
        SendResult::Returned(_) => Err(stop_async_iteration()),
        SendResult::Yielded(v) => {
            let awaiting = gd
                .frame
                .borrow()
                .as_ref()
                .is_some_and(|f| delegated_iter(f).is_some());
            Ok(if awaiting {
                Step::Awaiting(v)
            } else {
                Step::Yielded(v)
            })
        }
    }
}

fn stop_async_iteration() -> PyErr {
    PyErr::new_empty(&types().stop_async_iteration)
}

/// CPython's `async_gen_unwrap`: a `yield` of the generator ends the step with
/// StopIteration(value); StopAsyncIteration or GeneratorExit closes the generator.
fn unwrap(gd: &GeneratorData, r: PyResult<Step>) -> PyResult<Value> {
    match r {
        Ok(Step::Awaiting(v)) => Ok(v),
        Ok(Step::Yielded(v)) => {
            gd.running_async.set(false);
            Err(PyErr::stop_iteration(Some(v)))
        }
        Err(e) => {
            let t = types();
            if e.matches(&t.stop_async_iteration) || e.matches(&t.generator_exit) {
                gd.closed.set(true);
            }
            gd.running_async.set(false);
            Err(e)
        }
    }
}

fn data(aw: &Value) -> PyResult<&AsyncGenAwaitableData> {
    aw.downcast::<AsyncGenAwaitableData>().ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor requires an awaitable of an async generator, not '{}'",
            type_name(aw)
        ))
    })
}

pub(crate) fn awaitable_send(aw: &Value, arg: Value) -> PyResult<Value> {
    let d = data(aw)?;
    match d.op {
        AsyncGenOp::Asend => asend_send(d, arg),
        AsyncGenOp::Athrow | AsyncGenOp::Aclose => athrow_send(d, arg),
        AsyncGenOp::AnextDefault => anext_proxy(d, "send", &[arg]),
    }
}

fn awaitable_throw(aw: &Value, args: &[Value]) -> PyResult<Value> {
    let d = data(aw)?;
    match d.op {
        AsyncGenOp::Asend => {
            if d.state.get() == AwaitableState::Closed {
                return Err(PyErr::runtime_error(ASEND_REUSED));
            }
            let gen = d.gen.get();
            let gd = gen_data(&gen);
            let r = throw_exception(args).and_then(|e| resume(&gen, Value::NONE, Some(e)));
            let r = unwrap(gd, r);
            if r.is_err() {
                d.state.set(AwaitableState::Closed);
            }
            r
        }
        AsyncGenOp::Athrow | AsyncGenOp::Aclose => athrow_throw(d, args),
        AsyncGenOp::AnextDefault => anext_proxy(d, "throw", args),
    }
}

fn awaitable_close(aw: &Value) -> PyResult<Value> {
    let d = data(aw)?;
    if d.op == AsyncGenOp::AnextDefault {
        return anext_proxy(d, "close", &[]);
    }
    d.state.set(AwaitableState::Closed);
    Ok(Value::NONE)
}

fn gen_data(gen: &Value) -> &GeneratorData {
    gen.downcast::<GeneratorData>().expect("an async generator")
}

const ASEND_REUSED: &str = "cannot reuse already awaited __anext__()/asend()";
const ATHROW_REUSED: &str = "cannot reuse already awaited aclose()/athrow()";
const IGNORED_EXIT: &str = "async generator ignored GeneratorExit";

fn asend_send(d: &AsyncGenAwaitableData, arg: Value) -> PyResult<Value> {
    let gen = d.gen.get();
    let gd = gen_data(&gen);
    let mut arg = arg;
    match d.state.get() {
        AwaitableState::Closed => return Err(PyErr::runtime_error(ASEND_REUSED)),
        AwaitableState::Init => {
            if gd.running_async.get() {
                return Err(PyErr::runtime_error(
                    "anext(): asynchronous generator is already running",
                ));
            }
            if arg.is_none() {
                arg = d.arg.clone();
            }
            d.state.set(AwaitableState::Iter);
        }
        AwaitableState::Iter => {}
    }
    gd.running_async.set(true);
    let r = unwrap(gd, resume(&gen, arg, None));
    if r.is_err() {
        d.state.set(AwaitableState::Closed);
    }
    r
}

/// The exception `athrow(...)` throws in, from its saved arguments.
fn athrow_exception(d: &AsyncGenAwaitableData) -> PyResult<PyErr> {
    let args = crate::objects::tuple::as_tuple(&d.arg).unwrap_or(&[]);
    throw_exception(args)
}

fn athrow_send(d: &AsyncGenAwaitableData, arg: Value) -> PyResult<Value> {
    let gen = d.gen.get();
    let gd = gen_data(&gen);
    let aclose = d.op == AsyncGenOp::Aclose;
    if d.state.get() == AwaitableState::Closed {
        return Err(PyErr::runtime_error(ATHROW_REUSED));
    }
    if gd.frame.borrow().is_none() {
        d.state.set(AwaitableState::Closed);
        return Err(PyErr::stop_iteration(None));
    }
    let r = if d.state.get() == AwaitableState::Init {
        if gd.running_async.get() {
            d.state.set(AwaitableState::Closed);
            return Err(PyErr::runtime_error(if aclose {
                "aclose(): asynchronous generator is already running"
            } else {
                "athrow(): asynchronous generator is already running"
            }));
        }
        if gd.closed.get() {
            d.state.set(AwaitableState::Closed);
            return Err(stop_async_iteration());
        }
        if !arg.is_none() {
            return Err(PyErr::runtime_error(
                "can't send non-None value to a just-started coroutine",
            ));
        }
        d.state.set(AwaitableState::Iter);
        gd.running_async.set(true);
        if aclose {
            gd.closed.set(true);
            let exit = PyErr::new_empty(&types().generator_exit);
            aclose_result(d, gd, resume(&gen, Value::NONE, Some(exit)))
        } else {
            let r = athrow_exception(d).and_then(|e| resume(&gen, Value::NONE, Some(e)));
            unwrap(gd, r)
        }
    } else if aclose {
        aclose_result(d, gd, resume(&gen, arg, None))
    } else {
        return unwrap(gd, resume(&gen, arg, None));
    };
    r.map_err(|e| check_error(d, gd, e))
}

/// `aclose()`: a `yield` of the generator means it ignored GeneratorExit; an `await`
/// goes through.
fn aclose_result(
    d: &AsyncGenAwaitableData,
    gd: &GeneratorData,
    r: PyResult<Step>,
) -> PyResult<Value> {
    match r? {
        Step::Awaiting(v) => Ok(v),
        Step::Yielded(_) => {
            gd.running_async.set(false);
            d.state.set(AwaitableState::Closed);
            Err(PyErr::runtime_error(IGNORED_EXIT))
        }
    }
}

/// The end of an `athrow()`/`aclose()` step by an exception; `aclose()` turns the
/// generator's StopAsyncIteration or GeneratorExit into StopIteration (done).
fn check_error(d: &AsyncGenAwaitableData, gd: &GeneratorData, e: PyErr) -> PyErr {
    if d.state.get() == AwaitableState::Closed && e.matches(&types().runtime_error) {
        return e;
    }
    gd.running_async.set(false);
    d.state.set(AwaitableState::Closed);
    let t = types();
    if d.op == AsyncGenOp::Aclose
        && (e.matches(&t.stop_async_iteration) || e.matches(&t.generator_exit))
    {
        return PyErr::stop_iteration(None);
    }
    e
}

fn athrow_throw(d: &AsyncGenAwaitableData, args: &[Value]) -> PyResult<Value> {
    if d.state.get() == AwaitableState::Closed {
        return Err(PyErr::runtime_error(ATHROW_REUSED));
    }
    let gen = d.gen.get();
    let gd = gen_data(&gen);
    let r = throw_exception(args).and_then(|e| resume(&gen, Value::NONE, Some(e)));
    if d.op == AsyncGenOp::Athrow {
        return unwrap(gd, r);
    }
    match r {
        Ok(Step::Awaiting(v)) => Ok(v),
        Ok(Step::Yielded(_)) => {
            gd.running_async.set(false);
            d.state.set(AwaitableState::Closed);
            Err(PyErr::runtime_error(IGNORED_EXIT))
        }
        Err(e) => {
            let t = types();
            if e.matches(&t.stop_async_iteration) || e.matches(&t.generator_exit) {
                Err(PyErr::stop_iteration(None))
            } else {
                Err(e)
            }
        }
    }
}

/// `anext(it)`: `it.__anext__()`; with a default, an awaitable that turns the end of
/// the iteration (StopAsyncIteration) into that default.
pub fn builtin_anext(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.no_kwargs("anext")?;
    a.arity("anext", 1, 2)?;
    let it = &args[0];
    let Some(f) = ops::lookup_special(it, "__anext__") else {
        return Err(PyErr::type_error(format!(
            "'{}' object is not an async iterator",
            type_name(it)
        )));
    };
    let awaitable = ops::call_method_value(&f, it, &[])?;
    match args.get(1) {
        None => Ok(awaitable),
        Some(default) => Ok(new_awaitable(
            &awaitable,
            AsyncGenOp::AnextDefault,
            default.clone(),
        )),
    }
}

/// `aiter(x)`: `x.__aiter__()`, which must be an asynchronous iterator.
pub fn builtin_aiter(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.no_kwargs("aiter")?;
    a.arity("aiter", 1, 1)?;
    let Some(f) = ops::lookup_special(&args[0], "__aiter__") else {
        return Err(PyErr::type_error(format!(
            "'{}' object is not an async iterable",
            type_name(&args[0])
        )));
    };
    let it = ops::call_method_value(&f, &args[0], &[])?;
    if ops::lookup_special(&it, "__anext__").is_none() {
        return Err(PyErr::type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            type_name(&it)
        )));
    }
    Ok(it)
}

/// A step of `anext(it, default)`'s awaitable: the `__anext__()` awaitable's iterator
/// (found on first use, as `await` would) does `method`; StopAsyncIteration becomes
/// StopIteration(default).
fn anext_proxy(d: &AsyncGenAwaitableData, method: &str, args: &[Value]) -> PyResult<Value> {
    let mut it = d.gen.get();
    if d.state.get() == AwaitableState::Init {
        it = crate::interp::coroutine::get_awaitable(&it)?;
        d.gen.set(it.clone());
        d.state.set(AwaitableState::Iter);
    }
    let r = if method == "send" && args[0].is_none() {
        match crate::interp::send_into(&it, Value::NONE) {
            Ok(SendResult::Yielded(v)) => Ok(v),
            Ok(SendResult::Returned(v)) => Err(PyErr::stop_iteration(Some(v))),
            Err(e) => Err(e),
        }
    } else {
        ops::call_method(&it, method, args)
    };
    r.map_err(|e| {
        if e.matches(&types().stop_async_iteration) {
            PyErr::stop_iteration(Some(d.arg.clone()))
        } else {
            e
        }
    })
}
