//! Coroutines: what `await`, `async with` and `async for` do with their operands, the
//! coroutine objects' counters (`ember.stats()`), and the "never awaited" warning.
//!
//! A coroutine object is a `GeneratorData` of type `coroutine`; it resumes through the
//! generator machinery (`generator_resume`), with the coroutine wording of its errors.

use crate::error::{PyErr, PyResult};
use crate::interp::frame::Frame;
use crate::object::{alloc, Kind};
use crate::objects::function::FunctionData;
use crate::objects::generator::GeneratorData;
use crate::objects::typeobj::{type_name, type_of};
use crate::ops;
use crate::value::Value;
use crate::vm::types;
use ember_bytecode::Instr;
use std::cell::Cell;

thread_local! {
    /// Coroutine objects created (each `async def` call that was not run eagerly).
    static CREATED: Cell<u64> = const { Cell::new(0) };
    /// `async def` calls run eagerly to completion, with no coroutine object.
    static EAGER_COMPLETED: Cell<u64> = const { Cell::new(0) };
    /// Eager calls that suspended and had to become coroutine objects.
    static EAGER_SUSPENDED: Cell<u64> = const { Cell::new(0) };
}

/// Counts a coroutine object made.
pub fn count_created() {
    CREATED.with(|c| c.set(c.get() + 1));
}

/// Counts an eager call that completed without a coroutine object.
pub fn count_eager_completed() {
    EAGER_COMPLETED.with(|c| c.set(c.get() + 1));
}

/// Counts an eager call that suspended.
pub fn count_eager_suspended() {
    EAGER_SUSPENDED.with(|c| c.set(c.get() + 1));
}

/// The counters, by name, for `ember.stats()`.
pub fn stats() -> Vec<(&'static str, u64)> {
    vec![
        ("coroutines_created", CREATED.with(Cell::get)),
        ("eager_completed", EAGER_COMPLETED.with(Cell::get)),
        ("eager_suspended", EAGER_SUSPENDED.with(Cell::get)),
    ]
}

/// Whether `v` is a coroutine object.
pub fn is_coroutine(v: &Value) -> bool {
    v.kind() == Some(Kind::Generator) && type_of(v).is(&types().coroutine)
}

/// Whether `v` is an asynchronous generator object.
pub fn is_async_generator(v: &Value) -> bool {
    v.kind() == Some(Kind::Generator) && type_of(v).is(&types().async_generator)
}

/// Whether `v` is a generator whose code has `CO_ITERABLE_COROUTINE` (made by
/// `types.coroutine`): it can be awaited as it is.
pub fn is_iterable_coroutine(v: &Value) -> bool {
    v.kind() == Some(Kind::Generator)
        && type_of(v).is(&types().generator)
        && v.downcast::<GeneratorData>().is_some_and(|g| {
            g.code
                .downcast::<crate::objects::code::CodeData>()
                .is_some_and(|c| c.code.has_flag(ember_bytecode::flags::ITERABLE_COROUTINE))
        })
}

/// `GetAwaitable`: the iterator an `await` drives.
pub fn get_awaitable(v: &Value) -> PyResult<Value> {
    if is_coroutine(v) {
        let g = v.downcast::<GeneratorData>().expect("a coroutine");
        if g.frame.borrow().is_none() {
            return Err(PyErr::runtime_error(
                "cannot reuse already awaited coroutine",
            ));
        }
        return Ok(v.clone());
    }
    if is_iterable_coroutine(v) {
        return Ok(v.clone());
    }
    let Some(aw) = ops::lookup_special(v, "__await__") else {
        return Err(PyErr::type_error(format!(
            "object {} can't be used in 'await' expression",
            type_name(v)
        )));
    };
    let it = ops::call_method_value(&aw, v, &[])?;
    if is_coroutine(&it) {
        return Err(PyErr::type_error("__await__() returned a coroutine"));
    }
    if !ops::is_iterator(&it) {
        return Err(PyErr::type_error(format!(
            "__await__() returned non-iterator of type '{}'",
            type_name(&it)
        )));
    }
    Ok(it)
}

/// `BeforeAsyncWith`: the bound `__aexit__` and the awaitable `__aenter__()` returned.
pub fn before_async_with(mgr: &Value) -> PyResult<(Value, Value)> {
    crate::interp::eval::context_manager(mgr, "__aenter__", "__aexit__", "asynchronous ")
}

/// `GetAIter`: `v.__aiter__()`, checked to have `__anext__`.
pub fn get_aiter(v: &Value) -> PyResult<Value> {
    let Some(f) = ops::lookup_special(v, "__aiter__") else {
        return Err(PyErr::type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            type_name(v)
        )));
    };
    let it = ops::call_method_value(&f, v, &[])?;
    if ops::lookup_special(&it, "__anext__").is_none() {
        return Err(PyErr::type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            type_name(&it)
        )));
    }
    Ok(it)
}

/// `GetANext`: the awaitable `it.__anext__()` returns.
pub fn get_anext(it: &Value) -> PyResult<Value> {
    let Some(f) = ops::lookup_special(it, "__anext__") else {
        return Err(PyErr::type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            type_name(it)
        )));
    };
    let aw = ops::call_method_value(&f, it, &[])?;
    get_awaitable(&aw).map_err(|e| {
        if e.matches(&types().type_error) {
            PyErr::type_error(format!(
                "'async for' received an invalid object from __anext__: {}",
                type_name(&aw)
            ))
        } else {
            e
        }
    })
}

/// Reports a coroutine object freed without ever running, as CPython's warning does
/// (the location is the code running when it was freed).
pub fn warn_never_awaited(qualname: &str) {
    let (file, line) = match crate::interp::current_frame() {
        Some(f) => {
            let code = f.code();
            let file = crate::objects::str::as_str(&code.filename)
                .unwrap_or("?")
                .to_string();
            (file, f.current_line())
        }
        None => ("sys".to_string(), 1),
    };
    let source = std::fs::read_to_string(&file).ok().and_then(|s| {
        s.lines()
            .nth(line.saturating_sub(1) as usize)
            .map(|l| l.trim().to_string())
    });
    let mut text =
        format!("{file}:{line}: RuntimeWarning: coroutine '{qualname}' was never awaited\n");
    if let Some(s) = source {
        text.push_str(&format!("  {s}\n"));
    }
    text.push_str("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
    crate::modules::stdio::flush_stdout();
    crate::modules::stdio::write_fd(2, &text);
}

/// Turns the eagerly run coroutine frames above the entry frame of `frames` into
/// coroutine objects, because the top one suspended. Each caller is left exactly as if
/// it had created the coroutine and suspended in its await loop: the coroutine in the
/// loop's iterator register, execution to resume at the loop's jump back to `Send`, the
/// sent value to land in the loop's value register.
pub fn suspend_eager_frames(frames: &mut Vec<Frame>, ts: &crate::vm::ThreadState) {
    while frames.len() > 1 {
        let mut frame = frames.pop().expect("more than one frame");
        let send_at = std::mem::replace(&mut frame.eager_send, u32::MAX);
        debug_assert!(
            send_at != u32::MAX,
            "only eager coroutine frames sit above a coroutine"
        );
        frame.move_registers_to_heap(&ts.stack);
        let func = frame.func.clone();
        let fd = func.downcast::<FunctionData>();
        let coro = alloc(
            &types().coroutine,
            GeneratorData::new(
                Box::new(frame),
                fd.map_or(Value::NONE, |f| f.name.get()),
                fd.map_or(Value::NONE, |f| f.qualname.get()),
            ),
        );
        count_created();
        count_eager_suspended();
        ts.depth.set(ts.depth.get() - 1);
        let caller = frames.last_mut().expect("a caller");
        if let Some(Instr::Send { iter, .. }) =
            caller.code().instrs().get(send_at as usize).copied()
        {
            caller.regs_mut()[iter.index()].set(coro);
            caller.pc = send_at as usize + 2;
            caller.resume_dst = Some(iter.0 + 1);
        }
    }
}
