//! The code generator's driver: one `Frame` per code object being compiled (module,
//! class body, function, lambda, comprehension), name resolution into register, cell,
//! global or mapping accesses, definite-assignment tracking, and the creation of nested
//! code objects.

use crate::errors::CompileError;
use crate::source::Source;
use crate::symtable::{mangle, NameScope, ScopeId, ScopeKind, SymbolTable};
use crate::unit::CodeUnit;
use crate::unwind::FBlock;
use ember_bytecode::{flags, CodeObject, Constant, Instr, Reg};
use ruff_text_size::TextRange;
use std::collections::HashMap;

pub(crate) type Res<T> = Result<T, CompileError>;

/// How a name is read, stored and deleted in the current scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Access {
    /// A local in a register.
    Fast(Reg),
    /// A cell (cell or free variable) in a register.
    Deref(Reg),
    /// A free variable read from a class body: namespace first, then the cell.
    ClassDeref(Reg),
    Global,
    /// Through the locals mapping (module, class body).
    Name,
}

/// The compilation state of one code object.
pub(crate) struct Frame<'a> {
    pub u: CodeUnit,
    pub scope: ScopeId,
    pub kind: ScopeKind,
    pub qualname: String,
    fast: HashMap<String, Reg>,
    cells: HashMap<String, Reg>,
    /// Definitely-assigned state of each local register (`varnames`).
    pub assigned: Vec<bool>,
    pub fblocks: Vec<FBlock<'a>>,
    /// Locals may be used in place as operands (no walrus in this scope).
    pub alias_locals: bool,
    pub private: Option<String>,
}

pub(crate) struct Compiler<'s, 'a> {
    pub src: &'s Source<'s>,
    pub table: SymbolTable,
    pub optimize: u8,
    /// REPL mode: expression statements at module level are displayed.
    pub interactive: bool,
    pub frames: Vec<Frame<'a>>,
    /// `from __future__ import annotations` is in effect.
    pub future_annotations: bool,
    /// Start offsets of the `from __future__` imports allowed where they are.
    pub future_allowed: std::collections::HashSet<ruff_text_size::TextSize>,
}

impl<'s, 'a> Compiler<'s, 'a> {
    pub fn new(src: &'s Source<'s>, table: SymbolTable, optimize: u8, interactive: bool) -> Self {
        Compiler {
            src,
            table,
            optimize,
            interactive,
            frames: Vec::new(),
            future_annotations: false,
            future_allowed: Default::default(),
        }
    }

    pub fn f(&mut self) -> &mut Frame<'a> {
        self.frames.last_mut().expect("a frame is being compiled")
    }
    pub fn fr(&self) -> &Frame<'a> {
        self.frames.last().expect("a frame is being compiled")
    }
    pub fn u(&mut self) -> &mut CodeUnit {
        &mut self.f().u
    }
    pub fn emit(&mut self, i: Instr) {
        self.u().emit(i);
    }
    pub fn err(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        self.src.syntax_error(msg, range)
    }
    /// Sets the position of the instructions emitted next; returns the previous one.
    pub fn set_loc(&mut self, range: TextRange) -> ember_bytecode::Position {
        let p = self.src.position(range);
        std::mem::replace(&mut self.u().loc, p)
    }
    pub fn restore_loc(&mut self, p: ember_bytecode::Position) {
        self.u().loc = p;
    }
    pub fn mangle(&self, name: &str) -> String {
        mangle(self.fr().private.as_deref(), name)
    }

    // ---- frames ----

    /// Starts compiling the code object of scope `scope`.
    pub fn enter_scope(&mut self, scope: ScopeId, name: &str, qualname: String, firstlineno: u32) {
        let sc = &self.table.scopes[scope];
        let kind = sc.kind;
        let mut code = CodeObject {
            name: name.to_string(),
            qualname: qualname.clone(),
            filename: self.src.filename.to_string(),
            firstlineno,
            ..CodeObject::default()
        };
        let mut fast = HashMap::new();
        let mut cells = HashMap::new();
        if kind.is_function() {
            for p in &sc.params {
                fast.insert(p.clone(), Reg(code.varnames.len() as u16));
                code.varnames.push(p.clone());
            }
            for s in &sc.symbols {
                if s.scope == NameScope::Local && !fast.contains_key(&s.name) {
                    fast.insert(s.name.clone(), Reg(code.varnames.len() as u16));
                    code.varnames.push(s.name.clone());
                }
            }
            code.flags |= flags::OPTIMIZED | flags::NEWLOCALS;
            if sc.is_coroutine && sc.is_generator {
                code.flags |= flags::ASYNC_GENERATOR;
            } else if sc.is_coroutine {
                code.flags |= flags::COROUTINE;
            } else if sc.is_generator {
                code.flags |= flags::GENERATOR;
            }
        }
        if sc.nested {
            code.flags |= flags::NESTED;
        }
        let mut cellvars: Vec<String> = sc
            .symbols
            .iter()
            .filter(|s| s.scope == NameScope::Cell)
            .map(|s| s.name.clone())
            .collect();
        if kind == ScopeKind::Class && sc.needs_class_closure {
            cellvars.push("__class__".to_string());
        }
        cellvars.sort();
        let mut freevars: Vec<String> = sc
            .symbols
            .iter()
            .filter(|s| {
                s.scope == NameScope::Free
                    || (kind == ScopeKind::Class && s.flags & crate::symtable::def::FREE_CLASS != 0)
            })
            .map(|s| s.name.clone())
            .collect();
        freevars.sort();
        let nv = code.varnames.len();
        for (i, c) in cellvars.iter().enumerate() {
            cells.insert(c.clone(), Reg((nv + i) as u16));
            code.cell_args.push(fast.get(c).copied());
        }
        for (i, c) in freevars.iter().enumerate() {
            cells.insert(c.clone(), Reg((nv + cellvars.len() + i) as u16));
        }
        code.cellvars = cellvars;
        code.freevars = freevars;
        let nparams = sc.params.len();
        let assigned = (0..nv).map(|i| i < nparams).collect();
        let private = if kind == ScopeKind::Class {
            Some(sc.name.clone())
        } else {
            sc.private.clone()
        };
        let alias_locals = !sc.has_named_expr;
        self.frames.push(Frame {
            u: CodeUnit::new(code),
            scope,
            kind,
            qualname,
            fast,
            cells,
            assigned,
            fblocks: Vec::new(),
            alias_locals,
            private,
        });
    }

    /// Finishes the current code object.
    pub fn leave_scope(&mut self) -> Res<CodeObject> {
        let frame = self.frames.pop().expect("leave_scope after enter_scope");
        frame.u.finish().map_err(|msg| {
            let mut e = self.src.error_at_line(
                crate::CompileErrorKind::SyntaxError,
                msg,
                frame_line(&frame.qualname),
                0,
            );
            e.msg = msg.to_string();
            e
        })
    }

    /// The qualified name of a function or class named `name` defined in the current
    /// frame (CPython's `compiler_set_qualname`).
    pub fn child_qualname(&self, name: &str) -> String {
        let Some(parent) = self.frames.last() else {
            return name.to_string();
        };
        if parent.kind == ScopeKind::Module {
            return name.to_string();
        }
        let mangled = mangle(parent.private.as_deref(), name);
        if self.table.scopes[parent.scope].scope_of(&mangled) == NameScope::GlobalExplicit {
            return name.to_string();
        }
        if parent.kind.is_function() {
            format!("{}.<locals>.{}", parent.qualname, name)
        } else {
            format!("{}.{}", parent.qualname, name)
        }
    }

    // ---- names ----

    /// How `name` (not yet mangled) is accessed in the current frame.
    pub fn access(&self, name: &str) -> Access {
        let f = self.fr();
        let name = mangle(f.private.as_deref(), name);
        let scope = &self.table.scopes[f.scope];
        match scope.scope_of(&name) {
            NameScope::Free | NameScope::Cell => match f.cells.get(&name) {
                Some(&r) if f.kind == ScopeKind::Class => Access::ClassDeref(r),
                Some(&r) => Access::Deref(r),
                None => Access::Name,
            },
            NameScope::Local if f.kind.is_function() => match f.fast.get(&name) {
                Some(&r) => Access::Fast(r),
                None => Access::Name,
            },
            NameScope::GlobalImplicit if f.kind.is_function() => Access::Global,
            NameScope::GlobalExplicit => Access::Global,
            _ => Access::Name,
        }
    }

    pub fn is_assigned(&self, r: Reg) -> bool {
        self.fr().assigned.get(r.index()).copied().unwrap_or(true)
    }

    pub fn set_assigned(&mut self, r: Reg, v: bool) {
        if let Some(a) = self.f().assigned.get_mut(r.index()) {
            *a = v;
        }
    }

    /// Reads a local register in place, checking it first when it may be unbound.
    pub fn checked_local(&mut self, r: Reg) -> Reg {
        if !self.is_assigned(r) {
            self.emit(Instr::CheckLocal { reg: r });
            // After a successful check the local is bound.
            self.set_assigned(r, true);
        }
        r
    }

    pub fn load_name(&mut self, name: &str, dst: Reg) {
        if name == "__debug__" {
            let c = if self.optimize > 0 {
                Constant::False
            } else {
                Constant::True
            };
            self.u().load_const(dst, c);
            return;
        }
        match self.access(name) {
            Access::Fast(r) => {
                let r = self.checked_local(r);
                if r != dst {
                    self.emit(Instr::Move { dst, src: r });
                }
            }
            Access::Deref(cell) => self.emit(Instr::LoadDeref { dst, cell }),
            Access::ClassDeref(cell) => {
                let n = self.mangle(name);
                let name = self.u().name_idx(&n);
                self.emit(Instr::LoadClassDeref { dst, cell, name })
            }
            Access::Global => {
                let n = self.mangle(name);
                let name = self.u().name_idx(&n);
                self.emit(Instr::LoadGlobal { dst, name })
            }
            Access::Name => {
                let n = self.mangle(name);
                let name = self.u().name_idx(&n);
                self.emit(Instr::LoadName { dst, name })
            }
        }
    }

    pub fn store_name(&mut self, name: &str, src: Reg) {
        match self.access(name) {
            Access::Fast(r) => {
                if r != src {
                    self.emit(Instr::Move { dst: r, src });
                }
                self.set_assigned(r, true);
            }
            Access::Deref(cell) | Access::ClassDeref(cell) => {
                self.emit(Instr::StoreDeref { cell, src })
            }
            Access::Global => {
                let n = self.mangle(name);
                let name = self.u().name_idx(&n);
                self.emit(Instr::StoreGlobal { name, src })
            }
            Access::Name => {
                let n = self.mangle(name);
                let name = self.u().name_idx(&n);
                self.emit(Instr::StoreName { name, src })
            }
        }
    }

    pub fn delete_name(&mut self, name: &str) {
        match self.access(name) {
            Access::Fast(r) => {
                self.emit(Instr::DeleteLocal { reg: r });
                self.set_assigned(r, false);
            }
            Access::Deref(cell) | Access::ClassDeref(cell) => {
                self.emit(Instr::DeleteDeref { cell })
            }
            Access::Global => {
                let n = self.mangle(name);
                let name = self.u().name_idx(&n);
                self.emit(Instr::DeleteGlobal { name })
            }
            Access::Name => {
                let n = self.mangle(name);
                let name = self.u().name_idx(&n);
                self.emit(Instr::DeleteName { name })
            }
        }
    }

    /// The register that already holds local `name`, when it can be read in place.
    pub fn local_in_place(&mut self, name: &str) -> Option<Reg> {
        if !self.fr().alias_locals || name == "__debug__" {
            return None;
        }
        match self.access(name) {
            Access::Fast(r) => Some(self.checked_local(r)),
            _ => None,
        }
    }

    /// The register of a local that assignments can write straight into.
    pub fn local_target(&self, name: &str) -> Option<Reg> {
        match self.access(name) {
            Access::Fast(r) => Some(r),
            _ => None,
        }
    }

    /// Emits `LoadCell`s and a `BuildTuple` for the closure of `child` into `dst`.
    pub fn closure_tuple(&mut self, child: &CodeObject, dst: Reg, range: TextRange) -> Res<()> {
        let mark = self.u().top();
        let start = self.u().alloc_n(child.freevars.len());
        for (i, name) in child.freevars.iter().enumerate() {
            let cell = match self.fr().cells.get(name) {
                Some(&r) => r,
                None => {
                    return Err(self.err(
                        format!("internal compiler error: no cell for free variable '{name}'"),
                        range,
                    ))
                }
            };
            self.emit(Instr::LoadCell {
                dst: start.offset(i),
                cell,
            });
        }
        self.emit(Instr::BuildTuple {
            dst,
            start,
            count: ember_bytecode::Count(child.freevars.len() as u16),
        });
        self.u().free_to(mark);
        Ok(())
    }

    /// The cell register of `__class__` in the current class body.
    pub fn class_cell(&self) -> Option<Reg> {
        self.fr().cells.get("__class__").copied()
    }
}

fn frame_line(_qualname: &str) -> u32 {
    1
}
