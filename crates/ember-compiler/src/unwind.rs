//! Exceptions and unwinding: `try`/`except`/`else`/`finally`, `with`, `raise`, and the
//! frame-block stack that `return`, `break` and `continue` unwind through (running
//! pending `finally` bodies, `__exit__(None, None, None)` calls and `PopExcInfo`s
//! inline before jumping).
//!
//! Protocol (see `ember_bytecode::instr`): a region of the exception table sends an
//! exception to a handler with the exception object in a register reserved when the
//! statement starts. Handlers begin with `PushExcInfo`; a second region covers the
//! handler body so that an exception escaping it runs `PopExcInfo` then `Reraise`.

use crate::compiler::{Compiler, Res};
use crate::unit::RegionId;
use ember_bytecode::{raise_kind, Constant, Count, Imm, Instr, Label, Reg};
use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::{Ranged, TextRange};

/// A block that `return` / `break` / `continue` must leave properly.
#[derive(Clone)]
pub(crate) enum FBlock<'a> {
    Loop {
        continue_to: Label,
        break_to: Label,
    },
    /// Inside `try:` of a `try/finally`: leaving runs the finally body.
    TryFinally {
        body: &'a [Stmt],
        region: RegionId,
    },
    /// Inside the exceptional copy of a finally body.
    FinallyEnd {
        save: Reg,
        region: RegionId,
    },
    /// Inside an `except` clause (or a `with` handler): leaving pops the handled
    /// exception and clears the `as` name.
    Handler {
        save: Reg,
        name: Option<&'a str>,
        regions: Vec<RegionId>,
    },
    /// Inside `try:` of a `try/except`: leaving only ends the protected range.
    TryExcept {
        region: RegionId,
    },
    /// Inside a `with` body: leaving calls `__exit__(None, None, None)`.
    With {
        exit: Reg,
        region: RegionId,
        is_async: bool,
    },
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Exit {
    Break,
    Continue,
}

impl<'a> Compiler<'_, 'a> {
    fn push_fblock(&mut self, b: FBlock<'a>) {
        self.f().fblocks.push(b);
    }

    /// CPython allows 20 nested blocks (`CO_MAXBLOCKS`).
    pub(crate) fn check_block_depth(&self, range: TextRange) -> Res<()> {
        if self.fr().fblocks.len() >= 20 {
            return Err(self.err("too many statically nested blocks", range));
        }
        Ok(())
    }
    fn pop_fblock(&mut self) {
        self.f().fblocks.pop();
    }

    /// Emits the cleanup of the frame blocks from the innermost one down to (not
    /// including) index `stop`, suspending their regions; returns the regions to resume
    /// once the jump is emitted.
    fn unwind_to(&mut self, stop: usize) -> Res<Vec<RegionId>> {
        let saved = self.fr().fblocks.clone();
        let state = self.fr().assigned.clone();
        let mut suspended = Vec::new();
        let mut i = saved.len();
        while i > stop {
            i -= 1;
            let b = saved[i].clone();
            self.f().fblocks.truncate(i);
            match b {
                FBlock::Loop { .. } => {}
                FBlock::TryExcept { region } => {
                    self.u().suspend_region(region);
                    suspended.push(region);
                }
                FBlock::TryFinally { body, region } => {
                    self.u().suspend_region(region);
                    suspended.push(region);
                    self.body(body)?;
                }
                FBlock::FinallyEnd { save, region } => {
                    self.u().suspend_region(region);
                    suspended.push(region);
                    self.emit(Instr::PopExcInfo { save });
                }
                FBlock::Handler {
                    save,
                    name,
                    regions,
                } => {
                    for r in &regions {
                        self.u().suspend_region(*r);
                        suspended.push(*r);
                    }
                    self.emit(Instr::PopExcInfo { save });
                    if let Some(n) = name {
                        self.clear_handler_name(n);
                    }
                }
                FBlock::With {
                    exit,
                    region,
                    is_async,
                } => {
                    self.u().suspend_region(region);
                    suspended.push(region);
                    self.call_exit_none(exit, is_async);
                }
            }
        }
        self.f().fblocks = saved;
        self.f().assigned = state;
        Ok(suspended)
    }

    fn resume(&mut self, regions: Vec<RegionId>) {
        for r in regions.into_iter().rev() {
            self.u().resume_region(r);
        }
    }

    fn needs_unwind(&self) -> bool {
        self.fr()
            .fblocks
            .iter()
            .any(|b| !matches!(b, FBlock::Loop { .. } | FBlock::TryExcept { .. }))
    }

    pub(crate) fn return_stmt(&mut self, r: &'a ast::StmtReturn) -> Res<()> {
        if !self.fr().kind.is_function() {
            return Err(self.err("'return' outside function", r.range));
        }
        let sc = &self.table.scopes[self.fr().scope];
        if r.value.is_some() && sc.is_coroutine && sc.is_generator {
            return Err(self.err("'return' with value in async generator", r.range));
        }
        let v = match &r.value {
            Some(v) if self.needs_unwind() => self.expr_new(v)?,
            Some(v) => self.expr(v)?,
            None => {
                let t = self.u().alloc();
                self.u().load_const(t, Constant::None);
                t
            }
        };
        self.set_loc(r.range);
        let regions = self.unwind_to(0)?;
        self.set_loc(r.range);
        self.emit(Instr::Return { src: v });
        self.resume(regions);
        Ok(())
    }

    pub(crate) fn loop_exit(&mut self, range: TextRange, is_break: bool) -> Res<()> {
        let kind = if is_break {
            Exit::Break
        } else {
            Exit::Continue
        };
        let blocks = &self.fr().fblocks;
        let found = blocks.iter().enumerate().rev().find_map(|(i, b)| match b {
            FBlock::Loop {
                continue_to,
                break_to,
            } => Some((i, *continue_to, *break_to)),
            _ => None,
        });
        let Some((i, cont, brk)) = found else {
            return Err(self.err(
                if kind == Exit::Break {
                    "'break' outside loop"
                } else {
                    "'continue' not properly in loop"
                },
                range,
            ));
        };
        let regions = self.unwind_to(i + 1)?;
        self.set_loc(range);
        self.u().jump(if kind == Exit::Break { brk } else { cont });
        self.resume(regions);
        Ok(())
    }

    pub(crate) fn push_loop(&mut self, continue_to: Label, break_to: Label) {
        self.push_fblock(FBlock::Loop {
            continue_to,
            break_to,
        });
    }
    pub(crate) fn pop_loop(&mut self) {
        self.pop_fblock();
    }

    /// Calls the bound `__exit__` in `exit` with three `None`s, discarding the result.
    /// `exit(None, None, None)`, awaited for `async with`.
    fn call_exit_none(&mut self, exit: Reg, is_async: bool) {
        let mark = self.u().top();
        let w = self.u().alloc_n(4);
        self.emit(Instr::Move { dst: w, src: exit });
        for i in 1..4 {
            self.u().load_const(w.offset(i), Constant::None);
        }
        self.emit(Instr::Call {
            dst: w,
            func: w,
            argc: Count(3),
        });
        if is_async {
            self.await_value(w, w);
        }
        self.u().free_to(mark);
    }

    /// After an `except ... as name` clause: `name = None; del name` (as CPython).
    fn clear_handler_name(&mut self, name: &str) {
        match self.access(name) {
            crate::compiler::Access::Fast(r) => {
                self.emit(Instr::ClearLocal { reg: r });
                self.set_assigned(r, false);
            }
            _ => {
                let t = self.u().alloc();
                self.u().load_const(t, Constant::None);
                self.store_name(name, t);
                self.delete_name(name);
                self.u().free_to(t.0 as u32);
            }
        }
    }

    pub(crate) fn raise(&mut self, r: &'a ast::StmtRaise) -> Res<()> {
        match (&r.exc, &r.cause) {
            (None, _) => {
                let t = self.u().alloc();
                self.set_loc(r.range);
                self.emit(Instr::Raise {
                    kind: Imm(raise_kind::RERAISE),
                    exc: t,
                    cause: t,
                });
            }
            (Some(e), None) => {
                let v = self.expr(e)?;
                self.set_loc(r.range);
                self.emit(Instr::Raise {
                    kind: Imm(raise_kind::EXC),
                    exc: v,
                    cause: v,
                });
            }
            (Some(e), Some(c)) => {
                let v = self.expr(e)?;
                let cr = self.expr(c)?;
                self.set_loc(r.range);
                self.emit(Instr::Raise {
                    kind: Imm(raise_kind::EXC_FROM),
                    exc: v,
                    cause: cr,
                });
            }
        }
        Ok(())
    }

    pub(crate) fn try_stmt(&mut self, t: &'a ast::StmtTry) -> Res<()> {
        if t.finalbody.is_empty() {
            return self.try_except(t);
        }
        let mark = self.u().top();
        let exc = self.u().alloc();
        let save = self.u().alloc();
        let handler = self.u().new_label();
        let cleanup = self.u().new_label();
        let end = self.u().new_label();
        let before = self.state_without(&[&t.body, &t.orelse]);
        let region = self.u().push_region(handler, exc);
        self.push_fblock(FBlock::TryFinally {
            body: &t.finalbody,
            region,
        });
        if t.handlers.is_empty() {
            self.body(&t.body)?;
        } else {
            self.try_except(t)?;
        }
        self.pop_fblock();
        self.u().pop_region(region);
        self.body(&t.finalbody)?;
        self.u().jump(end);
        let normal_state = self.fr().assigned.clone();

        // Exceptional path: the finally body again, then re-raise.
        self.f().assigned = before;
        self.u().bind(handler);
        self.set_loc(t.range);
        self.emit(Instr::PushExcInfo { exc, save });
        let r2 = self.u().push_region(cleanup, exc);
        self.push_fblock(FBlock::FinallyEnd { save, region: r2 });
        self.body(&t.finalbody)?;
        self.pop_fblock();
        self.u().pop_region(r2);
        self.set_loc(t.range);
        self.emit(Instr::PopExcInfo { save });
        self.emit(Instr::Reraise { exc });
        self.pop_except_cleanup(cleanup, exc, save);
        self.u().bind(end);
        self.f().assigned = normal_state;
        self.u().free_to(mark);
        Ok(())
    }

    /// `cleanup: PopExcInfo; Reraise` — where exceptions escaping a handler go.
    fn pop_except_cleanup(&mut self, cleanup: Label, exc: Reg, save: Reg) {
        self.u().bind(cleanup);
        self.emit(Instr::PopExcInfo { save });
        self.emit(Instr::Reraise { exc });
    }

    /// The definite-assignment state with every name deleted in `bodies` unassigned:
    /// the state an exception handler or a loop head can count on.
    pub(crate) fn state_without(&mut self, bodies: &[&[Stmt]]) -> Vec<bool> {
        let mut state = self.fr().assigned.clone();
        let mut names = Vec::new();
        for b in bodies {
            crate::stmt::deleted_names(b, &mut names);
        }
        for n in names {
            if let crate::compiler::Access::Fast(r) = self.access(n) {
                if let Some(a) = state.get_mut(r.index()) {
                    *a = false;
                }
            }
        }
        state
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> Res<()> {
        let mark = self.u().top();
        let exc = self.u().alloc();
        let save = self.u().alloc();
        let handler = self.u().new_label();
        let cleanup = self.u().new_label();
        let end = self.u().new_label();
        let before = self.state_without(&[&t.body]);
        let region = self.u().push_region(handler, exc);
        self.push_fblock(FBlock::TryExcept { region });
        self.body(&t.body)?;
        self.pop_fblock();
        self.u().pop_region(region);
        self.body(&t.orelse)?;
        self.u().jump(end);
        let mut end_states = vec![self.fr().assigned.clone()];

        self.u().bind(handler);
        self.set_loc(t.range);
        self.emit(Instr::PushExcInfo { exc, save });
        let r2 = self.u().push_region(cleanup, exc);
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.f().assigned = before.clone();
            self.set_loc(h.range);
            let next = self.u().new_label();
            match &h.type_ {
                Some(ty) => {
                    let m = self.u().top();
                    let tr = self.expr(ty)?;
                    let ok = self.u().alloc();
                    self.set_loc(h.range);
                    self.emit(Instr::CheckExcMatch {
                        dst: ok,
                        exc,
                        ty: tr,
                    });
                    self.emit(Instr::JumpIfFalse {
                        cond: ok,
                        target: next,
                    });
                    self.u().free_to(m);
                }
                None => {
                    if i + 1 != t.handlers.len() {
                        return Err(self.err("default 'except:' must be last", h.range));
                    }
                }
            }
            let name = h.name.as_ref().map(|n| n.as_str());
            let mut regions = vec![r2];
            let mut r3 = None;
            let name_cleanup = self.u().new_label();
            if let Some(n) = name {
                self.store_name(n, exc);
                let r = self.u().push_region(name_cleanup, exc);
                regions.push(r);
                r3 = Some(r);
            }
            self.push_fblock(FBlock::Handler {
                save,
                name,
                regions,
            });
            self.body(&h.body)?;
            self.pop_fblock();
            if let Some(r) = r3 {
                self.u().pop_region(r);
            }
            self.set_loc(h.range);
            self.emit(Instr::PopExcInfo { save });
            if let Some(n) = name {
                self.clear_handler_name(n);
            }
            self.u().jump(end);
            end_states.push(self.fr().assigned.clone());
            if let Some(n) = name {
                // An exception escaping the clause: clear the name, then clean up.
                self.u().bind(name_cleanup);
                self.clear_handler_name(n);
                self.u().jump(cleanup);
            }
            self.u().bind(next);
        }
        self.set_loc(t.range);
        self.emit(Instr::Reraise { exc });
        self.u().pop_region(r2);
        self.pop_except_cleanup(cleanup, exc, save);
        self.u().bind(end);
        self.f().assigned = intersect(&end_states);
        self.u().free_to(mark);
        Ok(())
    }

    pub(crate) fn with_stmt(&mut self, w: &'a ast::StmtWith) -> Res<()> {
        if w.items.is_empty() {
            return Err(self.err("invalid syntax", w.range));
        }
        self.with_items(&w.items, &w.body, w.range, w.is_async)
    }

    fn with_items(
        &mut self,
        items: &'a [ast::WithItem],
        body: &'a [Stmt],
        range: TextRange,
        is_async: bool,
    ) -> Res<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.body(body);
        };
        let mark = self.u().top();
        let mgr = self.expr(&item.context_expr)?;
        let win = self.u().alloc_n(2);
        self.set_loc(item.context_expr.range());
        if is_async {
            self.emit(Instr::BeforeAsyncWith { dst: win, mgr });
            self.await_value(win.offset(1), win.offset(1));
        } else {
            self.emit(Instr::BeforeWith { dst: win, mgr });
        }
        let exc = self.u().alloc();
        let save = self.u().alloc();
        let handler = self.u().new_label();
        let cleanup = self.u().new_label();
        let end = self.u().new_label();
        let before = self.state_without(&[body]);
        let region = self.u().push_region(handler, exc);
        if let Some(v) = &item.optional_vars {
            self.store_target(v, win.offset(1))?;
        }
        self.push_fblock(FBlock::With {
            exit: win,
            region,
            is_async,
        });
        self.with_items(rest, body, range, is_async)?;
        self.pop_fblock();
        self.u().pop_region(region);
        self.set_loc(range);
        self.call_exit_none(win, is_async);
        self.u().jump(end);
        let normal = self.fr().assigned.clone();

        self.u().bind(handler);
        self.f().assigned = before;
        self.emit(Instr::PushExcInfo { exc, save });
        let r2 = self.u().push_region(cleanup, exc);
        let res = self.u().alloc();
        let suppress = self.u().new_label();
        self.emit(Instr::WithExceptStart {
            dst: res,
            exit: win,
            exc,
        });
        if is_async {
            self.await_value(res, res);
        }
        self.emit(Instr::JumpIfTrue {
            cond: res,
            target: suppress,
        });
        self.emit(Instr::Reraise { exc });
        self.u().pop_region(r2);
        self.u().bind(suppress);
        self.emit(Instr::PopExcInfo { save });
        self.u().jump(end);
        self.pop_except_cleanup(cleanup, exc, save);
        self.u().bind(end);
        let suppressed = self.fr().assigned.clone();
        self.f().assigned = intersect(&[normal, suppressed]);
        self.u().free_to(mark);
        Ok(())
    }

    /// `assert test, msg`.
    pub(crate) fn assert(&mut self, a: &'a ast::StmtAssert) -> Res<()> {
        if self.optimize > 0 {
            return Ok(());
        }
        let end = self.u().new_label();
        self.jump_if(&a.test, true, end)?;
        self.set_loc(a.range);
        let w = self.u().alloc_n(2);
        self.emit(Instr::LoadAssertionError { dst: w });
        if let Some(m) = &a.msg {
            self.expr_to(m, w.offset(1))?;
            self.set_loc(a.range);
            self.emit(Instr::Call {
                dst: w,
                func: w,
                argc: Count(1),
            });
        }
        self.emit(Instr::Raise {
            kind: Imm(raise_kind::EXC),
            exc: w,
            cause: w,
        });
        self.u().bind(end);
        Ok(())
    }
}

/// The locals assigned on every path (element-wise AND).
pub(crate) fn intersect(states: &[Vec<bool>]) -> Vec<bool> {
    let mut it = states.iter();
    let Some(first) = it.next() else {
        return Vec::new();
    };
    let mut out = first.clone();
    for s in it {
        for (o, v) in out.iter_mut().zip(s) {
            *o = *o && *v;
        }
    }
    out
}
