//! Statements: dispatch, expression statements, `if`, `while`, `for`, imports, and the
//! bookkeeping of definite assignment across branches and loops.

use crate::compiler::{Compiler, Res};
use crate::literals::constant_of;
use crate::symtable::ScopeKind;
use crate::unwind::intersect;
use ember_bytecode::{Constant, Instr};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

/// Names unbound somewhere in `body` (by `del` or the end of an `except ... as`),
/// without entering nested scopes.
pub(crate) fn deleted_names<'a>(body: &'a [Stmt], out: &mut Vec<&'a str>) {
    fn targets<'a>(e: &'a Expr, out: &mut Vec<&'a str>) {
        match e {
            Expr::Name(n) => out.push(n.id.as_str()),
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                elts.iter().for_each(|e| targets(e, out))
            }
            _ => {}
        }
    }
    for s in body {
        match s {
            Stmt::Delete(d) => d.targets.iter().for_each(|t| targets(t, out)),
            Stmt::For(f) => {
                deleted_names(&f.body, out);
                deleted_names(&f.orelse, out);
            }
            Stmt::While(w) => {
                deleted_names(&w.body, out);
                deleted_names(&w.orelse, out);
            }
            Stmt::If(i) => {
                deleted_names(&i.body, out);
                i.elif_else_clauses
                    .iter()
                    .for_each(|c| deleted_names(&c.body, out));
            }
            Stmt::With(w) => deleted_names(&w.body, out),
            Stmt::Match(m) => m.cases.iter().for_each(|c| deleted_names(&c.body, out)),
            Stmt::Try(t) => {
                deleted_names(&t.body, out);
                deleted_names(&t.orelse, out);
                deleted_names(&t.finalbody, out);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        out.push(n.as_str());
                    }
                    deleted_names(&h.body, out);
                }
            }
            _ => {}
        }
    }
}

/// Whether control never falls off the end of `body`.
pub(crate) fn terminates(body: &[Stmt]) -> bool {
    matches!(
        body.last(),
        Some(Stmt::Return(_) | Stmt::Raise(_) | Stmt::Break(_) | Stmt::Continue(_))
    )
}

impl<'a> Compiler<'_, 'a> {
    pub(crate) fn body(&mut self, body: &'a [Stmt]) -> Res<()> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    pub(crate) fn stmt(&mut self, s: &'a Stmt) -> Res<()> {
        self.set_loc(stmt_head(s));
        if matches!(
            s,
            Stmt::For(_) | Stmt::While(_) | Stmt::Try(_) | Stmt::With(_)
        ) {
            self.check_block_depth(s.range())?;
        }
        let mark = self.u().top();
        match s {
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::Return(r) => self.return_stmt(r)?,
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete(t)?;
                }
            }
            Stmt::Assign(a) => self.assign(a)?,
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => self.ann_assign(a)?,
            Stmt::For(f) => self.for_stmt(f)?,
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::If(i) => self.if_stmt(i)?,
            Stmt::With(w) => self.with_stmt(w)?,
            Stmt::Raise(r) => self.raise(r)?,
            Stmt::Try(t) => self.try_stmt(t)?,
            Stmt::Assert(a) => self.assert(a)?,
            Stmt::Import(i) => self.import(i)?,
            Stmt::ImportFrom(i) => self.import_from(i)?,
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => {}
            Stmt::Expr(e) => self.expr_stmt(&e.value)?,
            Stmt::Break(b) => self.loop_exit(b.range, true)?,
            Stmt::Continue(c) => self.loop_exit(c.range, false)?,
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::TypeAlias(_) | Stmt::IpyEscapeCommand(_) => {
                return Err(self.err("invalid syntax", s.range()))
            }
        }
        self.u().free_to(mark);
        Ok(())
    }

    fn expr_stmt(&mut self, e: &'a Expr) -> Res<()> {
        if self.interactive && self.fr().kind == ScopeKind::Module && self.frames.len() == 1 {
            let v = self.expr(e)?;
            self.set_loc(e.range());
            self.emit(Instr::PrintExpr { src: v });
            return Ok(());
        }
        if constant_of(e, self.optimize, self.src.text).is_some() {
            return Ok(());
        }
        // Calls and yields are compiled into a scratch temporary, released at once (as
        // CPython pops it): a discarded object is freed at the end of its statement.
        let t = self.u().alloc();
        self.expr_to(e, t)?;
        self.set_loc(e.range());
        self.emit(Instr::ClearLocal { reg: t });
        Ok(())
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> Res<()> {
        let end = self.u().new_label();
        let mut states = Vec::new();
        let mut next = self.u().new_label();
        self.jump_if(&i.test, false, next)?;
        let after_test = self.fr().assigned.clone();
        self.body(&i.body)?;
        if !terminates(&i.body) {
            states.push(self.fr().assigned.clone());
        }
        let mut fallthrough = Some(after_test);
        for c in &i.elif_else_clauses {
            self.set_loc(i.range);
            self.u().jump(end);
            self.u().bind(next);
            if let Some(st) = fallthrough.take() {
                self.f().assigned = st;
            }
            next = self.u().new_label();
            match &c.test {
                Some(t) => {
                    self.set_loc(t.range());
                    self.jump_if(t, false, next)?;
                    fallthrough = Some(self.fr().assigned.clone());
                }
                None => fallthrough = None,
            }
            self.body(&c.body)?;
            if !terminates(&c.body) {
                states.push(self.fr().assigned.clone());
            }
        }
        self.u().bind(next);
        self.u().bind(end);
        if let Some(st) = fallthrough {
            states.push(st);
        }
        if !states.is_empty() {
            self.f().assigned = intersect(&states);
        }
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> Res<()> {
        let head = self.state_without(&[&w.body, &w.orelse]);
        self.f().assigned = head.clone();
        let top = self.u().new_label();
        let orelse = self.u().new_label();
        let end = self.u().new_label();
        self.u().bind(top);
        self.jump_if(&w.test, false, orelse)?;
        self.push_loop(top, end);
        self.body(&w.body)?;
        self.pop_loop();
        self.set_loc(w.test.range());
        self.u().jump(top);
        self.u().bind(orelse);
        self.f().assigned = head.clone();
        self.body(&w.orelse)?;
        self.u().bind(end);
        self.f().assigned = head;
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> Res<()> {
        let it = self.u().alloc_n(2);
        let v = self.expr(&f.iter)?;
        self.set_loc(f.iter.range());
        self.emit(if f.is_async {
            Instr::GetAIter { dst: it, src: v }
        } else {
            Instr::GetIter { dst: it, src: v }
        });
        self.u().free_to(it.0 as u32 + 2);
        let head = self.state_without(&[&f.body, &f.orelse]);
        self.f().assigned = head.clone();
        let top = self.u().new_label();
        let exhausted = self.u().new_label();
        let brk = self.u().new_label();
        let end = self.u().new_label();
        self.u().bind(top);
        self.set_loc(f.iter.range());
        if f.is_async {
            self.async_for_step(it, it.offset(1), exhausted);
        } else {
            self.emit(Instr::ForIter {
                iter: it,
                target: exhausted,
            });
        }
        self.store_target(&f.target, it.offset(1))?;
        self.push_loop(top, brk);
        self.body(&f.body)?;
        self.pop_loop();
        self.set_loc(f.iter.range());
        self.u().jump(top);
        // The iterator is released as soon as the loop ends, as CPython pops it.
        self.u().bind(exhausted);
        self.emit(Instr::ClearLocal { reg: it });
        self.f().assigned = head.clone();
        self.body(&f.orelse)?;
        self.u().jump(end);
        self.u().bind(brk);
        self.emit(Instr::ClearLocal { reg: it });
        self.u().bind(end);
        self.f().assigned = head;
        Ok(())
    }

    fn import(&mut self, i: &'a ast::StmtImport) -> Res<()> {
        for a in &i.names {
            let mark = self.u().top();
            let args = self.u().alloc_n(2);
            self.u().load_const(args, Constant::None);
            self.u().load_const(args.offset(1), Constant::Int(0));
            let m = self.u().alloc();
            let name = self.u().name_idx(a.name.as_str());
            self.emit(Instr::ImportName { dst: m, name, args });
            match &a.asname {
                Some(asname) => {
                    // `import a.b.c as d` binds the submodule (CPython's IMPORT_FROM chain).
                    for part in a.name.as_str().split('.').skip(1) {
                        let n = self.u().name_idx(part);
                        self.emit(Instr::ImportFrom {
                            dst: m,
                            module: m,
                            name: n,
                        });
                    }
                    self.store_name(asname, m);
                }
                None => {
                    let top = a.name.as_str().split('.').next().unwrap_or_default();
                    self.store_name(top, m);
                }
            }
            self.u().free_to(mark);
        }
        Ok(())
    }

    fn import_from(&mut self, i: &'a ast::StmtImportFrom) -> Res<()> {
        let module = i.module.as_ref().map_or("", |m| m.as_str());
        if module == "__future__" {
            self.check_future(i)?;
        }
        let args = self.u().alloc_n(2);
        let names: Vec<Constant> = i
            .names
            .iter()
            .map(|a| Constant::Str(a.name.to_string()))
            .collect();
        self.u().load_const(args, Constant::Tuple(names));
        self.u()
            .load_const(args.offset(1), Constant::Int(i.level as i64));
        let m = self.u().alloc();
        let name = self.u().name_idx(module);
        self.emit(Instr::ImportName { dst: m, name, args });
        for a in &i.names {
            if a.name.as_str() == "*" {
                if self.fr().kind != ScopeKind::Module {
                    return Err(self.err("import * only allowed at module level", a.range));
                }
                self.emit(Instr::ImportStar { module: m });
                continue;
            }
            let t = self.u().alloc();
            let n = self.u().name_idx(a.name.as_str());
            self.emit(Instr::ImportFrom {
                dst: t,
                module: m,
                name: n,
            });
            let bound = a.asname.as_ref().unwrap_or(&a.name);
            self.store_name(bound, t);
            self.u().free_to(t.0 as u32);
        }
        Ok(())
    }

    fn check_future(&mut self, i: &ast::StmtImportFrom) -> Res<()> {
        const FEATURES: &[&str] = &[
            "nested_scopes",
            "generators",
            "division",
            "absolute_import",
            "with_statement",
            "print_function",
            "unicode_literals",
            "barry_as_FLUFL",
            "generator_stop",
            "annotations",
        ];
        if !self.future_allowed.contains(&i.range.start()) {
            return Err(self.err(
                "from __future__ imports must occur at the beginning of the file",
                i.range,
            ));
        }
        for a in &i.names {
            let n = a.name.as_str();
            if n == "braces" {
                return Err(self.err("not a chance", i.range));
            }
            if !FEATURES.contains(&n) {
                return Err(self.err(format!("future feature {n} is not defined"), i.range));
            }
        }
        Ok(())
    }
}

/// The range used as the position of a statement's own instructions: its first line
/// for compound statements.
fn stmt_head(s: &Stmt) -> ruff_text_size::TextRange {
    let r = s.range();
    match s {
        Stmt::If(i) => i.test.range(),
        Stmt::While(w) => w.test.range(),
        Stmt::For(f) => ruff_text_size::TextRange::new(r.start(), f.iter.range().end()),
        Stmt::Match(m) => m.subject.range(),
        _ => r,
    }
}
