//! `await`, and the awaiting parts of `async for` and `async with`.
//!
//! An await compiles as CPython's: `GetAwaitable`, then the `Send`/`Yield` loop of
//! `yield from`. When the awaited expression is a call, the call instruction becomes its
//! `...Awaited` form, so the interpreter can run an `async def` callee eagerly: the
//! layout `CallAwaited; GetAwaitable; LoadConst None; Send` is fixed (see the
//! instruction table), and a callee that returns without suspending delivers its value
//! to the `Send`'s value register and continues at the `Send`'s target.

use crate::compiler::{Compiler, Res};
use ember_bytecode::{Instr, Label, Reg};
use ruff_python_ast::{self as ast, Expr};

impl<'a> Compiler<'_, 'a> {
    /// `dst = await <awaitable in src>`. The awaited iterator is released once done, as
    /// CPython pops it (an async generator's step awaitable must not keep it alive).
    pub(crate) fn await_value(&mut self, src: Reg, dst: Reg) {
        let r = self.u().alloc_n(2);
        self.emit(Instr::GetAwaitable { dst: r, src });
        self.yield_from_loop(r);
        self.emit(Instr::Move {
            dst,
            src: r.offset(1),
        });
        self.emit(Instr::ClearLocal { reg: r });
    }

    /// `dst = await <awaitable in temporary src>`, releasing the temporary too.
    fn await_temporary(&mut self, src: Reg, dst: Reg) {
        self.await_value(src, dst);
        self.emit(Instr::ClearLocal { reg: src });
    }

    /// `dst = await value`, with the eager form for an awaited call.
    pub(crate) fn await_expr(&mut self, a: &'a ast::ExprAwait, dst: Reg) -> Res<()> {
        if let Expr::Call(c) = &*a.value {
            let t = self.u().alloc();
            self.call(c, t)?;
            if let Some(last) = self.u().code.instrs.last_mut() {
                *last = match *last {
                    Instr::Call { dst, func, argc } if dst == t => {
                        Instr::CallAwaited { dst, func, argc }
                    }
                    Instr::CallMethod { dst, func, argc } if dst == t => {
                        Instr::CallMethodAwaited { dst, func, argc }
                    }
                    other => other,
                };
            }
            self.await_temporary(t, dst);
            return Ok(());
        }
        let v = self.expr(&a.value)?;
        self.await_value(v, dst);
        Ok(())
    }

    /// One step of `async for` over the async iterator in `it`: awaits
    /// `it.__anext__()` into `item`, or jumps to `end` when it raises
    /// StopAsyncIteration.
    pub(crate) fn async_for_step(&mut self, it: Reg, item: Reg, end: Label) {
        let mark = self.u().top();
        let exc = self.u().alloc();
        let handler = self.u().new_label();
        let got = self.u().new_label();
        let region = self.u().push_region(handler, exc);
        let t = self.u().alloc();
        self.emit(Instr::GetANext { dst: t, iter: it });
        self.await_temporary(t, item);
        self.u().pop_region(region);
        self.u().jump(got);
        self.u().bind(handler);
        self.emit(Instr::EndAsyncFor { exc });
        self.u().jump(end);
        self.u().bind(got);
        self.u().free_to(mark);
    }
}
