//! Function, lambda and class definitions: decorators, defaults, keyword-only defaults,
//! annotations and closures around `MakeFunction`, the function body's code object, and
//! class bodies called through `__build_class__`.

use crate::compiler::{Compiler, Res};
use crate::symtable::ScopeId;
use ember_bytecode::{make_function, Constant, Count, Imm, Instr, Reg};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::rc::Rc;

/// What a function's code runs: statements, or the single expression of a lambda.
#[derive(Clone, Copy)]
pub(crate) enum FuncBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}

/// The docstring of a body: its first statement when that is a plain string literal.
pub(crate) fn docstring(body: &[Stmt]) -> Option<String> {
    match body.first() {
        Some(Stmt::Expr(e)) => match &*e.value {
            Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a module or class body annotates a name somewhere (outside nested scopes).
pub(crate) fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::If(i) => {
            has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body))
        }
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Match(m) => m.cases.iter().any(|c| has_annotations(&c.body)),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        _ => false,
    })
}

impl<'a> Compiler<'_, 'a> {
    fn scope_of_node<T>(&self, node: &T, range: TextRange) -> Res<ScopeId> {
        self.table
            .scope_for(node)
            .ok_or_else(|| self.err("internal compiler error: scope not found", range))
    }

    pub(crate) fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> Res<()> {
        let mark = self.u().top();
        let d0 = self.decorators(&f.decorator_list)?;
        let func = self.u().alloc();
        let scope = self.scope_of_node(f, f.range)?;
        let firstline = match f.decorator_list.first() {
            Some(d) => self.src.line_col(d.range.start()).0,
            None => self.src.line_col(f.range.start()).0,
        };
        self.make_function(
            scope,
            &f.name,
            Some(&f.parameters),
            f.returns.as_deref(),
            FuncBody::Stmts(&f.body),
            firstline,
            func,
            f.range,
        )?;
        let result = self.apply_decorators(d0, f.decorator_list.len(), func);
        self.store_name(&f.name, result);
        self.u().free_to(mark);
        Ok(())
    }

    pub(crate) fn lambda(&mut self, l: &'a ast::ExprLambda, dst: Reg) -> Res<()> {
        let scope = self.scope_of_node(l, l.range)?;
        let line = self.src.line_col(l.range.start()).0;
        self.make_function(
            scope,
            "<lambda>",
            l.parameters.as_deref(),
            None,
            FuncBody::Expr(&l.body),
            line,
            dst,
            l.range,
        )
    }

    /// Evaluates decorators into consecutive temporaries; returns the first.
    fn decorators(&mut self, list: &'a [ast::Decorator]) -> Res<Reg> {
        let d0 = self.u().alloc_n(list.len());
        for (i, d) in list.iter().enumerate() {
            self.expr_to(&d.expression, d0.offset(i))?;
        }
        Ok(d0)
    }

    /// Applies `n` decorators in `d0 ..` (bottom-up) to the value in `d0+n`; returns
    /// the register holding the result.
    fn apply_decorators(&mut self, d0: Reg, n: usize, func: Reg) -> Reg {
        for i in (0..n).rev() {
            let w = d0.offset(i);
            self.emit(Instr::Call {
                dst: w,
                func: w,
                argc: Count(1),
            });
        }
        if n > 0 {
            d0
        } else {
            func
        }
    }

    /// Builds defaults, keyword defaults, annotations and closure, compiles the body and
    /// emits `MakeFunction` into `dst`.
    #[allow(clippy::too_many_arguments)]
    fn make_function(
        &mut self,
        scope: ScopeId,
        name: &str,
        params: Option<&'a ast::Parameters>,
        returns: Option<&'a Expr>,
        body: FuncBody<'a>,
        firstline: u32,
        dst: Reg,
        range: TextRange,
    ) -> Res<()> {
        let mark = self.u().top();
        let mut fl = 0u8;
        let args = Reg(self.u().top() as u16);
        if let Some(p) = params {
            let defaults: Vec<&'a Expr> = p
                .posonlyargs
                .iter()
                .chain(&p.args)
                .filter_map(|a| a.default.as_deref())
                .collect();
            if !defaults.is_empty() {
                let t = self.u().alloc();
                self.build_tuple_of(&defaults, t)?;
                fl |= make_function::DEFAULTS;
            }
            let kwdefaults: Vec<(String, &'a Expr)> = p
                .kwonlyargs
                .iter()
                .filter_map(|a| {
                    a.default
                        .as_deref()
                        .map(|d| (self.mangle(&a.parameter.name), d))
                })
                .collect();
            if !kwdefaults.is_empty() {
                let t = self.u().alloc();
                self.build_str_map(&kwdefaults, t, false)?;
                fl |= make_function::KWDEFAULTS;
            }
            let mut anns: Vec<(String, &'a Expr)> = Vec::new();
            let all = p
                .posonlyargs
                .iter()
                .chain(&p.args)
                .map(|a| &a.parameter)
                .chain(p.vararg.as_deref())
                .chain(p.kwonlyargs.iter().map(|a| &a.parameter))
                .chain(p.kwarg.as_deref());
            for a in all {
                if let Some(ann) = &a.annotation {
                    anns.push((self.mangle(&a.name), ann));
                }
            }
            if let Some(r) = returns {
                anns.push(("return".to_string(), r));
            }
            if !anns.is_empty() {
                let t = self.u().alloc();
                self.build_str_map(&anns, t, true)?;
                fl |= make_function::ANNOTATIONS;
            }
        } else if let Some(r) = returns {
            let t = self.u().alloc();
            self.build_str_map(&[("return".to_string(), r)], t, true)?;
            fl |= make_function::ANNOTATIONS;
        }
        let code = self.function_code(scope, name, params, body, firstline)?;
        if !code.freevars.is_empty() {
            let t = self.u().alloc();
            self.closure_tuple(&code, t, range)?;
            fl |= make_function::CLOSURE;
        }
        let k = self.u().const_idx(Constant::Code(Rc::new(code)));
        self.emit(Instr::MakeFunction {
            dst,
            code: k,
            args,
            flags: Imm(fl),
        });
        self.u().free_to(mark);
        Ok(())
    }

    fn build_tuple_of(&mut self, items: &[&'a Expr], dst: Reg) -> Res<()> {
        let consts: Option<Vec<Constant>> = items
            .iter()
            .map(|e| crate::literals::constant_of(e, self.optimize, self.src.text))
            .collect();
        if let Some(c) = consts {
            self.u().load_const(dst, Constant::Tuple(c));
            return Ok(());
        }
        let mark = self.u().top();
        let start = self.u().alloc_n(items.len());
        for (i, e) in items.iter().enumerate() {
            self.expr_to(e, start.offset(i))?;
        }
        self.emit(Instr::BuildTuple {
            dst,
            start,
            count: Count(items.len() as u16),
        });
        self.u().free_to(mark);
        Ok(())
    }

    /// `{name: value, ...}` with constant string keys, into `dst`.
    /// A dict of str keys; `annotations` values are strings under
    /// `from __future__ import annotations`.
    pub(crate) fn build_str_map(
        &mut self,
        items: &[(String, &'a Expr)],
        dst: Reg,
        annotations: bool,
    ) -> Res<()> {
        let mark = self.u().top();
        let start = self.u().alloc_n(2 * items.len());
        for (i, (k, v)) in items.iter().enumerate() {
            self.u()
                .load_const(start.offset(2 * i), Constant::Str(k.clone()));
            if annotations && self.future_annotations {
                let text = crate::unparse::unparse(v, self.src.text);
                self.u()
                    .load_const(start.offset(2 * i + 1), Constant::Str(text));
            } else {
                self.expr_to(v, start.offset(2 * i + 1))?;
            }
        }
        self.emit(Instr::BuildMap {
            dst,
            start,
            count: Count(items.len() as u16),
        });
        self.u().free_to(mark);
        Ok(())
    }

    /// Compiles the code object of a function or lambda.
    fn function_code(
        &mut self,
        scope: ScopeId,
        name: &str,
        params: Option<&'a ast::Parameters>,
        body: FuncBody<'a>,
        firstline: u32,
    ) -> Res<ember_bytecode::CodeObject> {
        let qualname = self.child_qualname(name);
        self.enter_scope(scope, name, qualname, firstline);
        if let Some(p) = params {
            let code = &mut self.u().code;
            code.posonlyargcount = p.posonlyargs.len() as u32;
            code.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
            code.kwonlyargcount = p.kwonlyargs.len() as u32;
            if p.vararg.is_some() {
                code.flags |= ember_bytecode::flags::VARARGS;
            }
            if p.kwarg.is_some() {
                code.flags |= ember_bytecode::flags::VARKEYWORDS;
            }
        }
        match body {
            FuncBody::Stmts(stmts) => {
                let mut stmts = stmts;
                if let Some(doc) = docstring(stmts) {
                    if self.optimize < 2 {
                        self.u().code.docstring = Some(doc);
                    }
                    stmts = &stmts[1..];
                }
                self.body(stmts)?;
                let t = self.u().alloc();
                self.u().load_const(t, Constant::None);
                self.emit(Instr::Return { src: t });
            }
            FuncBody::Expr(e) => {
                let saved = self.set_loc(e.range());
                let r = self.expr(e)?;
                self.emit(Instr::Return { src: r });
                self.restore_loc(saved);
            }
        }
        self.leave_scope()
    }

    pub(crate) fn class_def(&mut self, c: &'a ast::StmtClassDef) -> Res<()> {
        let mark = self.u().top();
        let d0 = self.decorators(&c.decorator_list)?;
        let result = self.u().alloc();
        let scope = self.scope_of_node(c, c.range)?;
        let firstline = match c.decorator_list.first() {
            Some(d) => self.src.line_col(d.range.start()).0,
            None => self.src.line_col(c.range.start()).0,
        };
        let w = self.u().alloc_n(3);
        self.emit(Instr::LoadBuildClass { dst: w });
        let code = self.class_body_code(scope, &c.name, &c.body, firstline, c.range)?;
        let mut fl = 0u8;
        let args = Reg(self.u().top() as u16);
        if !code.freevars.is_empty() {
            let t = self.u().alloc();
            self.closure_tuple(&code, t, c.range)?;
            fl |= make_function::CLOSURE;
        }
        let k = self.u().const_idx(Constant::Code(Rc::new(code)));
        self.emit(Instr::MakeFunction {
            dst: w.offset(1),
            code: k,
            args,
            flags: Imm(fl),
        });
        self.u().free_to(w.0 as u32 + 3);
        self.u()
            .load_const(w.offset(2), Constant::Str(c.name.to_string()));
        self.check_keywords(c.keywords())?;
        self.finish_call(w, 2, c.bases(), c.keywords(), result)?;
        self.u().free_to(result.0 as u32 + 1);
        let r = self.apply_decorators(d0, c.decorator_list.len(), result);
        self.store_name(&c.name, r);
        self.u().free_to(mark);
        Ok(())
    }

    fn class_body_code(
        &mut self,
        scope: ScopeId,
        name: &str,
        body: &'a [Stmt],
        firstline: u32,
        range: TextRange,
    ) -> Res<ember_bytecode::CodeObject> {
        let qualname = self.child_qualname(name);
        self.enter_scope(scope, name, qualname.clone(), firstline);
        self.set_loc(range);
        let t = self.u().alloc();
        self.load_global_name("__name__", t, true);
        self.store_plain_name("__module__", t);
        self.u().load_const(t, Constant::Str(qualname));
        self.store_plain_name("__qualname__", t);
        let mut stmts = body;
        if let Some(doc) = docstring(body) {
            if let Some(Stmt::Expr(e)) = body.first() {
                self.set_loc(e.range);
            }
            if self.optimize < 2 {
                self.u().code.docstring = Some(doc.clone());
                self.u().load_const(t, Constant::Str(doc));
                self.store_plain_name("__doc__", t);
            }
            stmts = &body[1..];
        }
        if has_annotations(body) {
            self.emit(Instr::SetupAnnotations {});
        }
        self.u().free_to(t.0 as u32);
        self.body(stmts)?;
        let t = self.u().alloc();
        match self.class_cell() {
            Some(cell) => {
                self.emit(Instr::LoadCell { dst: t, cell });
                self.store_plain_name("__classcell__", t);
            }
            None => self.u().load_const(t, Constant::None),
        }
        self.emit(Instr::Return { src: t });
        self.leave_scope()
    }

    /// `LoadName` (or `LoadGlobal`) of a name without scope analysis.
    pub(crate) fn load_global_name(&mut self, name: &str, dst: Reg, mapping: bool) {
        let n = self.u().name_idx(name);
        self.emit(if mapping {
            Instr::LoadName { dst, name: n }
        } else {
            Instr::LoadGlobal { dst, name: n }
        });
    }

    /// `StoreName` without mangling or scope analysis (`__module__`, `__doc__` ...).
    pub(crate) fn store_plain_name(&mut self, name: &str, src: Reg) {
        let n = self.u().name_idx(name);
        self.emit(Instr::StoreName { name: n, src });
    }
}
