//! The dispatch loop: every instruction's behaviour, in one deliberately large file.
//!
//! Python-to-Python calls do not recurse on the Rust stack: `Call` on a Python function
//! pushes a frame onto this loop's frame list and continues; `Return` pops it and writes
//! the result into the caller's destination register (DESIGN.md section 5). Native code
//! that calls Python code enters a new loop (`run`), counted against the native depth.
//!
//! An error inside an instruction breaks out of the `'dispatch` block with the error;
//! the unwinder then looks for a handler in the frame's exception table, adding a
//! traceback entry for each frame the error passes through.

use crate::error::{PyErr, PyResult};
use crate::interp::frame::Frame;
use crate::object::Kind;
use crate::objects::cell::{new_cell, CellData};
use crate::objects::code::CodeData;
use crate::objects::dict::DictData;
use crate::objects::exception::{exc_state, TbEntry};
use crate::objects::function::{new_function, FunctionData};
use crate::objects::int::new_int;
use crate::objects::list::{new_list, ListData};
use crate::objects::set::{new_set, SetData};
use crate::objects::str::{as_str, new_string, StrData};
use crate::objects::tuple::{as_tuple, new_tuple, TupleData};
use crate::objects::typeobj::{is_subclass, type_name, type_of};
use crate::ops;
use crate::slot::Slot;
use crate::value::Value;
use crate::vm::{types, ThreadState};
use ember_bytecode::{
    make_function, raise_kind, BinOp, CmpOp, Conversion, Instr, Opcode, Reg, UnOp,
};

/// How a run of the loop ended.
pub enum Exit {
    Return(Value),
    /// A generator frame yielded (the frame is handed back for resumption).
    Yield(Value),
}

#[inline]
pub(crate) fn thread_state() -> &'static ThreadState {
    // SAFETY: the thread-local outlives every frame run on this thread; the reference is
    // only used on this thread.
    crate::vm::with_thread(|t| unsafe { &*(t as *const ThreadState) })
}

/// Runs `entry` (and the frames it calls) until it returns, yields or raises. The entry
/// frame is handed back (generators keep it).
pub fn run(entry: Frame, throw: Option<PyErr>) -> (PyResult<Exit>, Frame) {
    let ts = thread_state();
    let nd = ts.native_depth.get();
    if nd > crate::interp::MAX_NATIVE_DEPTH {
        return (
            Err(PyErr::recursion_error(
                "maximum recursion depth exceeded while calling a Python object",
            )),
            entry,
        );
    }
    ts.native_depth.set(nd + 1);
    let outer = ts.frame.get();
    let r = if crate::interp::stats::enabled() {
        run_inner::<true>(entry, ts, throw)
    } else {
        run_inner::<false>(entry, ts, throw)
    };
    ts.frame.set(outer);
    ts.native_depth.set(nd);
    r
}

macro_rules! tri {
    ($e:expr, $label:lifetime) => {
        match $e {
            Ok(v) => v,
            Err(e) => break $label e,
        }
    };
}

/// The dispatch loop. `STATS` compiles in the `-X stats` counting: the loop exists twice,
/// so that the ordinary one pays nothing for it.
fn run_inner<const STATS: bool>(
    entry: Frame,
    ts: &ThreadState,
    throw: Option<PyErr>,
) -> (PyResult<Exit>, Frame) {
    let mut frames: Vec<Frame> = Vec::with_capacity(16);
    frames.push(entry);
    let _listed = crate::interp::frames::ListedFrames::new(ts, &frames);
    let mut pending: Option<PyErr> = throw;
    // When set, the error being unwound is a re-raise: no new traceback entry here.
    let mut reraise;
    'frames: loop {
        let fi = frames.len() - 1;
        let frame: *mut Frame = &mut frames[fi];
        // SAFETY: `frame` points into `frames`, which is not resized while this pointer is
        // used: every push or pop is followed by `continue 'frames`, which reloads it.
        let f = unsafe { &mut *frame };
        ts.frame.set(frame);
        // SAFETY: the frame holds a reference to its code object for as long as it runs.
        let code: &CodeData = unsafe { &*(f.code() as *const CodeData) };
        let instrs = code.instrs();
        let consts = &code.consts;
        let names = &code.names;
        let regs: *mut [Value] = f.regs_mut();
        // SAFETY: the frame's registers stay allocated and unaliased while it runs.
        let regs = unsafe { &mut *regs };
        let mut pc = f.pc;
        reraise = false;

        macro_rules! r {
            ($reg:expr) => {
                regs[$reg.0 as usize]
            };
        }
        macro_rules! set {
            ($reg:expr, $v:expr) => {{
                let v = $v;
                regs[$reg.0 as usize].set(v);
            }};
        }
        macro_rules! window {
            ($start:expr, $n:expr) => {
                &regs[$start.0 as usize..$start.0 as usize + $n as usize]
            };
        }

        // `dst = lhs <op> b`, where `b` is a register or a constant; `b_distinct` says
        // that `b` is not the `lhs` register (for the in-place `s += t`).
        macro_rules! binary_op {
            ($op:expr, $dst:expr, $lhs:expr, $b:expr, $b_distinct:expr, $fail:lifetime) => {{
                let (a, b) = (&r!($lhs), $b);
                let op = BinOp::from_imm($op).expect("compiler emits valid operators");
                if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
                    match op.plain() {
                        BinOp::Add => {
                            set!($dst, new_int(x + y));
                            continue;
                        }
                        BinOp::Sub => {
                            set!($dst, new_int(x - y));
                            continue;
                        }
                        _ => {}
                    }
                }
                if let Some(r) = float_binop(a, b, op.plain()) {
                    set!($dst, r);
                    continue;
                }
                if op.plain() == BinOp::Add && $dst == $lhs && $b_distinct {
                    if let (Some(x), Some(y)) = (a.downcast::<StrData>(), b.downcast::<StrData>()) {
                        let unique = a.header().is_some_and(|h| h.refcount() == 1);
                        if unique && type_of(a).is(&types().str) && type_of(b).is(&types().str) {
                            // SAFETY: the register holds the only reference to this str
                            // (count one, not immortal), so it can grow in place.
                            unsafe { x.append_unique(y) };
                            continue;
                        }
                    }
                }
                let v = tri!(ops::binary_op(a, b, op), $fail);
                set!($dst, v)
            }};
        }
        // `dst = lhs <op> b`, where `b` is a register or a constant.
        macro_rules! compare {
            ($op:expr, $dst:expr, $lhs:expr, $b:expr, $fail:lifetime) => {{
                let op = CmpOp::from_imm($op).expect("compiler emits valid operators");
                let (a, b) = (&r!($lhs), $b);
                let fast = match (a.as_small_int(), b.as_small_int()) {
                    (Some(x), Some(y)) => ordering(op, x, y),
                    _ => float_operands(a, b).and_then(|(x, y)| ordering(op, x, y)),
                };
                if let Some(res) = fast {
                    // `if a < b:` compiles to a comparison then a conditional jump on its
                    // result: take the jump here and save a dispatch.
                    match instrs.get(pc) {
                        Some(Instr::JumpIfFalse { cond, target }) if *cond == $dst => {
                            pc = if res { pc + 1 } else { target.index() };
                        }
                        Some(Instr::JumpIfTrue { cond, target }) if *cond == $dst => {
                            pc = if res { target.index() } else { pc + 1 };
                        }
                        _ => {}
                    }
                    set!($dst, Value::bool(res));
                    continue;
                }
                let v = tri!(ops::richcompare(a, b, op), $fail);
                set!($dst, v)
            }};
        }

        let err: PyErr = 'dispatch: {
            if let Some(e) = pending.take() {
                break 'dispatch e;
            }
            loop {
                let ins = instrs[pc];
                pc += 1;
                if STATS {
                    crate::interp::stats::executed(ins.opcode());
                }
                match ins {
                    Instr::Nop {} => {}
                    Instr::LoadConst { dst, k } => set!(dst, consts[k.0 as usize].clone()),
                    Instr::Move { dst, src } => {
                        let v = r!(src).clone();
                        set!(dst, v)
                    }
                    Instr::CheckLocal { reg } => {
                        if r!(reg).is_unbound() {
                            break 'dispatch unbound_local(code, reg);
                        }
                    }
                    Instr::DeleteLocal { reg } => {
                        if r!(reg).is_unbound() {
                            break 'dispatch unbound_local(code, reg);
                        }
                        set!(reg, Value::UNBOUND)
                    }
                    Instr::ClearLocal { reg } => set!(reg, Value::UNBOUND),
                    Instr::LoadGlobal { dst, name } => {
                        let cache = &code.global_cache[code.cache_index[pc - 1] as usize];
                        let g = globals(f);
                        let b = f.builtins.downcast::<DictData>();
                        let bver = b.map_or(0, |b| b.version());
                        if cache.globals_id.get() == f.globals.id()
                            && cache.globals_version.get() == g.version()
                            && cache.builtins_version.get() == bver
                        {
                            let v = cache.value.get();
                            set!(dst, v);
                            continue;
                        }
                        if STATS {
                            let filled = cache.globals_id.get() != 0;
                            let reason = if !filled {
                                "cold"
                            } else if cache.globals_id.get() != f.globals.id() {
                                "other globals"
                            } else if cache.globals_version.get() != g.version() {
                                "globals changed"
                            } else {
                                "builtins changed"
                            };
                            crate::interp::stats::missed(Opcode::LoadGlobal, filled, reason);
                        }
                        let n = &names[name.0 as usize];
                        let v = tri!(load_global(f, n), 'dispatch);
                        cache.globals_id.set(f.globals.id());
                        cache.globals_version.set(g.version());
                        cache.builtins_version.set(bver);
                        cache.value.set(v.clone());
                        set!(dst, v)
                    }
                    Instr::StoreGlobal { name, src } => {
                        let v = r!(src).clone();
                        globals(f).set_str(&names[name.0 as usize], v);
                    }
                    Instr::DeleteGlobal { name } => {
                        let n = &names[name.0 as usize];
                        if tri!(globals(f).remove(n), 'dispatch).is_none() {
                            break 'dispatch name_error(n);
                        }
                    }
                    Instr::LoadName { dst, name } => {
                        let n = &names[name.0 as usize];
                        let v = tri!(load_name(f, n), 'dispatch);
                        set!(dst, v)
                    }
                    Instr::StoreName { name, src } => {
                        let v = r!(src).clone();
                        tri!(store_name(f, &names[name.0 as usize], v), 'dispatch);
                    }
                    Instr::DeleteName { name } => {
                        let n = &names[name.0 as usize];
                        tri!(delete_name(f, n), 'dispatch);
                    }
                    Instr::LoadDeref { dst, cell } => {
                        let c = r!(cell).downcast::<CellData>().map(|c| c.0.get());
                        match c {
                            Some(v) if !v.is_unbound() => set!(dst, v),
                            _ => break 'dispatch unbound_deref(code, cell),
                        }
                    }
                    Instr::LoadClassDeref { dst, cell, name } => {
                        let n = &names[name.0 as usize];
                        let local = tri!(locals_get(f, n), 'dispatch);
                        match local {
                            Some(v) => set!(dst, v),
                            None => {
                                let c = r!(cell).downcast::<CellData>().map(|c| c.0.get());
                                match c {
                                    Some(v) if !v.is_unbound() => set!(dst, v),
                                    _ => break 'dispatch unbound_deref(code, cell),
                                }
                            }
                        }
                    }
                    Instr::StoreDeref { cell, src } => {
                        let v = r!(src).clone();
                        if let Some(c) = r!(cell).downcast::<CellData>() {
                            c.0.set(v);
                        }
                    }
                    Instr::DeleteDeref { cell } => {
                        let c = r!(cell).downcast::<CellData>().map(|c| c.0.get());
                        match c {
                            Some(v) if !v.is_unbound() => {
                                if let Some(c) = r!(cell).downcast::<CellData>() {
                                    c.0.set(Value::UNBOUND);
                                }
                            }
                            _ => break 'dispatch unbound_deref(code, cell),
                        }
                    }
                    Instr::LoadLocals { dst } => {
                        let l = f.locals.clone();
                        set!(dst, l)
                    }
                    Instr::LoadAssertionError { dst } => set!(dst, types().assertion_error.clone()),
                    Instr::LoadBuildClass { dst } => {
                        let b = tri!(crate::builtins::lookup("__build_class__"), 'dispatch);
                        set!(dst, b)
                    }
                    Instr::SetupAnnotations {} => {
                        let n = StrData::intern_static("__annotations__");
                        if tri!(locals_get(f, &n), 'dispatch).is_none() {
                            tri!(store_name(f, &n, DictData::new_value()), 'dispatch);
                        }
                    }
                    Instr::LoadAttr { dst, obj, name } => {
                        let cache = &code.attr_cache[code.cache_index[pc - 1] as usize];
                        if let Some(v) = cache.load_attr(&r!(obj)) {
                            set!(dst, v);
                            continue;
                        }
                        if STATS {
                            let (filled, why) = cache.miss_reason(&r!(obj));
                            crate::interp::stats::missed(Opcode::LoadAttr, filled, why);
                        }
                        let n = &names[name.0 as usize];
                        let v = tri!(ops::getattr(&r!(obj), n), 'dispatch);
                        cache.fill_load_attr(&r!(obj), n);
                        set!(dst, v)
                    }
                    Instr::StoreAttr { obj, name, src } => {
                        let cache = &code.attr_cache[code.cache_index[pc - 1] as usize];
                        let v = match cache.store_attr(&r!(obj), r!(src).clone()) {
                            Ok(()) => continue,
                            Err(v) => v,
                        };
                        if STATS {
                            let (filled, why) = cache.miss_reason(&r!(obj));
                            crate::interp::stats::missed(Opcode::StoreAttr, filled, why);
                        }
                        let n = &names[name.0 as usize];
                        let o = r!(obj).clone();
                        let before = crate::interp::cache::AttrCache::before_store_attr(&o, n);
                        tri!(ops::setattr(&o, n, v), 'dispatch);
                        if let Some(before) = before {
                            cache.fill_store_attr(&o, n, before);
                        }
                    }
                    Instr::DeleteAttr { obj, name } => {
                        tri!(ops::delattr(&r!(obj), &names[name.0 as usize]), 'dispatch);
                    }
                    Instr::LoadMethod { dst, obj, name } => {
                        let cache = &code.attr_cache[code.cache_index[pc - 1] as usize];
                        let o = r!(obj).clone();
                        if let Some(func) = cache.load_method(&o) {
                            set!(dst, func);
                            set!(dst.offset(1), o);
                            continue;
                        }
                        if STATS {
                            let (filled, why) = cache.miss_reason(&o);
                            crate::interp::stats::missed(Opcode::LoadMethod, filled, why);
                        }
                        let n = &names[name.0 as usize];
                        match tri!(ops::load_method(&o, n), 'dispatch) {
                            ops::Method::Unbound(func) => {
                                cache.fill_load_method(&o, n, &func);
                                set!(dst, func);
                                set!(dst.offset(1), o);
                            }
                            ops::Method::Attr(v) => {
                                set!(dst, v);
                                set!(dst.offset(1), Value::UNBOUND);
                            }
                        }
                    }
                    Instr::GetItem { dst, obj, key } => {
                        let v = tri!(getitem_fast(&r!(obj), &r!(key)), 'dispatch);
                        set!(dst, v)
                    }
                    Instr::SetItem { obj, key, src } => {
                        let v = r!(src).clone();
                        tri!(ops::setitem(&r!(obj), &r!(key), v), 'dispatch);
                    }
                    Instr::DeleteItem { obj, key } => {
                        tri!(ops::delitem(&r!(obj), &r!(key)), 'dispatch);
                    }
                    Instr::BinaryOp { op, dst, lhs, rhs } => {
                        binary_op!(op, dst, lhs, &r!(rhs), lhs != rhs, 'dispatch)
                    }
                    Instr::BinaryOpK { op, dst, lhs, k } => {
                        binary_op!(op, dst, lhs, &consts[k.0 as usize], true, 'dispatch)
                    }
                    Instr::UnaryOp { op, dst, src } => {
                        let op = UnOp::from_imm(op).expect("compiler emits valid operators");
                        let v = tri!(ops::unary_op(&r!(src), op), 'dispatch);
                        set!(dst, v)
                    }
                    Instr::Compare { op, dst, lhs, rhs } => {
                        compare!(op, dst, lhs, &r!(rhs), 'dispatch)
                    }
                    Instr::CompareK { op, dst, lhs, k } => {
                        compare!(op, dst, lhs, &consts[k.0 as usize], 'dispatch)
                    }
                    Instr::PrintExpr { src } => {
                        let hook = crate::modules::sys::sys_module()
                            .downcast::<crate::objects::module::ModuleData>()
                            .and_then(|m| m.dict().get_str(&StrData::intern_static("displayhook")));
                        let Some(hook) = hook else {
                            break 'dispatch PyErr::runtime_error("lost sys.displayhook");
                        };
                        tri!(ops::call(&hook, std::slice::from_ref(&r!(src)), &[]), 'dispatch);
                    }
                    Instr::ToBool { dst, src } => {
                        let b = tri!(ops::is_true(&r!(src)), 'dispatch);
                        set!(dst, Value::bool(b))
                    }
                    Instr::Jump { target } => {
                        if target.index() < pc && crate::interp::signals::pending() {
                            if let Err(e) = crate::interp::signals::run_pending() {
                                break 'dispatch e;
                            }
                        }
                        pc = target.index();
                    }
                    Instr::JumpIfTrue { cond, target } => {
                        if tri!(truth(&r!(cond)), 'dispatch) {
                            pc = target.index();
                        }
                    }
                    Instr::JumpIfFalse { cond, target } => {
                        if !tri!(truth(&r!(cond)), 'dispatch) {
                            pc = target.index();
                        }
                    }
                    Instr::JumpIfNone { cond, target } => {
                        if r!(cond).is_none() {
                            pc = target.index();
                        }
                    }
                    Instr::JumpIfNotNone { cond, target } => {
                        if !r!(cond).is_none() {
                            pc = target.index();
                        }
                    }
                    Instr::Return { src } => {
                        let v = std::mem::replace(&mut r!(src), Value::UNBOUND);
                        let v = if v.is_unbound() { Value::NONE } else { v };
                        if fi == 0 {
                            f.pc = pc;
                            let entry = frames.pop().expect("entry frame");
                            return (Ok(Exit::Return(v)), entry);
                        }
                        let dst = f.ret_dst;
                        let eager_send = f.eager_send;
                        let init_self = std::mem::replace(&mut f.init_self, Value::UNBOUND);
                        Frame::pop(&mut frames, &ts.stack);
                        if eager_send != u32::MAX {
                            // An eager await completed: the caller goes on after its
                            // await loop, with no coroutine object made.
                            crate::interp::coroutine::count_eager_completed();
                            let caller = frames.last_mut().expect("caller");
                            if let Some(Instr::Send { target, .. }) =
                                caller.code().instrs().get(eager_send as usize)
                            {
                                caller.pc = target.index();
                            }
                        }
                        let v = if init_self.is_unbound() {
                            v
                        } else if v.is_none() {
                            init_self
                        } else {
                            // Raised in the caller, at the class call.
                            ts.depth.set(ts.depth.get() - 1);
                            pending = Some(PyErr::type_error(format!(
                                "__init__() should return None, not '{}'",
                                type_name(&v)
                            )));
                            continue 'frames;
                        };
                        ts.depth.set(ts.depth.get() - 1);
                        let caller = frames.last_mut().expect("caller");
                        caller.regs_mut()[dst as usize].set(v);
                        continue 'frames;
                    }
                    Instr::GetIter { dst, src } => {
                        let v = tri!(ops::get_iter(&r!(src)), 'dispatch);
                        set!(dst, v)
                    }
                    Instr::ForIter { iter, target } => {
                        let next = tri!(ops::next(&r!(iter)), 'dispatch);
                        match next {
                            Some(v) => set!(iter.offset(1), v),
                            None => pc = target.index(),
                        }
                    }
                    Instr::Call { dst, func, argc }
                    | Instr::CallKw { dst, func, argc }
                    | Instr::CallMethod { dst, func, argc }
                    | Instr::CallMethodKw { dst, func, argc }
                    | Instr::CallAwaited { dst, func, argc }
                    | Instr::CallMethodAwaited { dst, func, argc } => {
                        let awaited = matches!(
                            ins,
                            Instr::CallAwaited { .. } | Instr::CallMethodAwaited { .. }
                        );
                        let (method, kw) = match ins {
                            Instr::Call { .. } | Instr::CallAwaited { .. } => (false, false),
                            Instr::CallKw { .. } => (false, true),
                            Instr::CallMethod { .. } | Instr::CallMethodAwaited { .. } => {
                                (true, false)
                            }
                            _ => (true, true),
                        };
                        let argc = argc.0 as usize;
                        let (first, n) = if method && !r!(func.offset(1)).is_unbound() {
                            (func.offset(1), argc + 1)
                        } else if method {
                            (func.offset(2), argc)
                        } else {
                            (func.offset(1), argc)
                        };
                        let kwnames_v = if kw {
                            r!(func.offset(if method { 2 } else { 1 } + argc)).clone()
                        } else {
                            Value::NONE
                        };
                        let kwnames: &[Value] = if kw {
                            as_tuple(&kwnames_v).unwrap_or(&[])
                        } else {
                            &[]
                        };
                        // A call consumes its window (callable, self, arguments, keyword
                        // names), as CPython pops them: nothing stays alive in it.
                        let window_end = func.0 as usize + 1 + argc + method as usize + kw as usize;
                        macro_rules! take {
                            ($reg:expr) => {
                                std::mem::replace(&mut regs[$reg], Value::UNBOUND)
                            };
                        }
                        macro_rules! consume_window {
                            () => {
                                for r in func.0 as usize..window_end {
                                    drop(take!(r));
                                }
                            };
                        }
                        if let Some(fd) = r!(func).downcast::<FunctionData>() {
                            let cd = fd.code();
                            // `await f(x)` of an `async def` taking exactly these
                            // arguments: its frame runs now (see `CallAwaited`).
                            let eager = match instrs.get(pc + 2) {
                                Some(Instr::Send { iter, .. })
                                    if awaited && cd.eager_argc == n && kwnames.is_empty() =>
                                {
                                    Some((iter.0 + 1, (pc + 2) as u32))
                                }
                                _ => None,
                            };
                            if (cd.fast_argc == n && kwnames.is_empty()) || eager.is_some() {
                                // The common call: exact positional arguments, no cells,
                                // not a generator. Built in place, without the binder.
                                let (ret, eager_send) = eager.unwrap_or((dst.0, u32::MAX));
                                let depth = tri!(call_depth(ts), 'dispatch);
                                let nregs = cd.nregs;
                                let (ptr, mark) = ts.stack.borrow_mut().alloc(nregs);
                                for i in 0..n {
                                    // SAFETY: `i < n <= nregs` is inside the fresh window,
                                    // whose slots hold UNBOUND (nothing to drop).
                                    unsafe { ptr.add(i).write(take!(first.0 as usize + i)) };
                                }
                                let callee = take!(func.0 as usize);
                                f.pc = pc;
                                ts.depth.set(depth + 1);
                                // SAFETY: the callee (owned by the new frame) keeps its code
                                // and globals alive; the builtins dict is immortal; the
                                // window was just allocated for this frame.
                                unsafe {
                                    Frame::push_function(
                                        &mut frames,
                                        callee,
                                        Frame::borrow_ref(&f.builtins),
                                        (ptr, nregs, mark),
                                        ret,
                                        Value::UNBOUND,
                                        eager_send,
                                    )
                                };
                                continue 'frames;
                            }
                        } else if kwnames.is_empty() {
                            // `C(args)` for a plain class whose `__init__` is a Python
                            // function taking exactly these arguments: allocate, then run
                            // `__init__` in this loop (no native recursion).
                            if let Some((init, obj)) = plain_class_call(&r!(func), n) {
                                let Some(fd) = init.downcast::<FunctionData>() else {
                                    unreachable!("plain_class_call returns functions")
                                };
                                let cd = fd.code();
                                let depth = tri!(call_depth(ts), 'dispatch);
                                let nregs = cd.nregs;
                                let (ptr, mark) = ts.stack.borrow_mut().alloc(nregs);
                                // SAFETY: the window has `nregs > n` UNBOUND slots.
                                unsafe { ptr.write(obj.clone()) };
                                for i in 0..n {
                                    // SAFETY: `i + 1 <= n < nregs`, as above.
                                    unsafe { ptr.add(i + 1).write(take!(first.0 as usize + i)) };
                                }
                                consume_window!();
                                f.pc = pc;
                                ts.depth.set(depth + 1);
                                // SAFETY: as for the function call above; `init` is kept
                                // alive by the frame.
                                unsafe {
                                    Frame::push_function(
                                        &mut frames,
                                        init.clone(),
                                        Frame::borrow_ref(&f.builtins),
                                        (ptr, nregs, mark),
                                        dst.0,
                                        obj,
                                        u32::MAX,
                                    )
                                };
                                continue 'frames;
                            }
                        }
                        let callee = r!(func).clone();
                        if let Some(fd) = callee.downcast::<FunctionData>() {
                            if fd.code().code.flags & ember_bytecode::flags::SUSPENDABLE == 0 {
                                let args = window!(first, n);
                                let depth = tri!(call_depth(ts), 'dispatch);
                                let mut nf = tri!(
                                    crate::interp::new_frame_in(ts, &f.builtins, &callee, fd, args, kwnames),
                                    'dispatch
                                );
                                nf.ret_dst = dst.0;
                                consume_window!();
                                f.pc = pc;
                                ts.depth.set(depth + 1);
                                frames.push(nf);
                                continue 'frames;
                            }
                        }
                        // Native code may look at the current line (warnings, frames).
                        f.pc = pc;
                        let v = tri!(ops::call(&callee, window!(first, n), kwnames), 'dispatch);
                        consume_window!();
                        set!(dst, v)
                    }
                    Instr::CallEx {
                        dst,
                        func,
                        has_kwargs,
                    } => {
                        let callee = r!(func).clone();
                        let star = r!(func.offset(1)).clone();
                        let mut args: Vec<Value> = match star.downcast_exact::<TupleData>() {
                            Some(t) => t.0.to_vec(),
                            None if !ops::is_iterable(&star) => {
                                break 'dispatch PyErr::type_error(format!(
                                    "{} argument after * must be an iterable, not {}",
                                    func_str(&callee),
                                    type_name(&star)
                                ))
                            }
                            None => tri!(ops::collect(&star), 'dispatch),
                        };
                        let mut kwnames = Vec::new();
                        if has_kwargs.0 != 0 {
                            if let Some(d) = r!(func.offset(2)).downcast::<DictData>() {
                                for (k, v) in d.items() {
                                    if k.kind() != Some(Kind::Str) {
                                        break 'dispatch PyErr::type_error(
                                            "keywords must be strings",
                                        );
                                    }
                                    kwnames.push(k);
                                    args.push(v);
                                }
                            }
                        }
                        let v = tri!(ops::call(&callee, &args, &kwnames), 'dispatch);
                        set!(dst, v)
                    }
                    Instr::MakeFunction {
                        dst,
                        code: k,
                        args,
                        flags,
                    } => {
                        let v = tri!(make_function(f, &consts[k.0 as usize], regs, args, flags.0), 'dispatch);
                        set!(dst, v)
                    }
                    Instr::LoadCell { dst, cell } => {
                        let c = r!(cell).clone();
                        set!(dst, c)
                    }
                    Instr::BuildTuple { dst, start, count } => {
                        let v = new_tuple(window!(start, count.0).to_vec());
                        set!(dst, v)
                    }
                    Instr::BuildList { dst, start, count } => {
                        let v = new_list(window!(start, count.0).to_vec());
                        set!(dst, v)
                    }
                    Instr::BuildSet { dst, start, count } => {
                        let s = new_set(false);
                        let sd = s.downcast::<SetData>().expect("set");
                        for x in window!(start, count.0) {
                            tri!(sd.add(x.clone()), 'dispatch);
                        }
                        set!(dst, s)
                    }
                    Instr::BuildMap { dst, start, count } => {
                        let d = DictData::new_value();
                        let dd = d.downcast::<DictData>().expect("dict");
                        let w = window!(start, count.0 * 2);
                        for pair in w.chunks(2) {
                            tri!(dd.set(pair[0].clone(), pair[1].clone()), 'dispatch);
                        }
                        set!(dst, d)
                    }
                    Instr::BuildSlice { dst, start, count } => {
                        let w = window!(start, count.0);
                        let step = if count.0 == 3 {
                            w[2].clone()
                        } else {
                            Value::NONE
                        };
                        let v = crate::objects::slice::new_slice(w[0].clone(), w[1].clone(), step);
                        set!(dst, v)
                    }
                    Instr::BuildString { dst, start, count } => {
                        let parts = window!(start, count.0);
                        let v = crate::objects::str::concat(
                            parts.iter().filter_map(crate::objects::str::as_str_data),
                        );
                        set!(dst, v)
                    }
                    Instr::FormatValue { conv, dst, src } => {
                        let v = &r!(src);
                        let converted = match Conversion::from_imm(conv) {
                            Conversion::None => tri!(ops::format(v, &types_empty_str()), 'dispatch),
                            Conversion::Str => tri!(ops::str_value(v), 'dispatch),
                            Conversion::Repr => tri!(ops::repr_value(v), 'dispatch),
                            Conversion::Ascii => new_string(tri!(ops::ascii_of(v), 'dispatch)),
                        };
                        set!(dst, converted)
                    }
                    Instr::FormatWithSpec { dst, src, spec } => {
                        let v = tri!(ops::format(&r!(src), &r!(spec)), 'dispatch);
                        set!(dst, v)
                    }
                    Instr::ListAppend { list, item } => {
                        let v = r!(item).clone();
                        if let Some(l) = r!(list).downcast::<ListData>() {
                            l.push(v);
                        }
                    }
                    Instr::ListExtend { list, iterable } => {
                        let src = r!(iterable).clone();
                        let items = match ops::collect(&src) {
                            Ok(items) => items,
                            Err(e) if e.matches(&types().type_error) && !ops::is_iterable(&src) => {
                                break 'dispatch PyErr::type_error(format!(
                                    "Value after * must be an iterable, not {}",
                                    type_name(&src)
                                ))
                            }
                            Err(e) => break 'dispatch e,
                        };
                        if let Some(l) = r!(list).downcast::<ListData>() {
                            l.vec_mut().extend(items);
                        }
                    }
                    Instr::SetAdd { set, item } => {
                        let v = r!(item).clone();
                        if let Some(s) = r!(set).downcast::<SetData>() {
                            tri!(s.add(v), 'dispatch);
                        }
                    }
                    Instr::SetUpdate { set, iterable } => {
                        let it = r!(iterable).clone();
                        tri!(crate::types::set::update(&r!(set), &it), 'dispatch);
                    }
                    Instr::MapAdd { dict, key, value } => {
                        let (k, v) = (r!(key).clone(), r!(value).clone());
                        if let Some(d) = r!(dict).downcast::<DictData>() {
                            tri!(d.set(k, v), 'dispatch);
                        }
                    }
                    Instr::DictUpdate { dict, other } => {
                        let o = r!(other).clone();
                        tri!(crate::types::dict::dict_update_mapping(&r!(dict), &o, None), 'dispatch);
                    }
                    Instr::DictMerge { dict, other, func } => {
                        let o = r!(other).clone();
                        let fname = func_str(&r!(func));
                        tri!(crate::types::dict::dict_update_mapping(&r!(dict), &o, Some(&fname)), 'dispatch);
                    }
                    Instr::ListToTuple { dst, src } => {
                        let items = r!(src)
                            .downcast::<ListData>()
                            .map(|l| l.to_vec())
                            .unwrap_or_default();
                        set!(dst, new_tuple(items))
                    }
                    Instr::UnpackSequence { src, dst, count } => {
                        let items = tri!(unpack(&r!(src), count.0 as usize), 'dispatch);
                        for (i, v) in items.into_iter().enumerate() {
                            set!(dst.offset(i), v);
                        }
                    }
                    Instr::UnpackEx {
                        src,
                        dst,
                        before,
                        after,
                    } => {
                        let items = tri!(unpack_ex(&r!(src), before.0 as usize, after.0 as usize), 'dispatch);
                        for (i, v) in items.into_iter().enumerate() {
                            set!(dst.offset(i), v);
                        }
                    }
                    Instr::Raise { kind, exc, cause } => {
                        let e = tri!(do_raise(ts, kind.0, &r!(exc), &r!(cause)), 'dispatch);
                        if kind.0 == raise_kind::RERAISE {
                            reraise = true;
                        }
                        break 'dispatch e;
                    }
                    Instr::Reraise { exc } => {
                        reraise = true;
                        break 'dispatch PyErr::from_exc(r!(exc).clone());
                    }
                    Instr::PushExcInfo { exc, save } => {
                        let prev = ts.handled.get();
                        set!(save, prev);
                        ts.handled.set(r!(exc).clone());
                    }
                    Instr::PopExcInfo { save } => {
                        let v = r!(save).clone();
                        ts.handled.set(if v.is_unbound() { Value::NONE } else { v });
                    }
                    Instr::CheckExcMatch { dst, exc, ty } => {
                        let m = tri!(exc_matches(&r!(exc), &r!(ty)), 'dispatch);
                        set!(dst, Value::bool(m))
                    }
                    Instr::BeforeWith { dst, mgr } => {
                        let m = r!(mgr).clone();
                        let (exit, entered) = tri!(before_with(&m), 'dispatch);
                        set!(dst, exit);
                        set!(dst.offset(1), entered);
                    }
                    Instr::WithExceptStart { dst, exit, exc } => {
                        let e = r!(exc).clone();
                        let tb = crate::interp::traceback_object(&e);
                        let ty = type_of(&e).clone();
                        let v = tri!(ops::call(&r!(exit), &[ty, e, tb], &[]), 'dispatch);
                        set!(dst, v)
                    }
                    Instr::MatchSequence { subject, target } => {
                        if !ops::is_match_sequence(&r!(subject)) {
                            pc = target.index();
                        }
                    }
                    Instr::MatchMapping { subject, target } => {
                        if !ops::is_match_mapping(&r!(subject)) {
                            pc = target.index();
                        }
                    }
                    Instr::GetLen { dst, src } => {
                        // A length is at most isize::MAX, so it fits an i64.
                        let n = tri!(ops::len(&r!(src)), 'dispatch);
                        set!(dst, new_int(n as i64))
                    }
                    Instr::MatchKeys { dst, subject, keys } => {
                        let v = tri!(ops::match_keys(&r!(subject), &r!(keys)), 'dispatch);
                        set!(dst, v)
                    }
                    Instr::MatchClass { dst, subject, cls } => {
                        let v = tri!(ops::match_class(&r!(subject), &r!(cls), &r!(cls.offset(1))), 'dispatch);
                        set!(dst, v)
                    }
                    Instr::CopyDictWithoutKeys { dst, subject, keys } => {
                        let v =
                            tri!(ops::copy_dict_without_keys(&r!(subject), &r!(keys)), 'dispatch);
                        set!(dst, v)
                    }
                    Instr::ImportName { dst, name, args } => {
                        let n = names[name.0 as usize].clone();
                        let fromlist = r!(args).clone();
                        let level = r!(args.offset(1)).clone();
                        let m = tri!(crate::modules::import_name(&n, &f.globals, &fromlist, &level), 'dispatch);
                        set!(dst, m)
                    }
                    Instr::ImportFrom { dst, module, name } => {
                        let v = tri!(crate::modules::import_from(&r!(module), &names[name.0 as usize]), 'dispatch);
                        set!(dst, v)
                    }
                    Instr::ImportStar { module } => {
                        let m = r!(module).clone();
                        tri!(import_star(f, &m), 'dispatch);
                    }
                    Instr::Yield { dst, src, .. } => {
                        let v = r!(src).clone();
                        f.pc = pc;
                        f.resume_dst = Some(dst.0);
                        if fi > 0 {
                            // Coroutine frames run eagerly suspend: each becomes a real
                            // coroutine object, awaited by its caller.
                            crate::interp::coroutine::suspend_eager_frames(&mut frames, ts);
                        }
                        let entry = frames.pop().expect("generator frame");
                        return (Ok(Exit::Yield(v)), entry);
                    }
                    Instr::GetAwaitable { dst, src } => {
                        let v = tri!(crate::interp::coroutine::get_awaitable(&r!(src)), 'dispatch);
                        set!(dst, v)
                    }
                    Instr::BeforeAsyncWith { dst, mgr } => {
                        let m = r!(mgr).clone();
                        let (exit, entered) =
                            tri!(crate::interp::coroutine::before_async_with(&m), 'dispatch);
                        set!(dst, exit);
                        set!(dst.offset(1), entered);
                    }
                    Instr::GetAIter { dst, src } => {
                        let v = tri!(crate::interp::coroutine::get_aiter(&r!(src)), 'dispatch);
                        set!(dst, v)
                    }
                    Instr::GetANext { dst, iter } => {
                        let v = tri!(crate::interp::coroutine::get_anext(&r!(iter)), 'dispatch);
                        set!(dst, v)
                    }
                    Instr::EndAsyncFor { exc } => {
                        let e = r!(exc).clone();
                        if !crate::objects::typeobj::is_instance(&e, &types().stop_async_iteration)
                        {
                            reraise = true;
                            break 'dispatch PyErr::from_exc(e);
                        }
                    }
                    Instr::GetYieldFromIter { dst, src } => {
                        let s = r!(src).clone();
                        let v = if crate::interp::coroutine::is_coroutine(&s) {
                            let coro_flags = ember_bytecode::flags::COROUTINE
                                | ember_bytecode::flags::ITERABLE_COROUTINE;
                            if code.code.flags & coro_flags == 0 {
                                break 'dispatch PyErr::type_error(
                                    "cannot 'yield from' a coroutine object in a non-coroutine generator",
                                );
                            }
                            s
                        } else if s.kind() == Some(Kind::Generator)
                            && !crate::interp::coroutine::is_async_generator(&s)
                        {
                            s
                        } else {
                            tri!(ops::get_iter(&s), 'dispatch)
                        };
                        set!(dst, v)
                    }
                    Instr::Send { iter, target } => {
                        let it = r!(iter).clone();
                        let val = r!(iter.offset(1)).clone();
                        match tri!(crate::interp::send_into(&it, val), 'dispatch) {
                            crate::interp::SendResult::Yielded(v) => set!(iter.offset(1), v),
                            crate::interp::SendResult::Returned(v) => {
                                set!(iter.offset(1), v);
                                pc = target.index();
                            }
                        }
                    }
                }
            }
        };

        // ---- unwinding ----
        f.pc = pc;
        let mut err = err;
        if !reraise {
            add_traceback(&err, f);
            chain_context(ts, &err);
        }
        let failed = pc.saturating_sub(1) as u32;
        let handler = code
            .code
            .exception_table
            .iter()
            .find(|e| e.start.0 <= failed && failed < e.end.0)
            .copied();
        if let Some(h) = handler {
            let regs = f.regs_mut();
            regs[h.exc.0 as usize].set(std::mem::replace(&mut err.exc, Value::NONE));
            // The protected code's temporaries die here, as CPython pops its stack
            // (freeing one may run code: a generator's `finally`).
            let dead: Vec<Value> = regs
                .get_mut(h.temps.0 as usize..)
                .unwrap_or_default()
                .iter_mut()
                .filter(|v| !v.is_unbound())
                .map(|v| std::mem::replace(v, Value::UNBOUND))
                .collect();
            f.pc = h.handler.index();
            drop(dead);
            continue 'frames;
        }
        if fi == 0 {
            let entry = frames.pop().expect("entry frame");
            return (Err(err), entry);
        }
        frames.pop();
        ts.depth.set(ts.depth.get() - 1);
        pending = Some(err);
    }
}

/// The depth of a Python call about to be made from the loop: KeyboardInterrupt when
/// Ctrl-C is pending, RecursionError at the recursion limit.
#[inline(always)]
fn call_depth(ts: &ThreadState) -> PyResult<usize> {
    if crate::interp::signals::pending() {
        crate::interp::signals::run_pending()?;
    }
    let depth = ts.depth.get();
    if depth >= ts.recursion_limit.get() {
        return Err(PyErr::recursion_error("maximum recursion depth exceeded"));
    }
    Ok(depth)
}

/// An order comparison of two numbers of one Rust type; None for `is`, `in` and the
/// other operators that are not orderings.
#[inline(always)]
fn ordering<T: PartialOrd>(op: CmpOp, x: T, y: T) -> Option<bool> {
    match op {
        CmpOp::Lt => Some(x < y),
        CmpOp::Le => Some(x <= y),
        CmpOp::Eq => Some(x == y),
        CmpOp::Ne => Some(x != y),
        CmpOp::Gt => Some(x > y),
        CmpOp::Ge => Some(x >= y),
        _ => None,
    }
}

/// Both operands as `f64` when one is an exact float and the other an exact float or an
/// int that converts exactly (|i| <= 2**53): then comparisons are exact, as CPython's
/// int/float comparison is, and arithmetic is what float's own methods compute.
#[inline(always)]
fn float_operands(a: &Value, b: &Value) -> Option<(f64, f64)> {
    const EXACT: i64 = 1 << 53;
    use crate::objects::float::FloatData;
    let exact = |v: &Value| {
        v.downcast::<FloatData>()
            .filter(|_| type_of(v).is(&types().float))
            .map(|f| f.0)
    };
    match (exact(a), exact(b)) {
        (Some(x), Some(y)) => Some((x, y)),
        (Some(x), None) => b
            .as_small_int()
            .filter(|y| y.unsigned_abs() <= EXACT as u64)
            .map(|y| (x, y as f64)),
        (None, Some(y)) => a
            .as_small_int()
            .filter(|x| x.unsigned_abs() <= EXACT as u64)
            .map(|x| (x as f64, y)),
        (None, None) => None,
    }
}

/// `a <op> b` for floats (and a float with a small int) on the common operators; None
/// for the generic path (other operators, a zero divisor's ZeroDivisionError).
#[inline(always)]
fn float_binop(a: &Value, b: &Value, op: BinOp) -> Option<Value> {
    if a.is_small_int() && b.is_small_int() {
        return None;
    }
    let (x, y) = float_operands(a, b)?;
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv if y != 0.0 => x / y,
        _ => return None,
    };
    Some(crate::objects::float::new_float(r))
}

/// When `callee` is a class called the plain way (metaclass `type`, `object.__new__`,
/// an `__init__` written in Python that takes `n` positional arguments after `self`):
/// that `__init__` and the new, empty instance. The loop then runs `__init__` as an
/// ordinary frame (CPython 3.12's scheme).
fn plain_class_call(callee: &Value, n: usize) -> Option<(Value, Value)> {
    use crate::objects::typeobj::{slot_flag, TypeData};
    let td = callee.downcast::<TypeData>()?;
    if !type_of(callee).is(&types().type_) || td.instance_kind != Kind::Instance {
        return None;
    }
    if td.slot_flags() & (slot_flag::NEW | slot_flag::INIT | slot_flag::ABSTRACT) != slot_flag::INIT
    {
        return None;
    }
    let init = td.lookup(&StrData::intern_static("__init__"))?;
    if init.downcast::<FunctionData>()?.code().fast_argc != n + 1 {
        return None;
    }
    Some((init, crate::objects::instance::new_instance(callee)))
}

/// `bool(c)` with the two bool immediates decided inline (the common case after a
/// comparison), everything else through `ops::is_true`.
#[inline(always)]
fn truth(c: &Value) -> PyResult<bool> {
    if c.is_true_imm() {
        Ok(true)
    } else if c.is_false_imm() {
        Ok(false)
    } else {
        ops::is_true(c)
    }
}

fn types_empty_str() -> Value {
    StrData::intern_static("")
}

#[inline]
fn globals(f: &Frame) -> &DictData {
    f.globals
        .downcast::<DictData>()
        .expect("globals are a dict")
}

fn add_traceback(err: &PyErr, f: &Frame) {
    if let Some(st) = exc_state(&err.exc) {
        if st.traceback.borrow().is_empty()
            && crate::objects::typeobj::type_of(&err.exc).is(&types().name_error)
        {
            *st.visible_names.borrow_mut() = Some(visible_names(f));
        }
        st.traceback.borrow_mut().push(TbEntry {
            code: (*f.code).clone(),
            line: f.current_line(),
            pc: f.pc.saturating_sub(1) as u32,
            globals: (*f.globals).clone(),
        });
    }
}

/// The names a NameError raised in `f` could have meant: bound locals, globals, builtins.
#[cold]
fn visible_names(f: &Frame) -> [Vec<String>; 3] {
    let keys = |v: &Value| -> Vec<String> {
        v.downcast::<DictData>()
            .map(|d| {
                d.keys()
                    .iter()
                    .filter_map(|k| as_str(k).map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    };
    let code = f.code();
    let locals: Vec<String> = if f.locals.is_unbound() {
        let regs: &[Value] = f.regs();
        code.code
            .varnames
            .iter()
            .enumerate()
            .filter(|(i, _)| !regs[*i].is_unbound())
            .map(|(_, n)| n.clone())
            .collect()
    } else {
        keys(&f.locals)
    };
    [locals, keys(&f.globals), keys(&f.builtins)]
}

/// Sets `__context__` of a newly raised exception to the one being handled.
fn chain_context(ts: &ThreadState, err: &PyErr) {
    let handled = ts.handled.get();
    if handled.is_none() || handled.is_unbound() || handled.is(&err.exc) {
        return;
    }
    let Some(st) = exc_state(&err.exc) else {
        return;
    };
    if !st.context.get().is_none() {
        return;
    }
    // Break a cycle: if err.exc is already in handled's context chain, cut it there.
    let mut cur = handled.clone();
    while let Some(cs) = exc_state(&cur) {
        let next = cs.context.get();
        if next.is(&err.exc) {
            cs.context.set(Value::NONE);
            break;
        }
        if next.is_none() {
            break;
        }
        cur = next;
    }
    st.context.set(handled);
}

#[cold]
fn unbound_local(code: &CodeData, reg: Reg) -> PyErr {
    let name = code.code.reg_name(reg).unwrap_or("?");
    PyErr::new(
        &types().unbound_local_error,
        format!(
            "cannot access local variable '{}' where it is not associated with a value",
            name
        ),
    )
}

#[cold]
fn unbound_deref(code: &CodeData, reg: Reg) -> PyErr {
    let i = reg.index();
    let nv = code.code.varnames.len();
    let nc = code.code.cellvars.len();
    let name = code.code.reg_name(reg).unwrap_or("?");
    if i >= nv + nc {
        PyErr::name_error(format!(
            "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
            name
        ))
    } else {
        PyErr::new(
            &types().unbound_local_error,
            format!(
                "cannot access local variable '{}' where it is not associated with a value",
                name
            ),
        )
    }
}

#[cold]
fn name_error(n: &Value) -> PyErr {
    let name = as_str(n).unwrap_or("?");
    let e = PyErr::name_error(format!("name '{}' is not defined", name));
    if let Some(inst) = e.exc.downcast::<crate::objects::instance::InstanceData>() {
        inst.set_attr(&StrData::intern_static("name"), n.clone());
    }
    e
}

#[inline]
fn load_global(f: &Frame, n: &Value) -> PyResult<Value> {
    if let Some(v) = globals(f).get_str(n) {
        return Ok(v);
    }
    if let Some(b) = f.builtins.downcast::<DictData>() {
        if let Some(v) = b.get_str(n) {
            return Ok(v);
        }
    }
    Err(name_error(n))
}

fn locals_get(f: &Frame, n: &Value) -> PyResult<Option<Value>> {
    if f.locals.is_unbound() {
        return Ok(None);
    }
    if let Some(d) = f.locals.downcast_exact::<DictData>() {
        return Ok(d.get_str(n));
    }
    match ops::getitem(&f.locals, n) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&types().key_error) => Ok(None),
        Err(e) => Err(e),
    }
}

fn load_name(f: &Frame, n: &Value) -> PyResult<Value> {
    if let Some(v) = locals_get(f, n)? {
        return Ok(v);
    }
    load_global(f, n)
}

fn store_name(f: &Frame, n: &Value, v: Value) -> PyResult<()> {
    let target = if f.locals.is_unbound() {
        &f.globals
    } else {
        &f.locals
    };
    if let Some(d) = target.downcast_exact::<DictData>() {
        d.set_str(n, v);
        return Ok(());
    }
    ops::setitem(target, n, v)
}

fn delete_name(f: &Frame, n: &Value) -> PyResult<()> {
    let target = if f.locals.is_unbound() {
        &f.globals
    } else {
        &f.locals
    };
    match ops::delitem(target, n) {
        Ok(()) => Ok(()),
        Err(e) if e.matches(&types().key_error) => Err(name_error(n)),
        Err(e) => Err(e),
    }
}

#[inline]
fn getitem_fast(obj: &Value, key: &Value) -> PyResult<Value> {
    if let (Some(l), Some(i)) = (obj.downcast_exact::<ListData>(), key.as_small_int()) {
        let items = l.items();
        let j = if i < 0 { i + items.len() as i64 } else { i };
        if j >= 0 && (j as usize) < items.len() {
            return Ok(items[j as usize].clone());
        }
    }
    ops::getitem(obj, key)
}

/// `func_str` of CPython: `f()` with the qualname for functions, for argument errors.
pub fn func_str(func: &Value) -> String {
    if let Some(fd) = func.downcast::<FunctionData>() {
        let qualname = as_str(fd.qualname.borrow()).unwrap_or("?");
        return match as_str(fd.module.borrow()) {
            Some(m) if m != "builtins" => format!("{}.{}()", m, qualname),
            _ => format!("{}()", qualname),
        };
    }
    if let Some(m) = func.downcast::<crate::objects::function::BoundMethodData>() {
        return func_str(&m.func);
    }
    if let Some(n) = func.downcast::<crate::objects::native::NativeFunctionData>() {
        return format!("{}()", n.name);
    }
    if let Some(td) = func.downcast::<crate::objects::typeobj::TypeData>() {
        return format!("{}()", td.name());
    }
    format!("{} object", type_name(func))
}

fn make_function(
    f: &Frame,
    code_v: &Value,
    regs: &[Value],
    args: Reg,
    flags: u8,
) -> PyResult<Value> {
    let code = code_v
        .downcast::<CodeData>()
        .expect("MakeFunction names a code constant");
    let mut i = args.index();
    let mut take = |flag: u8| -> Value {
        if flags & flag != 0 {
            let v = regs[i].clone();
            i += 1;
            v
        } else {
            Value::NONE
        }
    };
    let defaults = take(make_function::DEFAULTS);
    let kwdefaults = take(make_function::KWDEFAULTS);
    let annotations = take(make_function::ANNOTATIONS);
    let closure = take(make_function::CLOSURE);
    let module = globals(f)
        .get_str(&StrData::intern_static("__name__"))
        .unwrap_or(Value::NONE);
    let doc = match &code.code.docstring {
        Some(d) => crate::objects::str::new_str(d),
        None => Value::NONE,
    };
    Ok(new_function(FunctionData {
        code: crate::slot::Slot::new(code_v.clone()),
        globals: (*f.globals).clone(),
        name: Slot::new(code.name.clone()),
        qualname: Slot::new(code.qualname.clone()),
        defaults: Slot::new(defaults),
        kwdefaults: Slot::new(kwdefaults),
        closure,
        doc: Slot::new(doc),
        annotations: Slot::new(if annotations.is_none() {
            Value::UNBOUND
        } else {
            annotations
        }),
        module: Slot::new(module),
        dict: Slot::default(),
    }))
}

fn unpack(v: &Value, n: usize) -> PyResult<Vec<Value>> {
    let items = match v.downcast_exact::<TupleData>() {
        Some(t) => t.0.to_vec(),
        None => match v.downcast_exact::<ListData>() {
            Some(l) => l.to_vec(),
            None => {
                if !ops::is_iterable(v) {
                    return Err(PyErr::type_error(format!(
                        "cannot unpack non-iterable {} object",
                        type_name(v)
                    )));
                }
                // Stop after n+1 items: an endless iterator must still fail.
                let it = ops::get_iter(v)?;
                let mut out = Vec::with_capacity(n);
                while let Some(x) = ops::next(&it)? {
                    out.push(x);
                    if out.len() > n {
                        break;
                    }
                }
                out
            }
        },
    };
    if items.len() < n {
        return Err(PyErr::value_error(format!(
            "not enough values to unpack (expected {}, got {})",
            n,
            items.len()
        )));
    }
    if items.len() > n {
        return Err(PyErr::value_error(format!(
            "too many values to unpack (expected {})",
            n
        )));
    }
    Ok(items)
}

fn unpack_ex(v: &Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
    if !ops::is_iterable(v) {
        return Err(PyErr::type_error(format!(
            "cannot unpack non-iterable {} object",
            type_name(v)
        )));
    }
    let items = ops::collect(v)?;
    if items.len() < before + after {
        return Err(PyErr::value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        )));
    }
    let mut out = Vec::with_capacity(before + after + 1);
    out.extend_from_slice(&items[..before]);
    out.push(new_list(items[before..items.len() - after].to_vec()));
    out.extend_from_slice(&items[items.len() - after..]);
    Ok(out)
}

/// Makes an exception instance from `raise X`: a class is called with no arguments.
pub fn make_exception(v: &Value, what: &str) -> PyResult<Value> {
    let t = types();
    if v.kind() == Some(Kind::Type) && is_subclass(v, &t.base_exception) {
        let e = ops::call(v, &[], &[])?;
        if !crate::objects::typeobj::is_instance(&e, &t.base_exception) {
            return Err(PyErr::type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                ops::repr(v)?,
                type_name(&e)
            )));
        }
        return Ok(e);
    }
    if crate::objects::typeobj::is_instance(v, &t.base_exception) {
        return Ok(v.clone());
    }
    Err(PyErr::type_error(what.to_string()))
}

fn do_raise(ts: &ThreadState, kind: u8, exc: &Value, cause: &Value) -> PyResult<PyErr> {
    if kind == raise_kind::RERAISE {
        let h = ts.handled.get();
        if h.is_none() || h.is_unbound() {
            return Err(PyErr::runtime_error("No active exception to reraise"));
        }
        return Ok(PyErr::from_exc(h));
    }
    let e = make_exception(exc, "exceptions must derive from BaseException")?;
    if kind == raise_kind::EXC_FROM {
        let c = if cause.is_none() {
            Value::NONE
        } else {
            make_exception(cause, "exception causes must derive from BaseException")?
        };
        if let Some(st) = exc_state(&e) {
            st.cause.set(c);
            st.suppress_context.set(true);
        }
    }
    Ok(PyErr::from_exc(e))
}

fn exc_matches(exc: &Value, ty: &Value) -> PyResult<bool> {
    let t = types();
    let check = |c: &Value| -> PyResult<bool> {
        if c.kind() != Some(Kind::Type) || !is_subclass(c, &t.base_exception) {
            return Err(PyErr::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        Ok(crate::objects::typeobj::is_instance(exc, c))
    };
    if let Some(items) = as_tuple(ty) {
        let mut any = false;
        for c in items {
            if check(c)? {
                any = true;
            }
        }
        return Ok(any);
    }
    check(ty)
}

fn before_with(mgr: &Value) -> PyResult<(Value, Value)> {
    context_manager(mgr, "__enter__", "__exit__", "")
}

/// The bound exit method of context manager `mgr` and what its enter method returned
/// (`with`, and `async with` with the asynchronous names), or CPython's TypeError.
pub(crate) fn context_manager(
    mgr: &Value,
    enter_name: &'static str,
    exit_name: &'static str,
    kind: &str,
) -> PyResult<(Value, Value)> {
    let enter = ops::lookup_special(mgr, enter_name);
    let exit = ops::lookup_special(mgr, exit_name);
    let (Some(enter), Some(exit)) = (enter, exit) else {
        let missing_enter = ops::lookup_special(mgr, enter_name).is_none();
        return Err(PyErr::type_error(format!(
            "'{}' object does not support the {kind}context manager protocol{}",
            type_name(mgr),
            if missing_enter {
                String::new()
            } else {
                format!(" (missed {exit_name} method)")
            }
        )));
    };
    let exit_bound = ops::descr_get(exit, Some(mgr), type_of(mgr))?;
    let entered = ops::call_method_value(&enter, mgr, &[])?;
    Ok((exit_bound, entered))
}

fn import_star(f: &Frame, m: &Value) -> PyResult<()> {
    let md = m
        .downcast::<crate::objects::module::ModuleData>()
        .ok_or_else(|| PyErr::type_error("import * from a non-module"))?;
    let all = md.dict().get_str(&StrData::intern_static("__all__"));
    let names: Vec<Value> = match all {
        Some(a) => ops::collect(&a)?,
        None => md
            .dict()
            .keys()
            .into_iter()
            .filter(|k| !as_str(k).unwrap_or("_").starts_with('_'))
            .collect(),
    };
    for n in names {
        let v = ops::getattr(m, &n)?;
        store_name(f, &n, v)?;
    }
    Ok(())
}

/// Creates the cells of a new frame: fresh cells for cell variables (taking an argument's
/// value where the cell is a parameter) and the closure's cells for free variables.
pub fn init_cells(fd: &FunctionData, regs: &mut [Value]) {
    let code = &fd.code().code;
    let nv = code.varnames.len();
    for (i, arg) in code.cell_args.iter().enumerate() {
        let init = match arg {
            Some(r) => std::mem::replace(&mut regs[r.index()], Value::UNBOUND),
            None => Value::UNBOUND,
        };
        regs[nv + i] = new_cell(init);
    }
    for i in code.cell_args.len()..code.cellvars.len() {
        regs[nv + i] = new_cell(Value::UNBOUND);
    }
    if let Some(cl) = as_tuple(&fd.closure) {
        let base = nv + code.cellvars.len();
        for (i, c) in cl.iter().enumerate() {
            regs[base + i] = c.clone();
        }
    }
}
