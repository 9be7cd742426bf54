//! Symbol tables: one scope per module, class, function, lambda and comprehension, and
//! the resolution of every name to local / global / free / cell, as CPython 3.11's
//! `Python/symtable.c` does (two passes: collect definitions and uses, then analyse
//! bottom-up the free variables each scope needs from its parents).
//!
//! Scopes are found again by the code generator through the address of their AST node
//! (the tree is not moved between the passes), so the two passes may visit nested
//! scopes in different orders.

use crate::errors::{CompileError, NOT_YET};
use crate::source::Source;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::collections::{HashMap, HashSet};

pub(crate) type ScopeId = usize;

/// Definition flags of a symbol in one scope (CPython's `DEF_*`).
pub(crate) mod def {
    pub const GLOBAL: u32 = 1;
    pub const LOCAL: u32 = 2;
    pub const PARAM: u32 = 4;
    pub const NONLOCAL: u32 = 8;
    pub const USE: u32 = 16;
    pub const FREE_CLASS: u32 = 32;
    pub const IMPORT: u32 = 64;
    pub const ANNOT: u32 = 128;
    pub const COMP_ITER: u32 = 256;
    pub const BOUND: u32 = LOCAL | PARAM | IMPORT;
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

impl ScopeKind {
    /// Function-like scopes keep their locals in registers.
    pub fn is_function(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// Where a name lives, as CPython's `_PyST_GetScope`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NameScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Debug)]
pub(crate) struct Symbol {
    pub name: String,
    pub flags: u32,
    pub scope: NameScope,
}

#[derive(Debug)]
pub(crate) struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Symbols in order of first appearance.
    pub symbols: Vec<Symbol>,
    pub(crate) index: HashMap<String, usize>,
    /// Parameter names in CPython's order (positional, keyword-only, `*args`, `**kwargs`).
    pub params: Vec<String>,
    pub children: Vec<ScopeId>,
    pub is_generator: bool,
    /// An `async def` function, or a comprehension awaiting inside one.
    pub is_coroutine: bool,
    /// Defined inside a function-like scope.
    pub nested: bool,
    /// A class body whose methods use `__class__` or `super`.
    pub needs_class_closure: bool,
    pub(crate) has_free: bool,
    pub(crate) child_free: bool,
    /// The name of the class this scope is in (for private name mangling).
    pub private: Option<String>,
    /// The scope contains an assignment expression (`:=`): locals are then never read
    /// in place by a later operand, since a walrus could rebind them meanwhile.
    pub has_named_expr: bool,
    /// Where each `global` / `nonlocal` declaration was, for error locations.
    pub(crate) directives: HashMap<String, TextRange>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, nested: bool, private: Option<String>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            symbols: Vec::new(),
            index: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            nested,
            needs_class_closure: false,
            has_free: false,
            child_free: false,
            private,
            directives: HashMap::new(),
            has_named_expr: false,
        }
    }

    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i])
    }

    /// The scope of `name` (a name never seen here is an implicit global).
    pub fn scope_of(&self, name: &str) -> NameScope {
        self.lookup(name)
            .map_or(NameScope::GlobalImplicit, |s| s.scope)
    }

    fn flags(&self, name: &str) -> u32 {
        self.lookup(name).map_or(0, |s| s.flags)
    }
}

/// All scopes of one compilation; scope 0 is the module.
pub(crate) struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
}

impl SymbolTable {
    /// The scope created for the AST node at `node` (a function, class, lambda or
    /// comprehension node).
    pub fn scope_for<T>(&self, node: &T) -> Option<ScopeId> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }
}

/// CPython's private name mangling: `__x` inside class `C` is `_C__x`.
pub(crate) fn mangle(private: Option<&str>, name: &str) -> String {
    if let Some(class) = private {
        if name.starts_with("__") && !name.ends_with("__") && !name.contains('.') {
            let stripped = class.trim_start_matches('_');
            if !stripped.is_empty() {
                return format!("_{stripped}{name}");
            }
        }
    }
    name.to_string()
}

type Res<T> = Result<T, CompileError>;

/// Whether the module's leading `from __future__` imports (after its docstring) include
/// `annotations`.
pub(crate) fn future_annotations(body: &[Stmt]) -> bool {
    let docstring = matches!(body.first(), Some(Stmt::Expr(e)) if e.value.is_string_literal_expr());
    body.iter()
        .skip(docstring as usize)
        .map_while(|s| match s {
            Stmt::ImportFrom(i)
                if i.module
                    .as_ref()
                    .is_some_and(|m| m.as_str() == "__future__") =>
            {
                Some(i)
            }
            _ => None,
        })
        .any(|i| i.names.iter().any(|a| a.name.as_str() == "annotations"))
}

/// The first expression CPython forbids in an annotation under
/// `from __future__ import annotations` (with its name for the message).
fn forbidden_in_annotation(e: &Expr) -> Option<(&'static str, TextRange)> {
    use ruff_python_ast::visitor::{walk_expr, Visitor};
    struct Find(Option<(&'static str, TextRange)>);
    impl<'x> Visitor<'x> for Find {
        fn visit_expr(&mut self, e: &'x Expr) {
            if self.0.is_some() {
                return;
            }
            self.0 = match e {
                Expr::Named(n) => Some(("named expression", n.range)),
                Expr::Yield(y) => Some(("yield expression", y.range)),
                Expr::YieldFrom(y) => Some(("yield expression", y.range)),
                Expr::Await(a) => Some(("await expression", a.range)),
                _ => None,
            };
            if self.0.is_none() {
                walk_expr(self, e);
            }
        }
    }
    let mut f = Find(None);
    f.visit_expr(e);
    f.0
}

/// Builds the symbol table of a module (or of the single expression of `eval`).
pub(crate) fn build(src: &Source, body: &[Stmt], eval: Option<&Expr>) -> Res<SymbolTable> {
    let mut b = Builder {
        src,
        table: SymbolTable {
            scopes: vec![Scope::new(ScopeKind::Module, "top", false, None)],
            by_node: HashMap::new(),
        },
        stack: vec![0],
        future_annotations: future_annotations(body),
    };
    for s in body {
        b.stmt(s)?;
    }
    if let Some(e) = eval {
        b.expr(e)?;
    }
    let mut free = HashSet::new();
    let mut global = HashSet::new();
    crate::scope_analysis::analyze(src, &mut b.table, 0, None, &mut free, &mut global)?;
    Ok(b.table)
}

struct Builder<'s, 'a> {
    src: &'s Source<'a>,
    table: SymbolTable,
    stack: Vec<ScopeId>,
    /// `from __future__ import annotations`: annotations are strings, never evaluated.
    future_annotations: bool,
}

impl Builder<'_, '_> {
    fn cur(&self) -> ScopeId {
        *self.stack.last().expect("the module scope is never popped")
    }
    fn cur_scope(&mut self) -> &mut Scope {
        let c = self.cur();
        &mut self.table.scopes[c]
    }
    fn err(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        self.src.syntax_error(msg, range)
    }

    fn mangle(&self, name: &str) -> String {
        mangle(self.table.scopes[self.cur()].private.as_deref(), name)
    }

    fn add_def(&mut self, name: &str, flag: u32, range: TextRange) -> Res<()> {
        let name = self.mangle(name);
        self.add_def_in(self.cur(), &name, flag, range)
    }

    fn add_def_in(&mut self, sid: ScopeId, name: &str, flag: u32, range: TextRange) -> Res<()> {
        let scope = &mut self.table.scopes[sid];
        if let Some(&i) = scope.index.get(name) {
            let old = scope.symbols[i].flags;
            if flag & def::PARAM != 0 && old & def::PARAM != 0 {
                return Err(self.err(
                    format!("duplicate argument '{name}' in function definition"),
                    range,
                ));
            }
            scope.symbols[i].flags |= flag;
        } else {
            scope.index.insert(name.to_string(), scope.symbols.len());
            scope.symbols.push(Symbol {
                name: name.to_string(),
                flags: flag,
                scope: NameScope::GlobalImplicit,
            });
        }
        if flag & def::PARAM != 0 {
            self.table.scopes[sid].params.push(name.to_string());
        }
        Ok(())
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, node: usize) -> ScopeId {
        let parent = self.cur();
        let p = &self.table.scopes[parent];
        let nested = p.kind.is_function() || p.nested;
        let private = if p.kind == ScopeKind::Class {
            Some(p.name.clone())
        } else {
            p.private.clone()
        };
        let id = self.table.scopes.len();
        self.table
            .scopes
            .push(Scope::new(kind, name, nested, private));
        self.table.scopes[parent].children.push(id);
        self.table.by_node.insert(node, id);
        self.stack.push(id);
        id
    }

    fn leave(&mut self) {
        self.stack.pop();
    }

    fn body(&mut self, body: &[Stmt]) -> Res<()> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &Stmt) -> Res<()> {
        match s {
            Stmt::FunctionDef(f) => {
                if f.type_params.is_some() {
                    return Err(self.err("invalid syntax", f.range));
                }
                self.add_def(&f.name, def::LOCAL, f.name.range)?;
                for d in &f.decorator_list {
                    self.expr(&d.expression)?;
                }
                self.param_defaults(&f.parameters)?;
                self.param_annotations(&f.parameters)?;
                if let Some(r) = &f.returns {
                    self.annotation(r)?;
                }
                let id = self.enter(ScopeKind::Function, &f.name, f as *const _ as usize);
                self.table.scopes[id].is_coroutine = f.is_async;
                self.params(&f.parameters, f.range)?;
                self.body(&f.body)?;
                self.leave();
            }
            Stmt::ClassDef(c) => {
                if c.type_params.is_some() {
                    return Err(self.err("invalid syntax", c.range));
                }
                self.add_def(&c.name, def::LOCAL, c.name.range)?;
                for d in &c.decorator_list {
                    self.expr(&d.expression)?;
                }
                for b in c.bases() {
                    self.expr(b)?;
                }
                for k in c.keywords() {
                    self.expr(&k.value)?;
                }
                self.enter(ScopeKind::Class, &c.name, c as *const _ as usize);
                self.body(&c.body)?;
                self.leave();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.expr(t)?;
                }
            }
            Stmt::Assign(a) => {
                for t in &a.targets {
                    self.expr(t)?;
                }
                self.expr(&a.value)?;
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.target)?;
                self.expr(&a.value)?;
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let name = self.mangle(&n.id);
                    let flags = self.table.scopes[self.cur()].flags(&name);
                    if flags & (def::GLOBAL | def::NONLOCAL) != 0 && a.simple {
                        let which = if flags & def::GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(self.err(
                            format!("annotated name '{}' can't be {which}", n.id),
                            n.range,
                        ));
                    }
                    if a.simple {
                        self.add_def(&n.id, def::ANNOT | def::LOCAL, n.range)?;
                    } else if a.value.is_some() {
                        self.add_def(&n.id, def::LOCAL, n.range)?;
                    }
                } else {
                    self.expr(&a.target)?;
                }
                self.annotation(&a.annotation)?;
                if let Some(v) = &a.value {
                    self.expr(v)?;
                }
            }
            Stmt::TypeAlias(t) => return Err(self.err("invalid syntax", t.range)),
            Stmt::For(f) => {
                if f.is_async && !self.cur_scope().is_coroutine {
                    return Err(self.err("'async for' outside async function", f.range));
                }
                self.expr(&f.target)?;
                self.expr(&f.iter)?;
                self.body(&f.body)?;
                self.body(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.body(&w.body)?;
                self.body(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.body(&i.body)?;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t)?;
                    }
                    self.body(&c.body)?;
                }
            }
            Stmt::With(w) => {
                if w.is_async && !self.cur_scope().is_coroutine {
                    return Err(self.err("'async with' outside async function", w.range));
                }
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.body(&w.body)?;
            }
            Stmt::Match(m) => {
                self.expr(&m.subject)?;
                for case in &m.cases {
                    self.pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.expr(g)?;
                    }
                    self.body(&case.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                }
            }
            Stmt::Try(t) => {
                if t.is_star {
                    return Err(self.err(format!("{NOT_YET} except*"), t.range));
                }
                self.body(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n, def::LOCAL, n.range)?;
                    }
                    self.body(&h.body)?;
                }
                self.body(&t.orelse)?;
                self.body(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.as_str(),
                        None => a.name.as_str().split('.').next().unwrap_or(""),
                    };
                    if bound == "__debug__" {
                        return Err(self.err("cannot assign to __debug__", a.range));
                    }
                    self.add_def(bound, def::IMPORT, a.range)?;
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        if self.table.scopes[self.cur()].kind != ScopeKind::Module {
                            return Err(self.err("import * only allowed at module level", a.range));
                        }
                        continue;
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name);
                    if bound.as_str() == "__debug__" {
                        return Err(self.err("cannot assign to __debug__", a.range));
                    }
                    self.add_def(bound, def::IMPORT, a.range)?;
                }
            }
            Stmt::Global(g) => self.declare(&g.names, true, g.range)?,
            Stmt::Nonlocal(n) => self.declare(&n.names, false, n.range)?,
            Stmt::Expr(e) => self.expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::IpyEscapeCommand(c) => return Err(self.err("invalid syntax", c.range)),
        }
        Ok(())
    }

    /// The names a pattern captures are local bindings; its value expressions, mapping
    /// keys and class names are uses (CPython's `symtable_visit_pattern`).
    fn pattern(&mut self, p: &ast::Pattern) -> Res<()> {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.expr(&v.value),
            P::MatchSingleton(_) => Ok(()),
            P::MatchSequence(s) => s.patterns.iter().try_for_each(|p| self.pattern(p)),
            P::MatchStar(s) => match &s.name {
                Some(n) => self.add_def(n, def::LOCAL, s.range),
                None => Ok(()),
            },
            P::MatchMapping(m) => {
                m.keys.iter().try_for_each(|k| self.expr(k))?;
                m.patterns.iter().try_for_each(|p| self.pattern(p))?;
                match &m.rest {
                    Some(n) => self.add_def(n, def::LOCAL, m.range),
                    None => Ok(()),
                }
            }
            P::MatchClass(c) => {
                self.expr(&c.cls)?;
                c.arguments
                    .patterns
                    .iter()
                    .try_for_each(|p| self.pattern(p))?;
                c.arguments
                    .keywords
                    .iter()
                    .try_for_each(|k| self.pattern(&k.pattern))
            }
            P::MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    self.pattern(inner)?;
                }
                match &a.name {
                    Some(n) => self.add_def(n, def::LOCAL, a.range),
                    None => Ok(()),
                }
            }
            P::MatchOr(o) => o.patterns.iter().try_for_each(|p| self.pattern(p)),
        }
    }

    fn declare(&mut self, names: &[ast::Identifier], global: bool, range: TextRange) -> Res<()> {
        let kind = self.table.scopes[self.cur()].kind;
        if !global && kind == ScopeKind::Module {
            return Err(self.err("nonlocal declaration not allowed at module level", range));
        }
        let what = if global { "global" } else { "nonlocal" };
        for n in names {
            let name = self.mangle(n);
            let flags = self.table.scopes[self.cur()].flags(&name);
            if flags & (def::PARAM | def::LOCAL | def::USE | def::ANNOT) != 0 {
                let msg = if flags & def::PARAM != 0 {
                    format!("name '{n}' is parameter and {what}")
                } else if flags & def::USE != 0 {
                    format!("name '{n}' is used prior to {what} declaration")
                } else if flags & def::ANNOT != 0 {
                    format!("annotated name '{n}' can't be {what}")
                } else {
                    format!("name '{n}' is assigned to before {what} declaration")
                };
                return Err(self.err(msg, range));
            }
            let flag = if global { def::GLOBAL } else { def::NONLOCAL };
            self.add_def(n, flag, range)?;
            self.cur_scope().directives.entry(name).or_insert(range);
        }
        Ok(())
    }

    fn param_defaults(&mut self, p: &ast::Parameters) -> Res<()> {
        for a in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn param_annotations(&mut self, p: &ast::Parameters) -> Res<()> {
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
                self.annotation(ann)?;
            }
        }
        Ok(())
    }

    /// An annotation: an expression, or under `from __future__ import annotations` a
    /// string, in which CPython forbids what would need a scope of its own to run.
    fn annotation(&mut self, e: &Expr) -> Res<()> {
        if !self.future_annotations {
            return self.expr(e);
        }
        match forbidden_in_annotation(e) {
            Some((what, range)) => Err(self.err(
                format!("'{what}' can not be used within an annotation"),
                range,
            )),
            None => Ok(()),
        }
    }

    /// Adds parameters in CPython's order: positional, keyword-only, `*args`, `**kwargs`.
    fn params(&mut self, p: &ast::Parameters, def_range: TextRange) -> Res<()> {
        let names = p
            .posonlyargs
            .iter()
            .chain(&p.args)
            .chain(&p.kwonlyargs)
            .map(|a| &a.parameter.name)
            .chain(p.vararg.iter().chain(p.kwarg.iter()).map(|a| &a.name));
        for n in names {
            if n.as_str() == "__debug__" {
                return Err(self.err("cannot assign to __debug__", def_range));
            }
        }
        for a in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            self.add_def(&a.parameter.name, def::PARAM, a.parameter.name.range)?;
        }
        for a in p.vararg.iter().chain(p.kwarg.iter()) {
            self.add_def(&a.name, def::PARAM, a.name.range)?;
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        node: usize,
        name: &str,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
        is_generator: bool,
        range: TextRange,
    ) -> Res<()> {
        let Some(first) = generators.first() else {
            return Err(self.err("invalid syntax", range));
        };
        self.expr(&first.iter)?;
        let id = self.enter(ScopeKind::Comprehension, name, node);
        self.table.scopes[id].is_generator = is_generator;
        if generators.iter().any(|g| g.is_async) {
            self.async_comprehension(range)?;
        }
        self.add_def(".0", def::PARAM, range)?;
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.comp_target(&g.target)?;
            for c in &g.ifs {
                self.expr(c)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.leave();
        Ok(())
    }

    /// A comprehension's `for` target: its names are iteration variables.
    fn comp_target(&mut self, t: &Expr) -> Res<()> {
        match t {
            Expr::Name(n) => self.add_def(&n.id, def::LOCAL | def::COMP_ITER, n.range),
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                elts.iter().try_for_each(|e| self.comp_target(e))
            }
            Expr::Starred(s) => self.comp_target(&s.value),
            other => self.expr(other),
        }
    }

    /// A walrus target inside a comprehension binds in the enclosing function or module.
    fn named_expr_target(&mut self, name: &str, range: TextRange) -> Res<()> {
        let cur = self.cur();
        if self.table.scopes[cur].kind != ScopeKind::Comprehension {
            return self.add_def(name, def::LOCAL, range);
        }
        let mangled = self.mangle(name);
        for &sid in self.stack.iter().rev() {
            let scope = &self.table.scopes[sid];
            match scope.kind {
                ScopeKind::Comprehension => {
                    if scope.flags(&mangled) & def::COMP_ITER != 0 {
                        return Err(self.err(
                            format!(
                                "assignment expression cannot rebind comprehension iteration variable '{name}'"
                            ),
                            range,
                        ));
                    }
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    let flag = if scope.flags(&mangled) & def::GLOBAL != 0 {
                        def::GLOBAL
                    } else {
                        def::NONLOCAL
                    };
                    self.add_def_in(cur, &mangled, flag, range)?;
                    return self.add_def_in(sid, &mangled, def::LOCAL, range);
                }
                ScopeKind::Module => {
                    self.add_def_in(cur, &mangled, def::GLOBAL, range)?;
                    return self.add_def_in(sid, &mangled, def::GLOBAL, range);
                }
                ScopeKind::Class => return Err(self.err(
                    "assignment expression within a comprehension cannot be used in a class body",
                    range,
                )),
            }
        }
        Ok(())
    }

    /// The current comprehension awaits (an `async for` clause or an `await`): it becomes
    /// a coroutine, and so does each enclosing comprehension up to the nearest generator
    /// expression, which becomes an asynchronous generator expression (allowed anywhere).
    /// Without one, the comprehensions must stand in an `async def` (CPython 3.11's rule).
    fn async_comprehension(&mut self, range: TextRange) -> Res<()> {
        let mut marked = Vec::new();
        for &id in self.stack.iter().rev() {
            let s = &self.table.scopes[id];
            if s.kind != ScopeKind::Comprehension {
                if !s.is_coroutine {
                    return Err(self.err(
                        "asynchronous comprehension outside of an asynchronous function",
                        range,
                    ));
                }
                break;
            }
            marked.push(id);
            if s.is_generator {
                break;
            }
        }
        for id in marked {
            self.table.scopes[id].is_coroutine = true;
        }
        Ok(())
    }

    fn yield_in(&mut self, range: TextRange, from: bool) -> Res<()> {
        let scope = self.cur_scope();
        if from && scope.is_coroutine && scope.kind != ScopeKind::Comprehension {
            return Err(self.err("'yield from' inside async function", range));
        }
        let scope = self.cur_scope();
        match scope.kind {
            ScopeKind::Module | ScopeKind::Class => {
                Err(self.err("'yield' outside function", range))
            }
            ScopeKind::Comprehension => {
                let what = match scope.name.as_str() {
                    "<listcomp>" => "list comprehension",
                    "<setcomp>" => "set comprehension",
                    "<dictcomp>" => "dict comprehension",
                    _ => "generator expression",
                };
                Err(self.err(format!("'yield' inside {what}"), range))
            }
            _ => {
                scope.is_generator = true;
                Ok(())
            }
        }
    }

    fn expr(&mut self, e: &Expr) -> Res<()> {
        match e {
            Expr::Name(n) => match n.ctx {
                ast::ExprContext::Load => {
                    self.add_def(&n.id, def::USE, n.range)?;
                    if n.id.as_str() == "super" && self.table.scopes[self.cur()].kind.is_function()
                    {
                        let cur = self.cur();
                        self.add_def_in(cur, "__class__", def::USE, n.range)?;
                    }
                }
                ast::ExprContext::Store | ast::ExprContext::Del => {
                    self.add_def(&n.id, def::LOCAL, n.range)?
                }
                ast::ExprContext::Invalid => return Err(self.err("invalid syntax", n.range)),
            },
            Expr::BoolOp(b) => b.values.iter().try_for_each(|v| self.expr(v))?,
            Expr::Named(n) => {
                self.cur_scope().has_named_expr = true;
                self.expr(&n.value)?;
                match &*n.target {
                    Expr::Name(t) => self.named_expr_target(&t.id, t.range)?,
                    other => {
                        return Err(self.err(
                            "cannot use assignment expressions with expression",
                            other.range(),
                        ))
                    }
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.param_defaults(p)?;
                }
                self.enter(ScopeKind::Lambda, "<lambda>", l as *const _ as usize);
                if let Some(p) = &l.parameters {
                    self.params(p, l.range)?;
                }
                self.expr(&l.body)?;
                self.leave();
            }
            Expr::If(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.expr(k)?;
                    }
                    self.expr(&item.value)?;
                }
            }
            Expr::Set(s) => s.elts.iter().try_for_each(|v| self.expr(v))?,
            Expr::List(l) => l.elts.iter().try_for_each(|v| self.expr(v))?,
            Expr::Tuple(t) => t.elts.iter().try_for_each(|v| self.expr(v))?,
            Expr::ListComp(c) => self.comprehension(
                c as *const _ as usize,
                "<listcomp>",
                &c.generators,
                &[&c.elt],
                false,
                c.range,
            )?,
            Expr::SetComp(c) => self.comprehension(
                c as *const _ as usize,
                "<setcomp>",
                &c.generators,
                &[&c.elt],
                false,
                c.range,
            )?,
            Expr::DictComp(c) => {
                let Some(key) = &c.key else {
                    return Err(self.err("invalid syntax", c.range));
                };
                self.comprehension(
                    c as *const _ as usize,
                    "<dictcomp>",
                    &c.generators,
                    &[key, &c.value],
                    false,
                    c.range,
                )?
            }
            Expr::Generator(g) => self.comprehension(
                g as *const _ as usize,
                "<genexpr>",
                &g.generators,
                &[&g.elt],
                true,
                g.range,
            )?,
            Expr::Await(a) => {
                let scope = &self.table.scopes[self.cur()];
                match scope.kind {
                    ScopeKind::Module | ScopeKind::Class => {
                        return Err(self.err("'await' outside function", a.range));
                    }
                    ScopeKind::Comprehension => {
                        self.async_comprehension(a.range)?;
                    }
                    _ if !scope.is_coroutine => {
                        return Err(self.err("'await' outside async function", a.range));
                    }
                    _ => {}
                }
                self.expr(&a.value)?;
            }
            Expr::Yield(y) => {
                self.yield_in(y.range, false)?;
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
            }
            Expr::YieldFrom(y) => {
                self.yield_in(y.range, true)?;
                self.expr(&y.value)?;
            }
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                c.comparators.iter().try_for_each(|v| self.expr(v))?;
            }
            Expr::Call(c) => {
                self.expr(&c.func)?;
                c.arguments.args.iter().try_for_each(|v| self.expr(v))?;
                for k in c.arguments.keywords.iter() {
                    self.expr(&k.value)?;
                }
            }
            Expr::FString(f) => {
                for el in f.value.elements() {
                    self.fstring_element(el)?;
                }
            }
            Expr::TString(t) => return Err(self.err("invalid syntax", t.range)),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {}
            Expr::Attribute(a) => self.expr(&a.value)?,
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            Expr::Starred(s) => self.expr(&s.value)?,
            Expr::Slice(s) => {
                for p in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(p)?;
                }
            }
            Expr::IpyEscapeCommand(c) => return Err(self.err("invalid syntax", c.range)),
        }
        Ok(())
    }

    fn fstring_element(&mut self, el: &ast::InterpolatedStringElement) -> Res<()> {
        if let ast::InterpolatedStringElement::Interpolation(i) = el {
            self.expr(&i.expression)?;
            if let Some(spec) = &i.format_spec {
                for e in spec.elements.iter() {
                    self.fstring_element(e)?;
                }
            }
        }
        Ok(())
    }
}
