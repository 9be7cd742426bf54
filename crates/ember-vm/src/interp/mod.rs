//! The interpreter: frames, the register stack, argument binding, the dispatch loop,
//! generators, and the entry points native code uses to run Python code.

pub mod args;
pub mod cache;
pub mod coroutine;
pub mod eval;
pub mod frame;
pub mod frames;
pub mod signals;
pub mod stack;
pub mod stats;

use crate::error::{PyErr, PyResult};
use crate::interp::eval::Exit;
use crate::interp::frame::{Frame, Registers};
use crate::object::{alloc, Kind};
use crate::objects::exception::{exc_state, new_traceback};
use crate::objects::function::FunctionData;
use crate::objects::generator::GeneratorData;
use crate::value::Value;
use crate::vm::{types, with_thread};
use ember_bytecode::flags;
use std::cell::Cell;
use std::mem::ManuallyDrop;

pub use eval::{func_str, make_exception};

/// Most native re-entries of the loop (Python code called from Rust code called from
/// Python code ...) before RecursionError, sized to the interpreter thread's stack.
pub const MAX_NATIVE_DEPTH: usize = 20_000;

/// The global builtins dict that frames use.
pub fn builtins_dict() -> Value {
    crate::builtins::builtins_dict()
}

/// Builds the frame for calling `func` (whose payload is `fd`) with the arguments.
pub fn new_frame(
    func: &Value,
    fd: &FunctionData,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Frame> {
    let ts = eval::thread_state();
    new_frame_in(ts, &builtins_dict(), func, fd, args, kwnames)
}

/// `new_frame` for the dispatch loop, which knows the thread state and the builtins.
#[inline]
pub fn new_frame_in(
    ts: &crate::vm::ThreadState,
    builtins: &Value,
    func: &Value,
    fd: &FunctionData,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Frame> {
    let code = fd.code();
    let n = code.code.nregs as usize;
    let (ptr, mark) = ts.stack.borrow_mut().alloc(n);
    // SAFETY: `func` (owned by the frame) keeps its code and globals alive, and the
    // builtins dict is immortal.
    let mut frame = Frame {
        code: unsafe { Frame::borrow_ref(fd.code.borrow()) },
        globals: unsafe { Frame::borrow_ref(&fd.globals) },
        builtins: unsafe { Frame::borrow_ref(builtins) },
        owns_refs: false,
        locals: Value::UNBOUND,
        func: func.clone(),
        regs: Registers::Stack { ptr, len: n, mark },
        pc: 0,
        ret_dst: 0,
        resume_dst: None,
        init_self: Value::UNBOUND,
        eager_send: u32::MAX,
    };
    let regs = frame.regs_mut();
    if code.simple_args && kwnames.is_empty() && args.len() == code.code.argcount as usize {
        for (r, a) in regs.iter_mut().zip(args) {
            // The window is fresh: its slots hold UNBOUND, nothing to drop.
            std::mem::forget(std::mem::replace(r, a.clone()));
        }
    } else {
        args::bind_args(fd, args, kwnames, regs)?;
    }
    if code.has_cells {
        eval::init_cells(fd, regs);
    }
    Ok(frame)
}

/// Calls a Python function from native code.
pub fn call_function(func: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let fd = func
        .downcast::<FunctionData>()
        .expect("call_function takes a function");
    if fd.code().code.flags & flags::SUSPENDABLE != 0 {
        return new_generator(func, fd, args, kwnames);
    }
    let (depth, limit) = with_thread(|t| (t.depth.get(), t.recursion_limit.get()));
    if depth >= limit {
        return Err(PyErr::recursion_error("maximum recursion depth exceeded"));
    }
    let frame = new_frame(func, fd, args, kwnames)?;
    with_thread(|t| t.depth.set(depth + 1));
    let (r, frame) = eval::run(frame, None);
    drop(frame);
    with_thread(|t| t.depth.set(depth));
    match r? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => Err(PyErr::runtime_error("yield outside a generator frame")),
    }
}

/// Runs a function's code with an explicit locals mapping (a class body).
pub fn call_with_locals(func: &Value, locals: Value) -> PyResult<Value> {
    let fd = func.downcast::<FunctionData>().expect("a function");
    let mut frame = new_frame(func, fd, &[], &[])?;
    frame.locals = locals;
    run_frame(frame)
}

/// Runs module-level code in `globals` (its own locals), as `exec` does.
pub fn run_code(code: &Value, globals: &Value, locals: Option<Value>) -> PyResult<Value> {
    let cd = code
        .downcast::<crate::objects::code::CodeData>()
        .expect("code");
    let n = cd.code.nregs as usize;
    let (ptr, mark) = with_thread(|t| t.stack.borrow_mut().alloc(n));
    let frame = Frame {
        code: ManuallyDrop::new(code.clone()),
        globals: ManuallyDrop::new(globals.clone()),
        builtins: ManuallyDrop::new(builtins_dict()),
        owns_refs: true,
        locals: locals.unwrap_or_else(|| globals.clone()),
        func: Value::NONE,
        regs: Registers::Stack { ptr, len: n, mark },
        pc: 0,
        ret_dst: 0,
        resume_dst: None,
        init_self: Value::UNBOUND,
        eager_send: u32::MAX,
    };
    run_frame(frame)
}

fn run_frame(frame: Frame) -> PyResult<Value> {
    let depth = with_thread(|t| t.depth.get());
    with_thread(|t| t.depth.set(depth + 1));
    let (r, frame) = eval::run(frame, None);
    drop(frame);
    with_thread(|t| t.depth.set(depth));
    match r? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => Err(PyErr::runtime_error("yield outside a generator frame")),
    }
}

/// A generator object for a call of generator function `func`.
fn new_generator(
    func: &Value,
    fd: &FunctionData,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let code = fd.code();
    let n = code.code.nregs as usize;
    let mut regs: Box<[Value]> = (0..n).map(|_| Value::UNBOUND).collect();
    args::bind_args(fd, args, kwnames, &mut regs)?;
    eval::init_cells(fd, &mut regs);
    let frame = Frame {
        code: ManuallyDrop::new(fd.code.get()),
        globals: ManuallyDrop::new(fd.globals.clone()),
        builtins: ManuallyDrop::new(builtins_dict()),
        owns_refs: true,
        locals: Value::UNBOUND,
        func: func.clone(),
        regs: Registers::Heap(regs),
        pc: 0,
        ret_dst: 0,
        resume_dst: None,
        init_self: Value::UNBOUND,
        eager_send: u32::MAX,
    };
    let ty = if fd.code().code.has_flag(flags::COROUTINE) {
        coroutine::count_created();
        &types().coroutine
    } else if fd.code().code.has_flag(flags::ASYNC_GENERATOR) {
        &types().async_generator
    } else {
        &types().generator
    };
    Ok(alloc(
        ty,
        GeneratorData::new(Box::new(frame), fd.name.get(), fd.qualname.get()),
    ))
}

/// "generator", "coroutine" or "async generator", as CPython's messages name `g`.
pub fn generator_kind_name(g: &Value) -> &'static str {
    if coroutine::is_coroutine(g) {
        "coroutine"
    } else if coroutine::is_async_generator(g) {
        "async generator"
    } else {
        "generator"
    }
}

/// What sending into a generator (or iterator) produced.
pub enum SendResult {
    Yielded(Value),
    Returned(Value),
}

/// Resumes generator `g` with `value` sent in, or `throw` raised at the yield.
pub fn generator_resume(g: &Value, value: Value, throw: Option<PyErr>) -> PyResult<SendResult> {
    let gd = g.downcast::<GeneratorData>().expect("a generator");
    let is_coro = coroutine::is_coroutine(g);
    let what = generator_kind_name(g);
    if gd.running.get() {
        return Err(PyErr::value_error(format!("{what} already executing")));
    }
    let Some(mut frame) = gd.frame.borrow_mut().take() else {
        if let Some(e) = throw {
            return Err(e);
        }
        if is_coro {
            return Err(PyErr::runtime_error(
                "cannot reuse already awaited coroutine",
            ));
        }
        return Err(PyErr::stop_iteration(None));
    };
    if frame.pc == 0 && !value.is_none() && throw.is_none() {
        *gd.frame.borrow_mut() = Some(frame);
        return Err(PyErr::type_error(format!(
            "can't send non-None value to a just-started {what}"
        )));
    }
    if frame.pc == 0 {
        if let Some(e) = throw {
            // Thrown into a generator that never started: raised before its first
            // instruction, outside any `try`; the generator is finished.
            return Err(e);
        }
    }
    let mut throw = throw;
    if let Some(e) = throw.take() {
        // At a `yield from`/`await`, the exception goes to the sub-iterator first.
        gd.running.set(true);
        let d = delegate_throw(&frame, e);
        gd.running.set(false);
        match d {
            Delegated::Yielded(v) => {
                *gd.frame.borrow_mut() = Some(frame);
                return Ok(SendResult::Yielded(v));
            }
            Delegated::Returned {
                value,
                iter,
                target,
            } => {
                frame.regs_mut()[iter + 1].set(value);
                frame.pc = target;
                frame.resume_dst = None;
            }
            Delegated::Raise(e) => throw = Some(e),
        }
    }
    if let Some(d) = frame.resume_dst.take() {
        frame.regs_mut()[d as usize].set(value);
    }
    gd.running.set(true);
    let depth = with_thread(|t| t.depth.get());
    with_thread(|t| t.depth.set(depth + 1));
    let (r, frame) = eval::run(*frame, throw);
    with_thread(|t| t.depth.set(depth));
    gd.running.set(false);
    match r {
        Ok(Exit::Yield(v)) => {
            *gd.frame.borrow_mut() = Some(Box::new(frame));
            Ok(SendResult::Yielded(v))
        }
        Ok(Exit::Return(v)) => Ok(SendResult::Returned(v)),
        Err(e) => {
            // PEP 479: StopIteration escaping a generator becomes RuntimeError (and
            // StopAsyncIteration escaping an asynchronous generator).
            let stop = if e.matches(&types().stop_iteration) {
                Some("StopIteration")
            } else if what == "async generator" && e.matches(&types().stop_async_iteration) {
                Some("StopAsyncIteration")
            } else {
                None
            };
            if let Some(stop) = stop {
                let re = PyErr::runtime_error(format!("{what} raised {stop}"));
                if let Some(st) = exc_state(&re.exc) {
                    st.cause.set(e.exc.clone());
                    st.context.set(e.exc);
                    st.suppress_context.set(true);
                }
                return Err(re);
            }
            Err(e)
        }
    }
}

/// What throwing into the sub-iterator of a suspended `yield from` gave.
enum Delegated {
    /// The sub-iterator yielded again: the generator stays suspended where it is.
    Yielded(Value),
    /// The sub-iterator finished: `value` is the `yield from`'s result (its register is
    /// `iter + 1`) and execution goes on at `target`.
    Returned {
        value: Value,
        iter: usize,
        target: usize,
    },
    /// Raise this at the generator's suspension point.
    Raise(PyErr),
}

/// The `Send` (its iterator register and target) of the `yield from`/`await` loop a
/// suspended frame waits in, if it waits in one (its last `Yield` is `delegating`).
fn delegating_send(frame: &Frame) -> Option<(ember_bytecode::Reg, ember_bytecode::Label)> {
    use ember_bytecode::{Imm, Instr};
    let instrs = frame.code().instrs();
    let pc = frame.pc;
    match (
        pc.checked_sub(1).and_then(|i| instrs.get(i)),
        pc.checked_sub(2).and_then(|i| instrs.get(i)),
    ) {
        (
            Some(Instr::Yield {
                delegating: Imm(1), ..
            }),
            Some(&Instr::Send { iter, target }),
        ) => Some((iter, target)),
        _ => None,
    }
}

/// The iterator a suspended frame delegates to (`gi_yieldfrom`, `cr_await`), if any.
pub fn delegated_iter(frame: &Frame) -> Option<Value> {
    delegating_send(frame).map(|(iter, _)| frame.regs()[iter.index()].clone())
}

/// `throw()`/`close()` on a generator suspended in a `yield from` loop (a `Yield` with
/// `delegating` set, after its `Send`): CPython passes the exception to the
/// sub-iterator first (`close()` closes it), and raises in the generator only what
/// comes back.
fn delegate_throw(frame: &Frame, e: PyErr) -> Delegated {
    let Some((iter, target)) = delegating_send(frame) else {
        return Delegated::Raise(e);
    };
    let sub = frame.regs()[iter.index()].clone();
    let t = types();
    if e.matches(&t.generator_exit) {
        let closed = if sub.kind() == Some(Kind::Generator) {
            crate::types::function::generator_close(std::slice::from_ref(&sub), &[]).map(drop)
        } else {
            match crate::ops::getattr_opt(
                &sub,
                &crate::objects::str::StrData::intern_static("close"),
            ) {
                Ok(Some(close)) => crate::ops::call(&close, &[], &[]).map(drop),
                Ok(None) => Ok(()),
                Err(err) => Err(err),
            }
        };
        return Delegated::Raise(closed.err().unwrap_or(e));
    }
    let r = if sub.kind() == Some(Kind::Generator) {
        generator_resume(&sub, Value::NONE, Some(e))
    } else {
        let thrower =
            crate::ops::getattr_opt(&sub, &crate::objects::str::StrData::intern_static("throw"));
        match thrower {
            Ok(Some(th)) => match crate::ops::call(&th, std::slice::from_ref(&e.exc), &[]) {
                Ok(v) => Ok(SendResult::Yielded(v)),
                Err(err) if err.matches(&t.stop_iteration) => {
                    Ok(SendResult::Returned(stop_iteration_value(&err)))
                }
                Err(err) => Err(err),
            },
            Ok(None) => return Delegated::Raise(e),
            Err(err) => Err(err),
        }
    };
    match r {
        Ok(SendResult::Yielded(v)) => Delegated::Yielded(v),
        Ok(SendResult::Returned(value)) => Delegated::Returned {
            value,
            iter: iter.index(),
            target: target.index(),
        },
        Err(err) => Delegated::Raise(err),
    }
}

/// `next(g)` for a generator: None when it returns.
pub fn generator_next(g: &Value) -> PyResult<Option<Value>> {
    match generator_resume(g, Value::NONE, None) {
        Ok(SendResult::Yielded(v)) => Ok(Some(v)),
        Ok(SendResult::Returned(_)) => Ok(None),
        Err(e) if e.matches(&types().stop_iteration) && e.exc.kind() == Some(Kind::Instance) => {
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// One step of `yield from`: send `val` into `it`.
pub fn send_into(it: &Value, val: Value) -> PyResult<SendResult> {
    if it.kind() == Some(Kind::Generator) {
        return match generator_resume(it, val, None) {
            Err(e) if e.matches(&types().stop_iteration) => {
                Ok(SendResult::Returned(stop_iteration_value(&e)))
            }
            r => r,
        };
    }
    let r = if val.is_none() && it.kind() == Some(Kind::NativeIter) {
        crate::ops::next(it).map(|o| o.ok_or(()))
    } else {
        // The StopIteration's value is the result: `__next__` for None, as CPython's
        // `Send` (tp_iternext), else `send`.
        let r = if it.kind() == Some(Kind::AsyncGenAwaitable) {
            crate::types::async_generator::awaitable_send(it, val)
        } else if val.is_none() {
            crate::ops::call_method(it, "__next__", &[])
        } else {
            crate::ops::call_method(it, "send", &[val])
        };
        match r {
            Ok(v) => Ok(Ok(v)),
            Err(e) if e.matches(&types().stop_iteration) => {
                return Ok(SendResult::Returned(stop_iteration_value(&e)))
            }
            Err(e) => Err(e),
        }
    };
    match r? {
        Ok(v) => Ok(SendResult::Yielded(v)),
        Err(()) => Ok(SendResult::Returned(Value::NONE)),
    }
}

/// The `value` of a StopIteration (its first argument, or None).
pub fn stop_iteration_value(e: &PyErr) -> Value {
    exc_state(&e.exc)
        .and_then(|st| {
            let a = st.args.get();
            crate::objects::tuple::as_tuple(&a).and_then(|t| t.first().cloned())
        })
        .unwrap_or(Value::NONE)
}

/// `exc.__traceback__` as a traceback object (None when the exception has no entries).
pub fn traceback_object(exc: &Value) -> Value {
    match exc_state(exc) {
        Some(st) if !st.traceback.borrow().is_empty() => {
            new_traceback(&types().traceback, st.traceback.borrow().clone())
        }
        _ => Value::NONE,
    }
}

/// The frame running on this thread, if any.
pub fn current_frame() -> Option<&'static Frame> {
    let p = with_thread(|t| t.frame.get());
    // SAFETY: the pointer is set by the dispatch loop to its running frame and reset when
    // that loop exits; native code called from the frame runs while it is alive.
    unsafe { p.as_ref() }
}

/// `locals()` of the running frame: its mapping, or a dict of its bound local variables.
pub fn current_locals() -> PyResult<Value> {
    let Some(f) = current_frame() else {
        return Ok(crate::objects::dict::DictData::new_value());
    };
    if !f.locals.is_unbound() {
        return Ok(f.locals.clone());
    }
    Ok(frame_locals(f))
}

/// A dict of the bound local variables (and cells) of a function frame.
pub fn frame_locals(f: &Frame) -> Value {
    let d = crate::objects::dict::DictData::new_value();
    let dd = d
        .downcast::<crate::objects::dict::DictData>()
        .expect("dict");
    let code = f.code();
    let regs: &[Value] = f.regs();
    for (i, name) in code.varnames.iter().enumerate() {
        if !regs[i].is_unbound() {
            dd.set_str(name, regs[i].clone());
        }
    }
    let nv = code.varnames.len();
    for (i, name) in code
        .code
        .cellvars
        .iter()
        .chain(code.code.freevars.iter())
        .enumerate()
    {
        if let Some(c) = regs[nv + i].downcast::<crate::objects::cell::CellData>() {
            let v = c.0.get();
            if !v.is_unbound() {
                dd.set_str(&crate::objects::str::StrData::intern(name), v);
            }
        }
    }
    d
}

thread_local! {
    /// The lowest stack address native code may reach before RecursionError.
    static STACK_LIMIT: Cell<usize> = const { Cell::new(0) };
}

/// Records the stack of the interpreter thread: `size` bytes below the caller's frame.
/// Native recursion past `size` minus a safety margin raises RecursionError.
pub fn set_stack_size(size: usize) {
    let here = &size as *const usize as usize;
    let margin = (size / 8).clamp(256 << 10, 64 << 20);
    STACK_LIMIT.with(|l| l.set(here.saturating_sub(size) + margin));
}

/// RecursionError when the Rust stack is nearly exhausted (deep native recursion: a
/// `__int__` calling `int()`, a `__eq__` comparing itself ...), never a crash.
#[inline]
pub fn check_stack() -> PyResult<()> {
    let here = 0u8;
    let sp = &here as *const u8 as usize;
    if sp < STACK_LIMIT.with(|l| l.get()) {
        return Err(stack_exhausted());
    }
    Ok(())
}

#[cold]
fn stack_exhausted() -> PyErr {
    PyErr::recursion_error("maximum recursion depth exceeded")
}
