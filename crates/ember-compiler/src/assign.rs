//! Assignment in all its forms: plain and multiple-target assignment, unpacking (with one
//! starred target), augmented assignment (object and key evaluated once), annotated
//! assignment, and `del`.

use crate::compiler::{Access, Compiler, Res};
use crate::expr::{binop, writes_dst_once};
use crate::symtable::ScopeKind;
use ember_bytecode::{Constant, Count, Imm, Instr, Reg};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

impl<'a> Compiler<'_, 'a> {
    pub(crate) fn assign(&mut self, a: &'a ast::StmtAssign) -> Res<()> {
        if let [Expr::Name(n)] = a.targets.as_slice() {
            self.check_store_name(&n.id, n.range)?;
            if let Some(r) = self.local_target(&n.id) {
                if writes_dst_once(&a.value) {
                    self.expr_to(&a.value, r)?;
                    self.set_assigned(r, true);
                    return Ok(());
                }
            }
        }
        let v = self.expr(&a.value)?;
        for t in &a.targets {
            self.store_target(t, v)?;
        }
        Ok(())
    }

    fn check_store_name(&self, name: &str, range: ruff_text_size::TextRange) -> Res<()> {
        if name == "__debug__" {
            return Err(self.err("cannot assign to __debug__", range));
        }
        Ok(())
    }

    /// Stores the value in `src` into an assignment target.
    pub(crate) fn store_target(&mut self, t: &'a Expr, src: Reg) -> Res<()> {
        let saved = self.set_loc(t.range());
        let mark = self.u().top();
        match t {
            Expr::Name(n) => {
                self.check_store_name(&n.id, n.range)?;
                self.store_name(&n.id, src);
            }
            Expr::Attribute(a) => {
                let obj = self.expr(&a.value)?;
                let n = self.mangle(&a.attr);
                let name = self.u().name_idx(&n);
                self.set_loc(t.range());
                self.emit(Instr::StoreAttr { obj, name, src });
            }
            Expr::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                let key = self.subscript_key(&s.slice)?;
                self.set_loc(t.range());
                self.emit(Instr::SetItem { obj, key, src });
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                self.unpack(elts, src, t)?;
            }
            Expr::Starred(s) => {
                return Err(self.err(
                    "starred assignment target must be in a list or tuple",
                    s.range,
                ))
            }
            other => return Err(self.err(cannot_assign_msg(other), other.range())),
        }
        self.u().free_to(mark);
        self.restore_loc(saved);
        Ok(())
    }

    fn unpack(&mut self, elts: &'a [Expr], src: Reg, whole: &Expr) -> Res<()> {
        let stars: Vec<usize> = elts
            .iter()
            .enumerate()
            .filter(|(_, e)| matches!(e, Expr::Starred(_)))
            .map(|(i, _)| i)
            .collect();
        if stars.len() > 1 {
            return Err(self.err("multiple starred expressions in assignment", whole.range()));
        }
        let dst = self.u().alloc_n(elts.len());
        match stars.first() {
            None => self.emit(Instr::UnpackSequence {
                src,
                dst,
                count: Count(elts.len() as u16),
            }),
            Some(&i) => {
                let after = elts.len() - i - 1;
                if i > 255 || after > 255 {
                    return Err(self.err(
                        "too many expressions in star-unpacking assignment",
                        whole.range(),
                    ));
                }
                self.emit(Instr::UnpackEx {
                    src,
                    dst,
                    before: Imm(i as u8),
                    after: Imm(after as u8),
                })
            }
        }
        for (i, e) in elts.iter().enumerate() {
            let target = match e {
                Expr::Starred(s) => &*s.value,
                other => other,
            };
            self.store_target(target, dst.offset(i))?;
        }
        Ok(())
    }

    pub(crate) fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> Res<()> {
        let op = binop(a.op).to_inplace().imm();
        match &*a.target {
            Expr::Name(n) => {
                self.check_store_name(&n.id, n.range)?;
                match self.access(&n.id) {
                    Access::Fast(r) if self.fr().alias_locals => {
                        let r = self.checked_local(r);
                        let v = self.operand(&a.value)?;
                        self.set_loc(a.range);
                        self.emit_binary(op, r, r, v);
                    }
                    _ => {
                        let t = self.u().alloc();
                        self.load_name(&n.id, t);
                        let v = self.operand(&a.value)?;
                        self.set_loc(a.range);
                        self.emit_binary(op, t, t, v);
                        self.store_name(&n.id, t);
                    }
                }
            }
            Expr::Attribute(at) => {
                let obj = self.expr(&at.value)?;
                let n = self.mangle(&at.attr);
                let name = self.u().name_idx(&n);
                let t = self.u().alloc();
                self.emit(Instr::LoadAttr { dst: t, obj, name });
                let v = self.operand(&a.value)?;
                self.set_loc(a.range);
                self.emit_binary(op, t, t, v);
                self.emit(Instr::StoreAttr { obj, name, src: t });
            }
            Expr::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                let key = self.subscript_key(&s.slice)?;
                let t = self.u().alloc();
                self.emit(Instr::GetItem { dst: t, obj, key });
                let v = self.operand(&a.value)?;
                self.set_loc(a.range);
                self.emit_binary(op, t, t, v);
                self.emit(Instr::SetItem { obj, key, src: t });
            }
            other => {
                return Err(self.err(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        expr_kind_name(other)
                    ),
                    other.range(),
                ))
            }
        }
        Ok(())
    }

    pub(crate) fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> Res<()> {
        if let Some(v) = &a.value {
            let r = self.expr(v)?;
            self.store_target(&a.target, r)?;
        }
        let kind = self.fr().kind;
        let in_mapping_scope = matches!(kind, ScopeKind::Module | ScopeKind::Class);
        match &*a.target {
            Expr::Name(n) if a.simple && in_mapping_scope => {
                let mark = self.u().top();
                let ann = self.annotation_value(&a.annotation)?;
                let d = self.u().alloc();
                self.load_global_name("__annotations__", d, true);
                let k = self.u().alloc();
                let name = self.mangle(&n.id);
                self.u().load_const(k, Constant::Str(name));
                self.emit(Instr::SetItem {
                    obj: d,
                    key: k,
                    src: ann,
                });
                self.u().free_to(mark);
            }
            target => {
                if a.value.is_none() {
                    // CPython evaluates the object (and key) of a bare annotated target.
                    match target {
                        Expr::Attribute(at) => {
                            self.expr(&at.value)?;
                        }
                        Expr::Subscript(s) => {
                            self.expr(&s.value)?;
                            self.subscript_key(&s.slice)?;
                        }
                        _ => {}
                    }
                }
                if in_mapping_scope && !self.future_annotations {
                    self.expr(&a.annotation)?;
                }
            }
        }
        Ok(())
    }

    /// The value stored for an annotation: the evaluated expression, or its source text
    /// under `from __future__ import annotations`.
    pub(crate) fn annotation_value(&mut self, e: &'a Expr) -> Res<Reg> {
        if self.future_annotations {
            let t = self.u().alloc();
            let text = crate::unparse::unparse(e, self.src.text);
            self.u().load_const(t, Constant::Str(text));
            Ok(t)
        } else {
            self.expr(e)
        }
    }

    pub(crate) fn delete(&mut self, t: &'a Expr) -> Res<()> {
        let saved = self.set_loc(t.range());
        let mark = self.u().top();
        match t {
            Expr::Name(n) if n.id.as_str() == "__debug__" => {
                return Err(self.err("cannot delete __debug__", n.range))
            }
            Expr::Name(n) => self.delete_name(&n.id),
            Expr::Attribute(a) => {
                let obj = self.expr(&a.value)?;
                let n = self.mangle(&a.attr);
                let name = self.u().name_idx(&n);
                self.emit(Instr::DeleteAttr { obj, name });
            }
            Expr::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                let key = self.subscript_key(&s.slice)?;
                self.emit(Instr::DeleteItem { obj, key });
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete(e)?;
                }
            }
            other => {
                return Err(self.err(
                    format!("cannot delete {}", expr_kind_name(other)),
                    other.range(),
                ))
            }
        }
        self.u().free_to(mark);
        self.restore_loc(saved);
        Ok(())
    }
}

/// CPython's name for an expression kind in "cannot assign to ..." messages.
pub(crate) fn expr_kind_name(e: &Expr) -> &'static str {
    match e {
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Named(_) => "named expression",
        Expr::Lambda(_) => "lambda",
        Expr::If(_) => "conditional expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Generator(_) => "generator expression",
        Expr::Await(_) => "await expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Compare(_) => "comparison",
        Expr::Call(_) => "function call",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::BooleanLiteral(b) if b.value => "True",
        Expr::BooleanLiteral(_) => "False",
        Expr::NoneLiteral(_) => "None",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) => "literal",
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Slice(_) => "slice",
        Expr::IpyEscapeCommand(_) => "expression",
    }
}

fn cannot_assign_msg(e: &Expr) -> String {
    match e {
        Expr::BooleanLiteral(b) => format!(
            "cannot assign to {}",
            if b.value { "True" } else { "False" }
        ),
        Expr::NoneLiteral(_) => "cannot assign to None".to_string(),
        Expr::EllipsisLiteral(_) => "cannot assign to ellipsis".to_string(),
        other => format!("cannot assign to {}", expr_kind_name(other)),
    }
}
