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
pub(crate) fn constant_of(e: &Expr, optimize: u8) -> Option<Constant> {
    match e {
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => int_constant(i),
            ast::Number::Float(f) => Some(Constant::Float(*f)),
            ast::Number::Complex { real, imag } => Some(Constant::Complex(*real, *imag)),
        },
        Expr::StringLiteral(s) => Some(Constant::Str(s.value.to_str().to_string())),
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
            let items: Option<Vec<Constant>> =
                t.elts.iter().map(|e| constant_of(e, optimize)).collect();
            items.map(Constant::Tuple)
        }
        Expr::UnaryOp(u) => {
            let v = constant_of(&u.operand, optimize)?;
            fold_unary(u.op, v)
        }
        _ => None,
    }
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
                ast::FStringPart::Literal(l) => push_text(&mut parts, &l.value),
                ast::FStringPart::FString(fs) => {
                    for el in fs.elements.iter() {
                        self.collect_element(el, &mut parts);
                    }
                }
            }
        }
        // A single literal part: just the constant.
        if let [Part::Text(t)] = parts.as_slice() {
            self.u().load_const(dst, Constant::Str(t.clone()));
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
            match p {
                Part::Text(t) => self.u().load_const(r, Constant::Str(t.clone())),
                Part::Value(el) => self.formatted_value(el, r)?,
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
            ast::InterpolatedStringElement::Literal(l) => push_text(parts, &l.value),
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
            [Part::Text(t)] => self.u().load_const(dst, Constant::Str(t.clone())),
            _ => {
                let mark = self.u().top();
                let start = self.u().alloc_n(parts.len());
                for (i, p) in parts.iter().enumerate() {
                    match p {
                        Part::Text(t) => self
                            .u()
                            .load_const(start.offset(i), Constant::Str(t.clone())),
                        Part::Value(el) => self.formatted_value(el, start.offset(i))?,
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
    Value(&'e ast::InterpolatedElement),
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
