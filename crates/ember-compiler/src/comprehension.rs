//! List, set and dict comprehensions and generator expressions, compiled as CPython 3.11
//! does: a nested code object taking the outermost iterator as its one argument `.0`,
//! called at once; generator expressions are generator functions.

use crate::compiler::{Compiler, Res};
use ember_bytecode::{Constant, Count, Imm, Instr, Reg};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

impl<'a> Compiler<'_, 'a> {
    pub(crate) fn comprehension(&mut self, e: &'a Expr, dst: Reg) -> Res<()> {
        let (kind, name, generators, elts, scope): (
            _,
            _,
            &'a [ast::Comprehension],
            Vec<&'a Expr>,
            _,
        ) = match e {
            Expr::ListComp(c) => (
                CompKind::List,
                "<listcomp>",
                &c.generators[..],
                vec![&*c.elt],
                self.table.scope_for(c),
            ),
            Expr::SetComp(c) => (
                CompKind::Set,
                "<setcomp>",
                &c.generators[..],
                vec![&*c.elt],
                self.table.scope_for(c),
            ),
            Expr::DictComp(c) => {
                let Some(k) = c.key.as_deref() else {
                    return Err(self.err("invalid syntax", c.range));
                };
                (
                    CompKind::Dict,
                    "<dictcomp>",
                    &c.generators[..],
                    vec![k, &*c.value],
                    self.table.scope_for(c),
                )
            }
            Expr::Generator(g) => (
                CompKind::Generator,
                "<genexpr>",
                &g.generators[..],
                vec![&*g.elt],
                self.table.scope_for(g),
            ),
            _ => return Err(self.err("invalid syntax", e.range())),
        };
        let Some(scope) = scope else {
            return Err(self.err("internal compiler error: scope not found", e.range()));
        };
        let Some(first) = generators.first() else {
            return Err(self.err("invalid syntax", e.range()));
        };
        let line = self.src.line_col(e.range().start()).0;
        let qualname = self.child_qualname(name);
        self.enter_scope(scope, name, qualname, line);
        self.set_loc(e.range());
        self.u().code.argcount = 1;
        let result = match kind {
            CompKind::Generator => None,
            _ => {
                let r = self.u().alloc();
                let count = Count(0);
                self.emit(match kind {
                    CompKind::List => Instr::BuildList {
                        dst: r,
                        start: r,
                        count,
                    },
                    CompKind::Set => Instr::BuildSet {
                        dst: r,
                        start: r,
                        count,
                    },
                    _ => Instr::BuildMap {
                        dst: r,
                        start: r,
                        count,
                    },
                });
                Some(r)
            }
        };
        self.comp_loop(generators, 0, kind, &elts, result)?;
        self.set_loc(e.range());
        match result {
            Some(r) => self.emit(Instr::Return { src: r }),
            None => {
                let t = self.u().alloc();
                self.u().load_const(t, Constant::None);
                self.emit(Instr::Return { src: t });
            }
        }
        let code = self.leave_scope()?;
        let is_coroutine = code.has_flag(ember_bytecode::flags::COROUTINE);

        let mark = self.u().top();
        let w = self.u().alloc_n(2);
        let args = Reg(self.u().top() as u16);
        let mut fl = 0u8;
        if !code.freevars.is_empty() {
            let t = self.u().alloc();
            self.closure_tuple(&code, t, e.range())?;
            fl |= ember_bytecode::make_function::CLOSURE;
        }
        let k = self.u().const_idx(Constant::Code(Rc::new(code)));
        self.emit(Instr::MakeFunction {
            dst: w,
            code: k,
            args,
            flags: Imm(fl),
        });
        self.u().free_to(w.0 as u32 + 2);
        let it = self.expr(&first.iter)?;
        self.set_loc(e.range());
        self.emit(if first.is_async {
            Instr::GetAIter {
                dst: w.offset(1),
                src: it,
            }
        } else {
            Instr::GetIter {
                dst: w.offset(1),
                src: it,
            }
        });
        if is_coroutine {
            // An asynchronous comprehension is a coroutine, awaited where it stands.
            self.emit(Instr::CallAwaited {
                dst: w,
                func: w,
                argc: Count(1),
            });
            self.await_value(w, dst);
        } else {
            self.emit(Instr::Call {
                dst,
                func: w,
                argc: Count(1),
            });
        }
        self.u().free_to(mark);
        Ok(())
    }

    /// The loop of generator `i` and, inside it, the following ones and the element.
    fn comp_loop(
        &mut self,
        gens: &'a [ast::Comprehension],
        i: usize,
        kind: CompKind,
        elts: &[&'a Expr],
        result: Option<Reg>,
    ) -> Res<()> {
        let g = &gens[i];
        let mark = self.u().top();
        let it = self.u().alloc_n(2);
        if i == 0 {
            // The outermost iterator is the argument `.0`, register 0.
            self.emit(Instr::Move {
                dst: it,
                src: Reg(0),
            });
        } else {
            let v = self.expr(&g.iter)?;
            self.set_loc(g.range);
            self.emit(if g.is_async {
                Instr::GetAIter { dst: it, src: v }
            } else {
                Instr::GetIter { dst: it, src: v }
            });
            self.u().free_to(it.0 as u32 + 2);
        }
        let top = self.u().new_label();
        let end = self.u().new_label();
        self.u().bind(top);
        self.set_loc(g.range);
        if g.is_async {
            self.async_for_step(it, it.offset(1), end);
        } else {
            self.emit(Instr::ForIter {
                iter: it,
                target: end,
            });
        }
        self.store_target(&g.target, it.offset(1))?;
        for cond in &g.ifs {
            self.jump_if(cond, false, top)?;
        }
        if i + 1 < gens.len() {
            self.comp_loop(gens, i + 1, kind, elts, result)?;
        } else {
            let m = self.u().top();
            match (kind, result) {
                (CompKind::List, Some(list)) => {
                    let v = self.expr(elts[0])?;
                    self.emit(Instr::ListAppend { list, item: v });
                }
                (CompKind::Set, Some(set)) => {
                    let v = self.expr(elts[0])?;
                    self.emit(Instr::SetAdd { set, item: v });
                }
                (CompKind::Dict, Some(dict)) => {
                    let k = self.expr(elts[0])?;
                    let v = self.expr(elts[1])?;
                    self.emit(Instr::MapAdd {
                        dict,
                        key: k,
                        value: v,
                    });
                }
                _ => {
                    let v = self.expr(elts[0])?;
                    let t = self.u().alloc();
                    self.set_loc(elts[0].range());
                    self.emit(Instr::Yield {
                        dst: t,
                        src: v,
                        delegating: Imm(0),
                    });
                }
            }
            self.u().free_to(m);
        }
        self.u().jump(top);
        self.u().bind(end);
        self.u().free_to(mark);
        Ok(())
    }
}
