//! Literals and constant folding: numbers, strings, bytes, tuples of constants and unary
//! operators on numeric constants become `Constant`s; f-strings become `FormatValue`,
//! `FormatWithSpec` and `BuildString`.

use crate::compiler::{Compiler, Res};
use ember_bytecode::{Constant, Conversion, Count, Instr, Reg};
use num_bigint::BigInt;
use num_traits::{Num, ToPrimitive};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

/// An int literal as a constant (`Int` when it fits in i64, else `BigInt`).
pub(crate) fn int_constant(i: &ast::Int) -> Option<Constant> {
    if let Some(v) = i.as_i64() {
        return Some(Constant::Int(v));
    }
    let text = i.to_string().replace('_', "");
    let lower = text.to_ascii_lowercase();
    let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
        (d.to_string(), 16)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d.to_string(), 8)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d.to_string(), 2)
    } else {
        (lower, 10)
    };
    let big = BigInt::from_str_radix(&digits, radix).ok()?;
    Some(small_or_big(big))
}

fn small_or_big(b: BigInt) -> Constant {
    match b.to_i64() {
        Some(v) => Constant::Int(v),
        None => Constant::BigInt(b),
    }
}

/// The constant value of `e` when it is a literal, a tuple of constants, or a unary
/// `-`/`+`/`~` applied to a numeric constant (CPython's AST optimiser folds these).
pub(crate) fn constant_of(e: &Expr, optimize: u8, src: &str) -> Option<Constant> {
    match e {
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => int_constant(i),
            ast::Number::Float(f) => Some(Constant::Float(*f)),
            ast::Number::Complex { real, imag } => Some(Constant::Complex(*real, *imag)),
        },
        Expr::StringLiteral(s) => Some(str_constant(s, src)),
        Expr::BytesLiteral(b) => Some(Constant::Bytes(b.value.bytes().collect())),
        Expr::BooleanLiteral(b) => Some(if b.value {
            Constant::True
        } else {
            Constant::False
        }),
        Expr::NoneLiteral(_) => Some(Constant::None),
        Expr::EllipsisLiteral(_) => Some(Constant::Ellipsis),
        Expr::Name(n) if n.id.as_str() == "__debug__" => Some(if optimize > 0 {
            Constant::False
        } else {
            Constant::True
        }),
        Expr::Tuple(t) => {
            let items: Option<Vec<Constant>> = t
                .elts
                .iter()
                .map(|e| constant_of(e, optimize, src))
                .collect();
            items.map(Constant::Tuple)
        }
        Expr::UnaryOp(u) => {
            let v = constant_of(&u.operand, optimize, src)?;
            fold_unary(u.op, v)
        }
        _ => None,
    }
}

/// A str literal's constant. ruff's value shows a surrogate escape (`"\ud800"`) as
/// U+FFFD, so a value holding U+FFFD is decoded again from the source (`escapes.rs`).
fn str_constant(s: &ast::ExprStringLiteral, src: &str) -> Constant {
    let value = s.value.to_str();
    if value.contains('\u{FFFD}') {
        if let Some(cps) = literal_code_points(s, src) {
            if cps.iter().any(|c| (0xD800..0xE000).contains(c)) {
                return Constant::StrWithSurrogates(cps);
            }
        }
    }
    Constant::Str(value.to_string())
}

/// The code points of a (possibly implicitly concatenated) str literal, from its source.
fn literal_code_points(s: &ast::ExprStringLiteral, src: &str) -> Option<Vec<u32>> {
    let mut out = Vec::new();
    for part in s.value.iter() {
        let token = src.get(usize::from(part.range.start())..usize::from(part.range.end()))?;
        let (prefix, body, _) = crate::escapes::split_literal(token)?;
        if prefix.raw {
            out.extend(body.chars().map(|c| c as u32));
        } else {
            out.extend(crate::escapes::decode_str_body(body).ok()?);
        }
    }
    Some(out)
}

fn fold_unary(op: ast::UnaryOp, v: Constant) -> Option<Constant> {
    use ast::UnaryOp::*;
    match (op, v) {
        (USub, Constant::Int(i)) => Some(match i.checked_neg() {
            Some(n) => Constant::Int(n),
            None => Constant::BigInt(-BigInt::from(i)),
        }),
        (USub, Constant::BigInt(b)) => Some(small_or_big(-b)),
        (USub, Constant::Float(f)) => Some(Constant::Float(-f)),
        (USub, Constant::Complex(r, i)) => Some(Constant::Complex(-r, -i)),
        (
            UAdd,
            c @ (Constant::Int(_)
            | Constant::BigInt(_)
            | Constant::Float(_)
            | Constant::Complex(..)),
        ) => Some(c),
        (Invert, Constant::Int(i)) => Some(Constant::Int(!i)),
        (Invert, Constant::BigInt(b)) => Some(small_or_big(-b - 1)),
        _ => None,
    }
}

impl<'a> Compiler<'_, 'a> {
    /// Compiles an f-string into `dst`.
    pub(crate) fn fstring(&mut self, f: &'a ast::ExprFString, dst: Reg) -> Res<()> {
        let mark = self.u().top();
        let mut parts: Vec<Part> = Vec::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => {
                    match str_part_constant(&l.value, l.range, self.src.text, false) {
                        Some(c) => parts.push(Part::Exact(c)),
                        None => push_text(&mut parts, &l.value),
                    }
                }
                ast::FStringPart::FString(fs) => {
                    for el in fs.elements.iter() {
                        self.collect_element(el, &mut parts);
                    }
                }
            }
        }
        // A single literal part: just the constant.
        if let [p @ (Part::Text(_) | Part::Exact(_))] = parts.as_slice() {
            let c = p.constant().expect("a literal part");
            self.u().load_const(dst, c);
            return Ok(());
        }
        if parts.is_empty() {
            self.u().load_const(dst, Constant::Str(String::new()));
            return Ok(());
        }
        if let [Part::Value(el)] = parts.as_slice() {
            return self.formatted_value(el, dst);
        }
        let start = self.u().alloc_n(parts.len());
        for (i, p) in parts.iter().enumerate() {
            let r = start.offset(i);
            match p.constant() {
                Some(c) => self.u().load_const(r, c),
                None => self.formatted_value(p.value(), r)?,
            }
        }
        self.emit(Instr::BuildString {
            dst,
            start,
            count: Count(parts.len() as u16),
        });
        self.u().free_to(mark);
        Ok(())
    }

    fn collect_element(
        &mut self,
        el: &'a ast::InterpolatedStringElement,
        parts: &mut Vec<Part<'a>>,
    ) {
        match el {
            ast::InterpolatedStringElement::Literal(l) => {
                match str_part_constant(&l.value, l.range, self.src.text, true) {
                    Some(c) => parts.push(Part::Exact(c)),
                    None => push_text(parts, &l.value),
                }
            }
            ast::InterpolatedStringElement::Interpolation(i) => {
                if let Some(d) = &i.debug_text {
                    push_text(
                        parts,
                        &format!("{}{}{}", d.leading(), d.expression(), d.trailing()),
                    );
                }
                parts.push(Part::Value(i));
            }
        }
    }

    /// One replacement field `{expr!conv:spec}` formatted into `dst`.
    fn formatted_value(&mut self, el: &'a ast::InterpolatedElement, dst: Reg) -> Res<()> {
        let saved = self.set_loc(el.range());
        let mark = self.u().top();
        let v = self.expr(&el.expression)?;
        let mut conv = match el.conversion {
            ast::ConversionFlag::None => Conversion::None,
            ast::ConversionFlag::Str => Conversion::Str,
            ast::ConversionFlag::Repr => Conversion::Repr,
            ast::ConversionFlag::Ascii => Conversion::Ascii,
        };
        // `f"{x=}"` uses repr unless a conversion or a format spec is given.
        if el.debug_text.is_some() && conv == Conversion::None && el.format_spec.is_none() {
            conv = Conversion::Repr;
        }
        match &el.format_spec {
            None => self.emit(Instr::FormatValue {
                conv: conv.imm(),
                dst,
                src: v,
            }),
            Some(spec) => {
                let src = if conv == Conversion::None {
                    v
                } else {
                    let t = self.u().alloc();
                    self.emit(Instr::FormatValue {
                        conv: conv.imm(),
                        dst: t,
                        src: v,
                    });
                    t
                };
                let s = self.u().alloc();
                let mut parts = Vec::new();
                for e in spec.elements.iter() {
                    self.collect_element(e, &mut parts);
                }
                self.spec_parts(&parts, s)?;
                self.emit(Instr::FormatWithSpec { dst, src, spec: s });
            }
        }
        self.u().free_to(mark);
        self.restore_loc(saved);
        Ok(())
    }

    fn spec_parts(&mut self, parts: &[Part<'a>], dst: Reg) -> Res<()> {
        match parts {
            [] => self.u().load_const(dst, Constant::Str(String::new())),
            [p @ (Part::Text(_) | Part::Exact(_))] => {
                let c = p.constant().expect("a literal part");
                self.u().load_const(dst, c)
            }
            _ => {
                let mark = self.u().top();
                let start = self.u().alloc_n(parts.len());
                for (i, p) in parts.iter().enumerate() {
                    match p.constant() {
                        Some(c) => self.u().load_const(start.offset(i), c),
                        None => self.formatted_value(p.value(), start.offset(i))?,
                    }
                }
                self.emit(Instr::BuildString {
                    dst,
                    start,
                    count: Count(parts.len() as u16),
                });
                self.u().free_to(mark);
            }
        }
        Ok(())
    }
}

enum Part<'e> {
    Text(String),
    /// Literal text holding lone surrogates.
    Exact(Constant),
    Value(&'e ast::InterpolatedElement),
}

impl<'e> Part<'e> {
    /// The constant of a literal part.
    fn constant(&self) -> Option<Constant> {
        match self {
            Part::Text(t) => Some(Constant::Str(t.clone())),
            Part::Exact(c) => Some(c.clone()),
            Part::Value(_) => None,
        }
    }
    fn value(&self) -> &'e ast::InterpolatedElement {
        match self {
            Part::Value(el) => el,
            _ => unreachable!("only called on replacement fields"),
        }
    }
}

/// The constant of an f-string's literal part when its text holds lone surrogates
/// (ruff's `value` shows them as U+FFFD): decoded again from the source, where an
/// f-string's own literal text (`in_fstring`) has its braces doubled.
fn str_part_constant(
    value: &str,
    range: ruff_text_size::TextRange,
    src: &str,
    in_fstring: bool,
) -> Option<Constant> {
    if !value.contains('\u{FFFD}') {
        return None;
    }
    let text = src.get(usize::from(range.start())..usize::from(range.end()))?;
    let cps = if in_fstring {
        let (t0, t1) = crate::lexcheck::string_token_at(src, usize::from(range.start()))?;
        if crate::escapes::split_literal(&src[t0..t1])?.0.raw {
            return None;
        }
        crate::escapes::decode_str_body(&text.replace("{{", "{").replace("}}", "}")).ok()?
    } else {
        let (prefix, body, _) = crate::escapes::split_literal(text)?;
        if prefix.raw {
            return None;
        }
        crate::escapes::decode_str_body(body).ok()?
    };
    cps.iter()
        .any(|c| (0xD800..0xE000).contains(c))
        .then_some(Constant::StrWithSurrogates(cps))
}

fn push_text(parts: &mut Vec<Part>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(Part::Text(t)) = parts.last_mut() {
        t.push_str(s);
    } else {
        parts.push(Part::Text(s.to_string()));
    }
}
