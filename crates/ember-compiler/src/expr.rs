//! Expressions: operators, comparisons, boolean operators, conditional expressions,
//! displays, attributes, subscripts, slices, walrus, `yield` / `yield from`, and the
//! compilation of conditions straight into jumps.

use crate::compiler::{Compiler, Res};
use crate::literals::constant_of;
use ember_bytecode::{BinOp, CmpOp, ConstIdx, Constant, Count, Imm, Instr, Label, Reg, UnOp};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

/// Displays longer than this are built incrementally instead of from one window.
const MAX_WINDOW: usize = 1024;

pub(crate) fn binop(op: ast::Operator) -> BinOp {
    use ast::Operator::*;
    match op {
        Add => BinOp::Add,
        Sub => BinOp::Sub,
        Mult => BinOp::Mul,
        MatMult => BinOp::MatMul,
        Div => BinOp::TrueDiv,
        Mod => BinOp::Mod,
        Pow => BinOp::Pow,
        LShift => BinOp::LShift,
        RShift => BinOp::RShift,
        BitOr => BinOp::Or,
        BitXor => BinOp::Xor,
        BitAnd => BinOp::And,
        FloorDiv => BinOp::FloorDiv,
    }
}

fn cmpop(op: ast::CmpOp) -> CmpOp {
    use ast::CmpOp::*;
    match op {
        Eq => CmpOp::Eq,
        NotEq => CmpOp::Ne,
        Lt => CmpOp::Lt,
        LtE => CmpOp::Le,
        Gt => CmpOp::Gt,
        GtE => CmpOp::Ge,
        Is => CmpOp::Is,
        IsNot => CmpOp::IsNot,
        In => CmpOp::In,
        NotIn => CmpOp::NotIn,
    }
}

fn has_starred(elts: &[Expr]) -> bool {
    elts.iter().any(|e| matches!(e, Expr::Starred(_)))
}

/// Whether compiling `e` into `dst` writes `dst` only once, at the very end, so that an
/// assignment may target a local's register directly.
pub(crate) fn writes_dst_once(e: &Expr) -> bool {
    match e {
        Expr::BinOp(_)
        | Expr::UnaryOp(_)
        | Expr::Call(_)
        | Expr::Attribute(_)
        | Expr::Subscript(_)
        | Expr::Name(_)
        | Expr::Lambda(_)
        | Expr::ListComp(_)
        | Expr::SetComp(_)
        | Expr::DictComp(_)
        | Expr::Generator(_)
        | Expr::FString(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::NumberLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::EllipsisLiteral(_) => true,
        Expr::Compare(c) => c.ops.len() == 1,
        Expr::Tuple(ast::ExprTuple { elts, .. })
        | Expr::List(ast::ExprList { elts, .. })
        | Expr::Set(ast::ExprSet { elts, .. }) => !has_starred(elts) && elts.len() <= MAX_WINDOW,
        Expr::Dict(d) => d.items.iter().all(|i| i.key.is_some()) && d.items.len() <= MAX_WINDOW,
        _ => false,
    }
}

/// The right operand of a binary operation or comparison: a register, or a constant that
/// the instruction reads from the constant table (`BinaryOpK`, `CompareK`).
#[derive(Clone, Copy)]
pub(crate) enum Operand {
    Reg(Reg),
    Const(ConstIdx),
}

impl<'a> Compiler<'_, 'a> {
    /// Compiles a right operand: a constant stays in the constant table.
    pub(crate) fn operand(&mut self, e: &'a Expr) -> Res<Operand> {
        Ok(match constant_of(e, self.optimize, self.src.text) {
            Some(c) => Operand::Const(self.u().const_idx(c)),
            None => Operand::Reg(self.expr(e)?),
        })
    }

    /// Emits `dst = lhs <op> rhs` (`op` a `BinOp` immediate).
    pub(crate) fn emit_binary(&mut self, op: Imm, dst: Reg, lhs: Reg, rhs: Operand) {
        self.emit(match rhs {
            Operand::Reg(rhs) => Instr::BinaryOp { op, dst, lhs, rhs },
            Operand::Const(k) => Instr::BinaryOpK { op, dst, lhs, k },
        });
    }

    /// Emits `dst = lhs <op> rhs` (`op` a `CmpOp` immediate).
    fn emit_compare(&mut self, op: Imm, dst: Reg, lhs: Reg, rhs: Operand) {
        self.emit(match rhs {
            Operand::Reg(rhs) => Instr::Compare { op, dst, lhs, rhs },
            Operand::Const(k) => Instr::CompareK { op, dst, lhs, k },
        });
    }

    /// The right operand of comparison `i` of `n` in a chain: only the last may stay a
    /// constant, the others are the next comparison's left operand.
    fn comparand(&mut self, e: &'a Expr, i: usize, n: usize) -> Res<(Operand, Reg)> {
        if i + 1 == n {
            let rhs = self.operand(e)?;
            let reg = match rhs {
                Operand::Reg(r) => r,
                Operand::Const(_) => Reg(u16::MAX),
            };
            Ok((rhs, reg))
        } else {
            let r = self.expr(e)?;
            Ok((Operand::Reg(r), r))
        }
    }

    /// Compiles `e` and returns a register holding its value: a local read in place, or a
    /// new temporary at the top.
    pub(crate) fn expr(&mut self, e: &'a Expr) -> Res<Reg> {
        match self.local_expr(e) {
            Some(r) => Ok(r),
            None => self.expr_new(e),
        }
    }

    /// Compiles `e` and returns a register holding its value: a local read in place, or
    /// `dst` (a register the caller chose, so that no stray temporary keeps the value).
    pub(crate) fn expr_or_to(&mut self, e: &'a Expr, dst: Reg) -> Res<Reg> {
        match self.local_expr(e) {
            Some(r) => Ok(r),
            None => {
                self.expr_to(e, dst)?;
                Ok(dst)
            }
        }
    }

    /// The register of a local variable read in place, if `e` is one.
    fn local_expr(&mut self, e: &'a Expr) -> Option<Reg> {
        if let Expr::Name(n) = e {
            if n.ctx == ast::ExprContext::Load {
                let saved = self.set_loc(n.range);
                let r = self.local_in_place(&n.id);
                self.restore_loc(saved);
                return r;
            }
        }
        None
    }

    /// Compiles `e` into a new temporary at the top.
    pub(crate) fn expr_new(&mut self, e: &'a Expr) -> Res<Reg> {
        let t = self.u().alloc();
        self.expr_to(e, t)?;
        Ok(t)
    }

    /// Compiles `e` and writes its value into `dst`.
    pub(crate) fn expr_to(&mut self, e: &'a Expr, dst: Reg) -> Res<()> {
        let saved = self.set_loc(e.range());
        let mark = self.u().top();
        self.expr_inner(e, dst)?;
        self.u().free_to(mark);
        self.restore_loc(saved);
        Ok(())
    }

    fn expr_inner(&mut self, e: &'a Expr, dst: Reg) -> Res<()> {
        if let Some(c) = constant_of(e, self.optimize, self.src.text) {
            self.u().load_const(dst, c);
            return Ok(());
        }
        match e {
            Expr::Name(n) => match n.ctx {
                ast::ExprContext::Load => self.load_name(&n.id, dst),
                _ => return Err(self.err("invalid syntax", n.range)),
            },
            Expr::BinOp(b) => {
                let l = self.expr(&b.left)?;
                let r = self.operand(&b.right)?;
                self.emit_binary(binop(b.op).imm(), dst, l, r);
            }
            Expr::UnaryOp(u) => {
                let v = self.expr(&u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::Invert => UnOp::Invert,
                    ast::UnaryOp::Not => UnOp::Not,
                    ast::UnaryOp::UAdd => UnOp::Pos,
                    ast::UnaryOp::USub => UnOp::Neg,
                };
                self.emit(Instr::UnaryOp {
                    op: op.imm(),
                    dst,
                    src: v,
                });
            }
            Expr::BoolOp(b) => {
                let end = self.u().new_label();
                let n = b.values.len();
                let mut after_first = None;
                for (i, v) in b.values.iter().enumerate() {
                    self.expr_to(v, dst)?;
                    // Only the first operand always runs: later assignments are not
                    // definite.
                    after_first.get_or_insert_with(|| self.fr().assigned.clone());
                    if i + 1 < n {
                        let cond = dst;
                        self.emit(match b.op {
                            ast::BoolOp::And => Instr::JumpIfFalse { cond, target: end },
                            ast::BoolOp::Or => Instr::JumpIfTrue { cond, target: end },
                        });
                    }
                }
                self.u().bind(end);
                if let Some(state) = after_first {
                    self.f().assigned = state;
                }
            }
            Expr::Compare(c) => self.compare(c, dst)?,
            Expr::If(i) => {
                let orelse = self.u().new_label();
                let end = self.u().new_label();
                self.jump_if(&i.test, false, orelse)?;
                let state = self.fr().assigned.clone();
                self.expr_to(&i.body, dst)?;
                self.u().jump(end);
                self.u().bind(orelse);
                self.f().assigned = state.clone();
                self.expr_to(&i.orelse, dst)?;
                self.u().bind(end);
                self.f().assigned = state;
            }
            Expr::Named(n) => {
                self.expr_to(&n.value, dst)?;
                match &*n.target {
                    Expr::Name(t) => self.store_name(&t.id, dst),
                    other => return Err(self.err("invalid syntax", other.range())),
                }
            }
            Expr::Lambda(l) => self.lambda(l, dst)?,
            Expr::Tuple(t) => self.sequence_display(&t.elts, Display::Tuple, dst)?,
            Expr::List(l) => self.sequence_display(&l.elts, Display::List, dst)?,
            Expr::Set(s) => self.sequence_display(&s.elts, Display::Set, dst)?,
            Expr::Dict(d) => self.dict_display(d, dst)?,
            Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_) => {
                self.comprehension(e, dst)?
            }
            Expr::Await(a) => self.await_expr(a, dst)?,
            Expr::Yield(y) => {
                let v = match &y.value {
                    Some(v) => self.expr(v)?,
                    None => {
                        let t = self.u().alloc();
                        self.u().load_const(t, Constant::None);
                        t
                    }
                };
                self.emit(Instr::Yield {
                    dst,
                    src: v,
                    delegating: Imm(0),
                });
            }
            Expr::YieldFrom(y) => {
                let r = self.u().alloc_n(2);
                let v = self.expr(&y.value)?;
                self.emit(Instr::GetYieldFromIter { dst: r, src: v });
                self.yield_from_loop(r);
                self.emit(Instr::Move {
                    dst,
                    src: r.offset(1),
                });
            }
            Expr::Call(c) => self.call(c, dst)?,
            Expr::FString(f) => self.fstring(f, dst)?,
            Expr::Attribute(a) => {
                let obj = self.expr(&a.value)?;
                let n = self.mangle(&a.attr);
                let name = self.u().name_idx(&n);
                self.emit(Instr::LoadAttr { dst, obj, name });
            }
            Expr::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                let key = self.subscript_key(&s.slice)?;
                self.emit(Instr::GetItem { dst, obj, key });
            }
            Expr::Slice(s) => self.slice(s, dst)?,
            Expr::Starred(s) => return Err(self.err("can't use starred expression here", s.range)),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {
                return Err(self.err("invalid literal", e.range()));
            }
            Expr::TString(_) | Expr::IpyEscapeCommand(_) => {
                return Err(self.err("invalid syntax", e.range()))
            }
        }
        Ok(())
    }

    /// `yield from` loop on the iterator in `r` (`r+1` ends holding the result).
    pub(crate) fn yield_from_loop(&mut self, r: Reg) {
        let top = self.u().new_label();
        let done = self.u().new_label();
        self.u().load_const(r.offset(1), Constant::None);
        self.u().bind(top);
        self.emit(Instr::Send {
            iter: r,
            target: done,
        });
        self.emit(Instr::Yield {
            dst: r.offset(1),
            src: r.offset(1),
            delegating: Imm(1),
        });
        self.u().jump(top);
        self.u().bind(done);
    }

    fn compare(&mut self, c: &'a ast::ExprCompare, dst: Reg) -> Res<()> {
        let mut l = self.expr(&c.left)?;
        let end = self.u().new_label();
        let n = c.ops.len();
        for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            let (rhs, r) = self.comparand(right, i, n)?;
            self.emit_compare(cmpop(*op).imm(), dst, l, rhs);
            if i + 1 < n {
                self.emit(Instr::JumpIfFalse {
                    cond: dst,
                    target: end,
                });
            }
            l = r;
        }
        self.u().bind(end);
        Ok(())
    }

    /// Compiles `e` as a condition: jumps to `target` when its truth equals `when`,
    /// falls through otherwise.
    pub(crate) fn jump_if(&mut self, e: &'a Expr, when: bool, target: Label) -> Res<()> {
        let saved = self.set_loc(e.range());
        let mark = self.u().top();
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                self.jump_if(&u.operand, !when, target)?;
            }
            Expr::BoolOp(b) => {
                let before = self.fr().assigned.clone();
                let is_and = b.op == ast::BoolOp::And;
                let n = b.values.len();
                let mut first_state = None;
                // `and` jumping on false / `or` jumping on true: every operand tests
                // against `target`; otherwise operands that decide early skip past.
                if is_and != when {
                    for v in b.values.iter() {
                        self.jump_if(v, when, target)?;
                        first_state.get_or_insert_with(|| self.fr().assigned.clone());
                    }
                } else {
                    let skip = self.u().new_label();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !when, skip)?;
                        } else {
                            self.jump_if(v, when, target)?;
                        }
                        first_state.get_or_insert_with(|| self.fr().assigned.clone());
                    }
                    self.u().bind(skip);
                }
                self.f().assigned = first_state.unwrap_or(before);
            }
            Expr::Compare(c) if c.ops.len() > 1 => {
                let t = self.u().alloc();
                let mut l = self.expr(&c.left)?;
                let end = self.u().new_label();
                let n = c.ops.len();
                for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
                    let (rhs, r) = self.comparand(right, i, n)?;
                    self.emit_compare(cmpop(*op).imm(), t, l, rhs);
                    let last = i + 1 == n;
                    if !when {
                        self.emit(Instr::JumpIfFalse { cond: t, target });
                    } else if last {
                        self.emit(Instr::JumpIfTrue { cond: t, target });
                    } else {
                        self.emit(Instr::JumpIfFalse {
                            cond: t,
                            target: end,
                        });
                    }
                    l = r;
                }
                self.u().bind(end);
            }
            Expr::Compare(c)
                if matches!(c.ops[0], ast::CmpOp::Is | ast::CmpOp::IsNot)
                    && matches!(c.comparators[0], Expr::NoneLiteral(_)) =>
            {
                let v = self.expr(&c.left)?;
                let is = c.ops[0] == ast::CmpOp::Is;
                self.emit(if is == when {
                    Instr::JumpIfNone { cond: v, target }
                } else {
                    Instr::JumpIfNotNone { cond: v, target }
                });
            }
            _ => match constant_of(e, self.optimize, self.src.text) {
                Some(c) if truthy(&c).is_some() => {
                    if truthy(&c) == Some(when) {
                        self.u().jump(target);
                    }
                }
                _ => {
                    let v = self.expr(e)?;
                    self.emit(if when {
                        Instr::JumpIfTrue { cond: v, target }
                    } else {
                        Instr::JumpIfFalse { cond: v, target }
                    });
                }
            },
        }
        self.u().free_to(mark);
        self.restore_loc(saved);
        Ok(())
    }

    /// The key of a subscript: a slice is built with `BuildSlice`.
    pub(crate) fn subscript_key(&mut self, slice: &'a Expr) -> Res<Reg> {
        match slice {
            Expr::Slice(s) => {
                let t = self.u().alloc();
                let saved = self.set_loc(s.range);
                self.slice(s, t)?;
                self.restore_loc(saved);
                Ok(t)
            }
            other => self.expr(other),
        }
    }

    fn slice(&mut self, s: &'a ast::ExprSlice, dst: Reg) -> Res<()> {
        let count = if s.step.is_some() { 3 } else { 2 };
        let mark = self.u().top();
        let start = self.u().alloc_n(count);
        for (i, part) in [&s.lower, &s.upper, &s.step]
            .into_iter()
            .take(count)
            .enumerate()
        {
            match part {
                Some(p) => self.expr_to(p, start.offset(i))?,
                None => self.u().load_const(start.offset(i), Constant::None),
            }
        }
        self.emit(Instr::BuildSlice {
            dst,
            start,
            count: Count(count as u16),
        });
        self.u().free_to(mark);
        Ok(())
    }

    /// Tuple, list and set displays, with `*` unpacking.
    pub(crate) fn sequence_display(
        &mut self,
        elts: &'a [Expr],
        kind: Display,
        dst: Reg,
    ) -> Res<()> {
        if !has_starred(elts) && elts.len() <= MAX_WINDOW {
            let start = self.u().alloc_n(elts.len());
            for (i, e) in elts.iter().enumerate() {
                self.expr_to(e, start.offset(i))?;
            }
            let count = Count(elts.len() as u16);
            self.emit(match kind {
                Display::Tuple => Instr::BuildTuple { dst, start, count },
                Display::List => Instr::BuildList { dst, start, count },
                Display::Set => Instr::BuildSet { dst, start, count },
            });
            return Ok(());
        }
        // Incremental build into a fresh temporary (dst may be read by the items).
        let acc = self.u().alloc();
        let empty = Count(0);
        self.emit(match kind {
            Display::Set => Instr::BuildSet {
                dst: acc,
                start: acc,
                count: empty,
            },
            _ => Instr::BuildList {
                dst: acc,
                start: acc,
                count: empty,
            },
        });
        for e in elts {
            let mark = self.u().top();
            match e {
                Expr::Starred(s) => {
                    let v = self.expr(&s.value)?;
                    self.emit(match kind {
                        Display::Set => Instr::SetUpdate {
                            set: acc,
                            iterable: v,
                        },
                        _ => Instr::ListExtend {
                            list: acc,
                            iterable: v,
                        },
                    });
                }
                other => {
                    let v = self.expr(other)?;
                    self.emit(match kind {
                        Display::Set => Instr::SetAdd { set: acc, item: v },
                        _ => Instr::ListAppend { list: acc, item: v },
                    });
                }
            }
            self.u().free_to(mark);
        }
        self.emit(match kind {
            Display::Tuple => Instr::ListToTuple { dst, src: acc },
            _ => Instr::Move { dst, src: acc },
        });
        Ok(())
    }

    fn dict_display(&mut self, d: &'a ast::ExprDict, dst: Reg) -> Res<()> {
        if d.items.iter().all(|i| i.key.is_some()) && d.items.len() <= MAX_WINDOW {
            let start = self.u().alloc_n(2 * d.items.len());
            for (i, item) in d.items.iter().enumerate() {
                if let Some(k) = &item.key {
                    self.expr_to(k, start.offset(2 * i))?;
                }
                self.expr_to(&item.value, start.offset(2 * i + 1))?;
            }
            self.emit(Instr::BuildMap {
                dst,
                start,
                count: Count(d.items.len() as u16),
            });
            return Ok(());
        }
        let acc = self.u().alloc();
        self.emit(Instr::BuildMap {
            dst: acc,
            start: acc,
            count: Count(0),
        });
        for item in &d.items {
            let mark = self.u().top();
            match &item.key {
                Some(k) => {
                    let kr = self.expr(k)?;
                    let vr = self.expr(&item.value)?;
                    self.emit(Instr::MapAdd {
                        dict: acc,
                        key: kr,
                        value: vr,
                    });
                }
                None => {
                    let v = self.expr(&item.value)?;
                    self.emit(Instr::DictUpdate {
                        dict: acc,
                        other: v,
                    });
                }
            }
            self.u().free_to(mark);
        }
        self.emit(Instr::Move { dst, src: acc });
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Display {
    Tuple,
    List,
    Set,
}

/// The truth value of a constant, when known at compile time.
fn truthy(c: &Constant) -> Option<bool> {
    Some(match c {
        Constant::None | Constant::False => false,
        Constant::True | Constant::Ellipsis => true,
        Constant::Int(i) => *i != 0,
        Constant::BigInt(_) => true,
        Constant::Float(f) => *f != 0.0,
        Constant::Complex(r, i) => *r != 0.0 || *i != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::StrWithSurrogates(_) => true,
        Constant::Tuple(t) => !t.is_empty(),
        Constant::Code(_) => return None,
    })
}
