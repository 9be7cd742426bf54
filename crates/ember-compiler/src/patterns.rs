//! The `match` statement and the patterns of its `case` clauses, compiled to register
//! bytecode with CPython 3.11's semantics and compile-time errors (`compiler_match` and
//! the `compiler_pattern_*` functions of `Python/compile.c`; PEP 634).
//!
//! Scheme. The subject is evaluated once into a fresh temporary, or read in place when
//! it is a local that no pattern of the statement captures (a capture would rebind it
//! while it is still needed). Each case compiles its pattern against the subject
//! register; a failing test jumps to the case's `fail` label, which starts the next
//! case. Sub-patterns take their values from
//! new temporaries (`UnpackSequence` windows, `GetItem`, `MatchKeys`, `MatchClass`).
//!
//! Invariants:
//! - Nothing is bound until the whole pattern has matched: a capture only records
//!   (name, register holding the value); the names are stored in capture order once
//!   the pattern succeeds, before the guard (so a failing guard leaves them bound, as in
//!   CPython). Temporaries allocated while compiling one case's pattern are never freed
//!   before those stores, so a recorded register keeps its value.
//! - The alternatives of an OR pattern bind the same names; each alternative moves its
//!   captures into registers shared by all alternatives, in the first alternative's
//!   order, which is the order the names are stored in.
//! - Instructions take the position of the last pattern compiled, as CPython's
//!   `SET_LOC` leaves it, so errors raised while matching (a bad `__match_args__`, an
//!   `__eq__` that raises) report the line of the sub-pattern; compile errors found
//!   after a sub-pattern use that same location.
//! - Sequence sub-patterns are extracted by iteration (`UnpackSequence`/`UnpackEx`),
//!   except when the star is a wildcard (`[x, *_, y]`), where they are indexed from the
//!   front and from `len()` at the back, as CPython does.

use crate::compiler::{Compiler, Res};
use crate::literals::constant_of;
use crate::pyconst::{fold_complex, py_eq, py_repr};
use crate::stmt::terminates;
use crate::unwind::intersect;
use ember_bytecode::{BinOp, CmpOp, Constant, Count, Imm, Instr, Label, Reg};
use ruff_python_ast::{self as ast, Expr, Pattern};
use ruff_text_size::{Ranged, TextRange};

/// The state of one pattern being compiled (CPython's `pattern_context`).
struct PatternContext<'a> {
    /// Captured names with the register holding each value, in capture order.
    stores: Vec<(&'a str, Reg)>,
    /// Whether an irrefutable pattern is allowed here (the last case, a guarded case,
    /// a sub-pattern, the last alternative of an allowed OR).
    allow_irrefutable: bool,
    /// Where to jump when the pattern does not match.
    fail: Label,
    /// The last pattern compiled: where errors found after it are reported.
    loc: TextRange,
}

/// A pattern that matches anything without binding (`_`).
fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p,
        Pattern::MatchAs(ast::PatternMatchAs {
            pattern: None,
            name: None,
            ..
        })
    )
}

impl<'a> Compiler<'_, 'a> {
    /// `match subject: case ...` (the language reference, "The match statement").
    pub(crate) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> Res<()> {
        let (subject, in_place) = self.match_subject(m)?;
        let end = self.u().new_label();
        let before = self.fr().assigned.clone();
        let mut states = Vec::new();
        let mut exhaustive = false;
        let n = m.cases.len();
        for (i, case) in m.cases.iter().enumerate() {
            let mark = self.u().top();
            let fail = self.u().new_label();
            let mut pc = PatternContext {
                stores: Vec::new(),
                allow_irrefutable: case.guard.is_some() || i + 1 == n,
                fail,
                loc: case.pattern.range(),
            };
            self.pattern(&case.pattern, subject, &mut pc)?;
            for (name, reg) in std::mem::take(&mut pc.stores) {
                self.store_name(name, reg);
            }
            if let Some(guard) = &case.guard {
                self.jump_if(guard, false, fail)?;
            }
            // The subject is released before the body runs, as CPython pops it.
            if !in_place {
                self.emit(Instr::ClearLocal { reg: subject });
            }
            self.u().free_to(mark);
            self.body(&case.body)?;
            if !terminates(&case.body) {
                states.push(self.fr().assigned.clone());
                self.u().jump(end);
            }
            self.u().bind(fail);
            // Nothing is bound on the way to `fail` but what was bound before the case
            // (captures only add names, and only on the way to the guard).
            self.f().assigned = before.clone();
            exhaustive = case.guard.is_none() && case.pattern.is_irrefutable();
        }
        if !in_place && !exhaustive {
            self.emit(Instr::ClearLocal { reg: subject });
        }
        self.u().bind(end);
        if !exhaustive {
            states.push(before);
        }
        if !states.is_empty() {
            self.f().assigned = intersect(&states);
        }
        Ok(())
    }

    /// The register holding the subject, and whether it is a local read in place. A
    /// local is read in place only when no pattern of the statement captures it (a
    /// capture would change the subject under the following stores and cases) and no
    /// walrus can rebind it; otherwise the subject is copied to a new temporary.
    fn match_subject(&mut self, m: &'a ast::StmtMatch) -> Res<(Reg, bool)> {
        if let Expr::Name(n) = &*m.subject {
            let mut names = Vec::new();
            for case in &m.cases {
                captured_names(&case.pattern, &mut names);
            }
            let target = self.local_target(&n.id);
            let captured = names.iter().any(|c| self.local_target(c) == target);
            if !captured {
                let saved = self.set_loc(n.range);
                let r = self.local_in_place(&n.id);
                self.restore_loc(saved);
                if let Some(r) = r {
                    return Ok((r, true));
                }
            }
        }
        Ok((self.expr_new(&m.subject)?, false))
    }

    /// Compiles `p` against the value in `subject` (CPython's `compiler_pattern`).
    fn pattern(&mut self, p: &'a Pattern, subject: Reg, pc: &mut PatternContext<'a>) -> Res<()> {
        pc.loc = p.range();
        self.set_loc(p.range());
        match p {
            Pattern::MatchValue(v) => self.pattern_value(&v.value, subject, pc),
            Pattern::MatchSingleton(s) => {
                let fail = pc.fail;
                match s.value {
                    ast::Singleton::None => self.emit(Instr::JumpIfNotNone {
                        cond: subject,
                        target: fail,
                    }),
                    ast::Singleton::True | ast::Singleton::False => {
                        let c = if s.value == ast::Singleton::True {
                            Constant::True
                        } else {
                            Constant::False
                        };
                        let k = self.u().const_idx(c);
                        let t = self.u().alloc();
                        self.emit(Instr::CompareK {
                            op: CmpOp::Is.imm(),
                            dst: t,
                            lhs: subject,
                            k,
                        });
                        self.fail_unless(t, fail);
                    }
                }
                Ok(())
            }
            Pattern::MatchSequence(s) => self.pattern_sequence(&s.patterns, subject, pc),
            Pattern::MatchMapping(m) => self.pattern_mapping(m, subject, pc),
            Pattern::MatchClass(c) => self.pattern_class(c, subject, pc),
            // Only reached inside a sequence pattern (the parser rejects it elsewhere),
            // where `subject` holds the list of the starred items.
            Pattern::MatchStar(s) => self.capture(s.name.as_ref(), subject, pc),
            Pattern::MatchAs(a) => match &a.pattern {
                None => {
                    if !pc.allow_irrefutable {
                        let msg = match &a.name {
                            Some(n) => {
                                format!("name capture '{n}' makes remaining patterns unreachable")
                            }
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(self.err(msg, pc.loc));
                    }
                    self.capture(a.name.as_ref(), subject, pc)
                }
                Some(inner) => {
                    self.pattern(inner, subject, pc)?;
                    self.capture(a.name.as_ref(), subject, pc)
                }
            },
            Pattern::MatchOr(o) => self.pattern_or(&o.patterns, subject, pc),
        }
    }

    /// A sub-pattern of a sequence, mapping or class pattern: irrefutable ones are fine.
    fn subpattern(&mut self, p: &'a Pattern, value: Reg, pc: &mut PatternContext<'a>) -> Res<()> {
        let allow = std::mem::replace(&mut pc.allow_irrefutable, true);
        self.pattern(p, value, pc)?;
        pc.allow_irrefutable = allow;
        Ok(())
    }

    /// Records that `name` (if any) captures the value in `value`.
    fn capture(
        &mut self,
        name: Option<&'a ast::Identifier>,
        value: Reg,
        pc: &mut PatternContext<'a>,
    ) -> Res<()> {
        let Some(name) = name else {
            return Ok(());
        };
        let name = name.as_str();
        if name == "__debug__" {
            return Err(self.err("cannot assign to __debug__", pc.loc));
        }
        if pc.stores.iter().any(|(n, _)| *n == name) {
            return Err(self.err(
                format!("multiple assignments to name '{name}' in pattern"),
                pc.loc,
            ));
        }
        pc.stores.push((name, value));
        Ok(())
    }

    /// Jumps to `fail` unless `cond` is true.
    fn fail_unless(&mut self, cond: Reg, fail: Label) {
        self.emit(Instr::JumpIfFalse { cond, target: fail });
    }

    /// Jumps to `pc.fail` unless `len(subject) <op> n`.
    fn length_check(&mut self, subject: Reg, op: CmpOp, n: usize, pc: &PatternContext<'a>) {
        let t = self.u().alloc();
        let k = self.u().const_idx(Constant::Int(n as i64));
        self.emit(Instr::GetLen {
            dst: t,
            src: subject,
        });
        self.emit(Instr::CompareK {
            op: op.imm(),
            dst: t,
            lhs: t,
            k,
        });
        self.fail_unless(t, pc.fail);
    }

    /// A literal or dotted-name value pattern: `subject == value`.
    fn pattern_value(
        &mut self,
        value: &'a Expr,
        subject: Reg,
        pc: &mut PatternContext<'a>,
    ) -> Res<()> {
        let t = self.u().alloc();
        match pattern_constant(value, self.optimize, self.src.text) {
            Some(c) => {
                let k = self.u().const_idx(c);
                self.emit(Instr::CompareK {
                    op: CmpOp::Eq.imm(),
                    dst: t,
                    lhs: subject,
                    k,
                });
            }
            None if matches!(value, Expr::Attribute(_)) => {
                self.expr_to(value, t)?;
                self.emit(Instr::Compare {
                    op: CmpOp::Eq.imm(),
                    dst: t,
                    lhs: subject,
                    rhs: t,
                });
            }
            None => {
                return Err(self.err(
                    "patterns may only match literals and attribute lookups",
                    pc.loc,
                ))
            }
        }
        self.fail_unless(t, pc.fail);
        Ok(())
    }

    /// `[p, q, *rest]` / `(p, q)`: a sequence of the right length whose items match.
    fn pattern_sequence(
        &mut self,
        patterns: &'a [Pattern],
        subject: Reg,
        pc: &mut PatternContext<'a>,
    ) -> Res<()> {
        let size = patterns.len();
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if let Pattern::MatchStar(s) = p {
                if star.is_some() {
                    return Err(self.err("multiple starred names in sequence pattern", pc.loc));
                }
                star_wildcard = s.name.is_none();
                only_wildcard &= star_wildcard;
                star = Some(i);
            } else {
                only_wildcard &= is_wildcard(p);
            }
        }
        self.emit(Instr::MatchSequence {
            subject,
            target: pc.fail,
        });
        match star {
            None => self.length_check(subject, CmpOp::Eq, size, pc),
            Some(_) if size > 1 => self.length_check(subject, CmpOp::Ge, size - 1, pc),
            Some(_) => {}
        }
        match star {
            _ if only_wildcard => Ok(()),
            Some(star) if star_wildcard => self.sequence_by_index(patterns, star, subject, pc),
            _ => self.sequence_by_unpacking(patterns, star, subject, pc),
        }
    }

    /// Items before the star as `subject[i]`, after it as `subject[len(subject) - k]`
    /// (the subject may not support negative indexes).
    fn sequence_by_index(
        &mut self,
        patterns: &'a [Pattern],
        star: usize,
        subject: Reg,
        pc: &mut PatternContext<'a>,
    ) -> Res<()> {
        let size = patterns.len();
        for (i, p) in patterns.iter().enumerate() {
            if i == star || is_wildcard(p) {
                continue;
            }
            let item = self.u().alloc();
            if i < star {
                self.u().load_const(item, Constant::Int(i as i64));
            } else {
                let k = self.u().const_idx(Constant::Int((size - i) as i64));
                self.emit(Instr::GetLen {
                    dst: item,
                    src: subject,
                });
                self.emit(Instr::BinaryOpK {
                    op: BinOp::Sub.imm(),
                    dst: item,
                    lhs: item,
                    k,
                });
            }
            self.emit(Instr::GetItem {
                dst: item,
                obj: subject,
                key: item,
            });
            self.subpattern(p, item, pc)?;
        }
        Ok(())
    }

    /// All items by iteration into a window (`UnpackEx` collects the starred ones into a
    /// list).
    fn sequence_by_unpacking(
        &mut self,
        patterns: &'a [Pattern],
        star: Option<usize>,
        subject: Reg,
        pc: &mut PatternContext<'a>,
    ) -> Res<()> {
        let size = patterns.len();
        let window = self.u().alloc_n(size);
        match star {
            None => self.emit(Instr::UnpackSequence {
                src: subject,
                dst: window,
                count: Count(size as u16),
            }),
            Some(i) => {
                let after = size - i - 1;
                // CPython's limit is 256 items before the star; Ember's `UnpackEx`
                // encodes the count after it in one byte too.
                if i > 255 || after > 255 {
                    return Err(self.err(
                        "too many expressions in star-unpacking sequence pattern",
                        pc.loc,
                    ));
                }
                self.emit(Instr::UnpackEx {
                    src: subject,
                    dst: window,
                    before: Imm(i as u8),
                    after: Imm(after as u8),
                });
            }
        }
        for (i, p) in patterns.iter().enumerate() {
            self.subpattern(p, window.offset(i), pc)?;
        }
        Ok(())
    }

    /// `{key: p, ..., **rest}`: a mapping holding every key, whose values match.
    fn pattern_mapping(
        &mut self,
        m: &'a ast::PatternMatchMapping,
        subject: Reg,
        pc: &mut PatternContext<'a>,
    ) -> Res<()> {
        let size = m.keys.len();
        if size != m.patterns.len() {
            return Err(self.err("invalid syntax", m.range));
        }
        self.emit(Instr::MatchMapping {
            subject,
            target: pc.fail,
        });
        if size == 0 && m.rest.is_none() {
            return Ok(());
        }
        if size > 0 {
            self.length_check(subject, CmpOp::Ge, size, pc);
        }
        let keys = self.mapping_keys(&m.keys, pc)?;
        if size > 0 {
            let values = self.u().alloc();
            self.emit(Instr::MatchKeys {
                dst: values,
                subject,
                keys,
            });
            self.emit(Instr::JumpIfNone {
                cond: values,
                target: pc.fail,
            });
            let window = self.u().alloc_n(size);
            self.emit(Instr::UnpackSequence {
                src: values,
                dst: window,
                count: Count(size as u16),
            });
            for (i, p) in m.patterns.iter().enumerate() {
                self.subpattern(p, window.offset(i), pc)?;
            }
        }
        if let Some(rest) = &m.rest {
            let r = self.u().alloc();
            self.emit(Instr::CopyDictWithoutKeys {
                dst: r,
                subject,
                keys,
            });
            self.capture(Some(rest), r, pc)?;
        }
        Ok(())
    }

    /// The tuple of a mapping pattern's keys, in a new register: a constant when every
    /// key is a literal. Literal keys must be distinct (a SyntaxError otherwise).
    fn mapping_keys(&mut self, keys: &'a [Expr], pc: &PatternContext<'a>) -> Res<Reg> {
        let mut consts: Vec<Option<Constant>> = Vec::with_capacity(keys.len());
        for key in keys {
            match pattern_constant(key, self.optimize, self.src.text) {
                Some(c) => {
                    if consts.iter().flatten().any(|seen| py_eq(seen, &c)) {
                        return Err(self.err(
                            format!("mapping pattern checks duplicate key ({})", py_repr(&c)),
                            pc.loc,
                        ));
                    }
                    consts.push(Some(c));
                }
                None if matches!(key, Expr::Attribute(_)) => consts.push(None),
                None => {
                    return Err(self.err(
                        "mapping pattern keys may only match literals and attribute lookups",
                        pc.loc,
                    ))
                }
            }
        }
        let dst = self.u().alloc();
        if consts.iter().all(Option::is_some) {
            let tuple = consts.into_iter().flatten().collect();
            self.u().load_const(dst, Constant::Tuple(tuple));
            return Ok(dst);
        }
        let start = self.u().alloc_n(keys.len());
        for (i, (key, c)) in keys.iter().zip(consts).enumerate() {
            match c {
                Some(c) => self.u().load_const(start.offset(i), c),
                None => self.expr_to(key, start.offset(i))?,
            }
        }
        self.emit(Instr::BuildTuple {
            dst,
            start,
            count: Count(keys.len() as u16),
        });
        Ok(dst)
    }

    /// `Cls(p, q, attr=r)`: an instance of `Cls` whose positional (`__match_args__`) and
    /// keyword attributes match.
    fn pattern_class(
        &mut self,
        c: &'a ast::PatternMatchClass,
        subject: Reg,
        pc: &mut PatternContext<'a>,
    ) -> Res<()> {
        let args = &c.arguments;
        let kws = &args.keywords;
        for (i, kw) in kws.iter().enumerate() {
            pc.loc = kw.pattern.range();
            if kw.attr.as_str() == "__debug__" {
                return Err(self.err("cannot assign to __debug__", pc.loc));
            }
            if let Some(other) = kws[i + 1..].iter().find(|o| o.attr.id == kw.attr.id) {
                pc.loc = other.pattern.range();
                return Err(self.err(
                    format!("attribute name repeated in class pattern: {}", kw.attr),
                    pc.loc,
                ));
            }
        }
        pc.loc = c.range;
        let cls = self.u().alloc_n(2);
        self.expr_to(&c.cls, cls)?;
        let descriptor = std::iter::repeat_n(Constant::None, args.patterns.len())
            .chain(kws.iter().map(|k| Constant::Str(k.attr.to_string())))
            .collect();
        self.u()
            .load_const(cls.offset(1), Constant::Tuple(descriptor));
        let attrs = self.u().alloc();
        self.emit(Instr::MatchClass {
            dst: attrs,
            subject,
            cls,
        });
        self.emit(Instr::JumpIfNone {
            cond: attrs,
            target: pc.fail,
        });
        let subs: Vec<&'a Pattern> = args
            .patterns
            .iter()
            .chain(kws.iter().map(|k| &k.pattern))
            .collect();
        if subs.is_empty() {
            return Ok(());
        }
        let window = self.u().alloc_n(subs.len());
        self.emit(Instr::UnpackSequence {
            src: attrs,
            dst: window,
            count: Count(subs.len() as u16),
        });
        for (i, p) in subs.into_iter().enumerate() {
            if !is_wildcard(p) {
                self.subpattern(p, window.offset(i), pc)?;
            }
        }
        Ok(())
    }

    /// `p | q | r`: the first alternative that matches; all bind the same names.
    fn pattern_or(
        &mut self,
        alternatives: &'a [Pattern],
        subject: Reg,
        pc: &mut PatternContext<'a>,
    ) -> Res<()> {
        let end = self.u().new_label();
        let outer_stores = std::mem::take(&mut pc.stores);
        let outer_allow = pc.allow_irrefutable;
        let outer_fail = pc.fail;
        // The first alternative's names, each with the register all alternatives use.
        let mut control: Option<Vec<(&'a str, Reg)>> = None;
        let n = alternatives.len();
        for (i, alt) in alternatives.iter().enumerate() {
            let last = i + 1 == n;
            let next = if last {
                outer_fail
            } else {
                self.u().new_label()
            };
            pc.stores.clear();
            pc.allow_irrefutable = last && outer_allow;
            pc.fail = next;
            self.pattern(alt, subject, pc)?;
            let stores = std::mem::take(&mut pc.stores);
            let shared = match &control {
                None => {
                    let shared: Vec<(&'a str, Reg)> = stores
                        .iter()
                        .map(|&(name, _)| (name, self.u().alloc()))
                        .collect();
                    control = Some(shared.clone());
                    shared
                }
                Some(shared) => shared.clone(),
            };
            if stores.len() != shared.len() {
                return Err(self.err("alternative patterns bind different names", pc.loc));
            }
            for (name, dst) in shared {
                let Some(&(_, src)) = stores.iter().find(|(n, _)| *n == name) else {
                    return Err(self.err("alternative patterns bind different names", pc.loc));
                };
                self.emit(Instr::Move { dst, src });
            }
            if !last {
                self.u().jump(end);
                self.u().bind(next);
            }
        }
        pc.allow_irrefutable = outer_allow;
        pc.fail = outer_fail;
        pc.stores = outer_stores;
        self.u().bind(end);
        for (name, reg) in control.unwrap_or_default() {
            if pc.stores.iter().any(|(n, _)| *n == name) {
                return Err(self.err(
                    format!("multiple assignments to name '{name}' in pattern"),
                    pc.loc,
                ));
            }
            pc.stores.push((name, reg));
        }
        Ok(())
    }
}

/// The names `p` captures, in source order (with repeats).
fn captured_names<'a>(p: &'a Pattern, out: &mut Vec<&'a str>) {
    match p {
        Pattern::MatchValue(_) | Pattern::MatchSingleton(_) => {}
        Pattern::MatchSequence(s) => s.patterns.iter().for_each(|p| captured_names(p, out)),
        Pattern::MatchMapping(m) => {
            m.patterns.iter().for_each(|p| captured_names(p, out));
            out.extend(m.rest.as_ref().map(|r| r.as_str()));
        }
        Pattern::MatchClass(c) => {
            let args = &c.arguments;
            args.patterns.iter().for_each(|p| captured_names(p, out));
            args.keywords
                .iter()
                .for_each(|k| captured_names(&k.pattern, out));
        }
        Pattern::MatchStar(s) => out.extend(s.name.as_ref().map(|n| n.as_str())),
        Pattern::MatchAs(a) => {
            if let Some(inner) = &a.pattern {
                captured_names(inner, out);
            }
            out.extend(a.name.as_ref().map(|n| n.as_str()));
        }
        Pattern::MatchOr(o) => o.patterns.iter().for_each(|p| captured_names(p, out)),
    }
}

/// The constant a literal pattern (or mapping key) stands for, with `real ± imag`
/// complex literals folded as CPython's AST optimiser does.
fn pattern_constant(e: &Expr, optimize: u8, src: &str) -> Option<Constant> {
    if let Some(c) = constant_of(e, optimize, src) {
        return Some(c);
    }
    let Expr::BinOp(b) = e else {
        return None;
    };
    let subtract = match b.op {
        ast::Operator::Add => false,
        ast::Operator::Sub => true,
        _ => return None,
    };
    fold_complex(
        &constant_of(&b.left, optimize, src)?,
        &constant_of(&b.right, optimize, src)?,
        subtract,
    )
}
