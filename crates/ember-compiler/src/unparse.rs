//! Expressions back to source text, as CPython's `Python/ast_unparse.c` writes them: the
//! strings `from __future__ import annotations` stores for annotations. Parentheses
//! follow operator precedence (not the source), constants are their `repr()`, and
//! f-strings are rebuilt and quoted as `repr()` would quote their text.

use crate::literals::constant_of;
use crate::pyconst::py_repr;
use ember_bytecode::Constant;
use ruff_python_ast::{self as ast, Expr};

/// CPython's precedence levels (`ast_unparse.c`), lowest first.
#[derive(Clone, Copy, PartialEq, PartialOrd)]
enum Pr {
    Tuple,
    Test,
    Or,
    And,
    Not,
    Cmp,
    Bor,
    Bxor,
    Band,
    Shift,
    Arith,
    Term,
    Factor,
    Power,
    Await,
    Atom,
}

impl Pr {
    fn next(self) -> Pr {
        use Pr::*;
        match self {
            Tuple => Test,
            Test => Or,
            Or => And,
            And => Not,
            Not => Cmp,
            Cmp => Bor,
            Bor => Bxor,
            Bxor => Band,
            Band => Shift,
            Shift => Arith,
            Arith => Term,
            Term => Factor,
            Factor => Power,
            Power => Await,
            Await | Atom => Atom,
        }
    }
}

/// The text CPython's unparser gives `e` (an annotation, at the outermost level).
pub(crate) fn unparse(e: &Expr, src: &str) -> String {
    let mut u = Unparser {
        out: String::new(),
        src,
    };
    u.expr(e, Pr::Test);
    u.out
}

struct Unparser<'s> {
    out: String,
    src: &'s str,
}

impl Unparser<'_> {
    fn s(&mut self, t: &str) {
        self.out.push_str(t);
    }

    fn open(&mut self, cond: bool, t: &str) {
        if cond {
            self.s(t);
        }
    }

    fn join(&mut self, items: &[Expr], pr: Pr) {
        for (i, e) in items.iter().enumerate() {
            if i > 0 {
                self.s(", ");
            }
            self.expr(e, pr);
        }
    }

    fn expr(&mut self, e: &Expr, level: Pr) {
        match e {
            Expr::BoolOp(b) => {
                let pr = if b.op == ast::BoolOp::And {
                    Pr::And
                } else {
                    Pr::Or
                };
                let op = if pr == Pr::And { " and " } else { " or " };
                self.open(level > pr, "(");
                for (i, v) in b.values.iter().enumerate() {
                    if i > 0 {
                        self.s(op);
                    }
                    self.expr(v, pr.next());
                }
                self.open(level > pr, ")");
            }
            Expr::Named(n) => {
                self.open(level > Pr::Tuple, "(");
                self.expr(&n.target, Pr::Atom);
                self.s(" := ");
                self.expr(&n.value, Pr::Atom);
                self.open(level > Pr::Tuple, ")");
            }
            Expr::BinOp(b) => {
                use ast::Operator::*;
                let (op, pr) = match b.op {
                    Add => ("+", Pr::Arith),
                    Sub => ("-", Pr::Arith),
                    Mult => ("*", Pr::Term),
                    MatMult => ("@", Pr::Term),
                    Div => ("/", Pr::Term),
                    Mod => ("%", Pr::Term),
                    FloorDiv => ("//", Pr::Term),
                    LShift => ("<<", Pr::Shift),
                    RShift => (">>", Pr::Shift),
                    BitOr => ("|", Pr::Bor),
                    BitXor => ("^", Pr::Bxor),
                    BitAnd => ("&", Pr::Band),
                    Pow => ("**", Pr::Power),
                };
                let right_assoc = pr == Pr::Power;
                self.open(level > pr, "(");
                self.expr(&b.left, if right_assoc { pr.next() } else { pr });
                self.s(" ");
                self.s(op);
                self.s(" ");
                self.expr(&b.right, if right_assoc { pr } else { pr.next() });
                self.open(level > pr, ")");
            }
            Expr::UnaryOp(u) => {
                let (op, pr) = match u.op {
                    ast::UnaryOp::Not => ("not ", Pr::Not),
                    ast::UnaryOp::Invert => ("~", Pr::Factor),
                    ast::UnaryOp::UAdd => ("+", Pr::Factor),
                    ast::UnaryOp::USub => ("-", Pr::Factor),
                };
                self.open(level > pr, "(");
                self.s(op);
                self.expr(&u.operand, pr);
                self.open(level > pr, ")");
            }
            Expr::Lambda(l) => {
                self.open(level > Pr::Test, "(");
                self.s("lambda");
                if let Some(p) = &l.parameters {
                    let text = self.params(p);
                    if !text.is_empty() {
                        self.s(" ");
                        self.s(&text);
                    }
                }
                self.s(": ");
                self.expr(&l.body, Pr::Test);
                self.open(level > Pr::Test, ")");
            }
            Expr::If(i) => {
                self.open(level > Pr::Test, "(");
                self.expr(&i.body, Pr::Test.next());
                self.s(" if ");
                self.expr(&i.test, Pr::Test.next());
                self.s(" else ");
                self.expr(&i.orelse, Pr::Test);
                self.open(level > Pr::Test, ")");
            }
            Expr::Dict(d) => {
                self.s("{");
                for (i, item) in d.items.iter().enumerate() {
                    if i > 0 {
                        self.s(", ");
                    }
                    match &item.key {
                        Some(k) => {
                            self.expr(k, Pr::Test);
                            self.s(": ");
                            self.expr(&item.value, Pr::Test);
                        }
                        None => {
                            self.s("**");
                            self.expr(&item.value, Pr::Bor);
                        }
                    }
                }
                self.s("}");
            }
            Expr::Set(s) => {
                if s.elts.is_empty() {
                    self.s("{*()}");
                } else {
                    self.s("{");
                    self.join(&s.elts, Pr::Test);
                    self.s("}");
                }
            }
            Expr::List(l) => {
                self.s("[");
                self.join(&l.elts, Pr::Test);
                self.s("]");
            }
            Expr::Tuple(t) => {
                if t.elts.is_empty() {
                    self.s("()");
                } else {
                    self.open(level > Pr::Tuple, "(");
                    self.join(&t.elts, Pr::Test);
                    if t.elts.len() == 1 {
                        self.s(",");
                    }
                    self.open(level > Pr::Tuple, ")");
                }
            }
            Expr::ListComp(c) => {
                self.s("[");
                self.expr(&c.elt, Pr::Test);
                self.comprehension(&c.generators);
                self.s("]");
            }
            Expr::SetComp(c) => {
                self.s("{");
                self.expr(&c.elt, Pr::Test);
                self.comprehension(&c.generators);
                self.s("}");
            }
            Expr::DictComp(c) => {
                self.s("{");
                if let Some(k) = &c.key {
                    self.expr(k, Pr::Test);
                }
                self.s(": ");
                self.expr(&c.value, Pr::Test);
                self.comprehension(&c.generators);
                self.s("}");
            }
            Expr::Generator(g) => {
                self.s("(");
                self.expr(&g.elt, Pr::Test);
                self.comprehension(&g.generators);
                self.s(")");
            }
            Expr::Await(a) => {
                self.open(level > Pr::Await, "(");
                self.s("await ");
                self.expr(&a.value, Pr::Atom);
                self.open(level > Pr::Await, ")");
            }
            Expr::Yield(y) => {
                self.s("(yield");
                if let Some(v) = &y.value {
                    self.s(" ");
                    self.expr(v, Pr::Test);
                }
                self.s(")");
            }
            Expr::YieldFrom(y) => {
                self.s("(yield from ");
                self.expr(&y.value, Pr::Test);
                self.s(")");
            }
            Expr::Compare(c) => {
                self.open(level > Pr::Cmp, "(");
                self.expr(&c.left, Pr::Cmp.next());
                for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
                    self.s(" ");
                    self.s(op.as_str());
                    self.s(" ");
                    self.expr(right, Pr::Cmp.next());
                }
                self.open(level > Pr::Cmp, ")");
            }
            Expr::Call(c) => {
                self.expr(&c.func, Pr::Atom);
                let args = &c.arguments.args;
                let kws = &c.arguments.keywords;
                if args.len() == 1 && kws.is_empty() {
                    if let Expr::Generator(g) = &args[0] {
                        // A lone generator argument keeps only its own parentheses.
                        self.expr(&Expr::Generator(g.clone()), Pr::Test);
                        return;
                    }
                }
                self.s("(");
                let mut first = true;
                for a in args.iter() {
                    if !first {
                        self.s(", ");
                    }
                    first = false;
                    self.expr(a, Pr::Test);
                }
                for k in kws.iter() {
                    if !first {
                        self.s(", ");
                    }
                    first = false;
                    match &k.arg {
                        Some(n) => {
                            self.s(n.as_str());
                            self.s("=");
                        }
                        None => self.s("**"),
                    }
                    self.expr(&k.value, Pr::Test);
                }
                self.s(")");
            }
            Expr::FString(f) => {
                let body = self.fstring_body(f);
                self.s("f");
                self.s(&py_repr(&Constant::Str(body)));
            }
            Expr::Attribute(a) => {
                self.expr(&a.value, Pr::Atom);
                if let Expr::NumberLiteral(n) = &*a.value {
                    if matches!(n.value, ast::Number::Int(_)) {
                        self.s(" ");
                    }
                }
                self.s(".");
                self.s(a.attr.as_str());
            }
            Expr::Subscript(s) => {
                self.expr(&s.value, Pr::Atom);
                self.s("[");
                match &*s.slice {
                    Expr::Tuple(t) if !t.elts.is_empty() => {
                        self.join(&t.elts, Pr::Test);
                        if t.elts.len() == 1 {
                            self.s(",");
                        }
                    }
                    other => self.expr(other, Pr::Tuple),
                }
                self.s("]");
            }
            Expr::Starred(s) => {
                self.s("*");
                self.expr(&s.value, Pr::Bor);
            }
            Expr::Name(n) => self.s(n.id.as_str()),
            Expr::Slice(s) => {
                if let Some(l) = &s.lower {
                    self.expr(l, Pr::Test);
                }
                self.s(":");
                if let Some(u) = &s.upper {
                    self.expr(u, Pr::Test);
                }
                if let Some(st) = &s.step {
                    self.s(":");
                    self.expr(st, Pr::Test);
                }
            }
            Expr::EllipsisLiteral(_) => self.s("..."),
            other => match constant_of(other, 0, self.src) {
                Some(c) => {
                    let text = constant_text(&c);
                    self.s(&text);
                }
                None => {
                    let text = self.src[ruff_text_size::Ranged::range(other)].to_string();
                    self.s(&text);
                }
            },
        }
    }

    fn comprehension(&mut self, gens: &[ast::Comprehension]) {
        for g in gens {
            self.s(if g.is_async { " async for " } else { " for " });
            self.expr(&g.target, Pr::Tuple);
            self.s(" in ");
            self.expr(&g.iter, Pr::Test.next());
            for cond in &g.ifs {
                self.s(" if ");
                self.expr(cond, Pr::Test.next());
            }
        }
    }

    /// A lambda's parameters, as `ast_unparse.c` lists them.
    fn params(&mut self, p: &ast::Parameters) -> String {
        let mut parts: Vec<String> = Vec::new();
        let with_default = |u: &mut Unparser, a: &ast::ParameterWithDefault| {
            let mut s = a.parameter.name.to_string();
            if let Some(d) = &a.default {
                s.push('=');
                s.push_str(&sub_text(u, d, Pr::Test));
            }
            s
        };
        for a in &p.posonlyargs {
            parts.push(with_default(self, a));
        }
        if !p.posonlyargs.is_empty() {
            parts.push("/".to_string());
        }
        for a in &p.args {
            parts.push(with_default(self, a));
        }
        match &p.vararg {
            Some(v) => parts.push(format!("*{}", v.name)),
            None if !p.kwonlyargs.is_empty() => parts.push("*".to_string()),
            None => {}
        }
        for a in &p.kwonlyargs {
            parts.push(with_default(self, a));
        }
        if let Some(k) = &p.kwarg {
            parts.push(format!("**{}", k.name));
        }
        parts.join(", ")
    }

    /// The text inside an f-string's quotes: literal parts with braces doubled, each
    /// replacement field rebuilt.
    fn fstring_body(&mut self, f: &ast::ExprFString) -> String {
        let mut body = String::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => body.push_str(&escape_braces(&l.value)),
                ast::FStringPart::FString(fs) => self.elements(&fs.elements, &mut body),
            }
        }
        body
    }

    fn elements(&mut self, elements: &ast::InterpolatedStringElements, body: &mut String) {
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    body.push_str(&escape_braces(&l.value))
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let inner = sub_text(self, &i.expression, Pr::Test.next());
                    body.push('{');
                    if inner.starts_with('{') {
                        body.push(' ');
                    }
                    body.push_str(&inner);
                    if let Some(c) = i.conversion.to_char() {
                        body.push('!');
                        body.push(c);
                    }
                    if let Some(spec) = &i.format_spec {
                        body.push(':');
                        self.elements(&spec.elements, body);
                    }
                    body.push('}');
                }
            }
        }
    }
}

/// `e` unparsed on its own at level `pr`.
fn sub_text(u: &mut Unparser, e: &Expr, pr: Pr) -> String {
    let saved = std::mem::take(&mut u.out);
    u.expr(e, pr);
    std::mem::replace(&mut u.out, saved)
}

fn escape_braces(s: &str) -> String {
    s.replace('{', "{{").replace('}', "}}")
}

/// A constant as the unparser writes it: its repr, with infinities as `1e309`.
fn constant_text(c: &Constant) -> String {
    let r = py_repr(c);
    match c {
        Constant::Float(_) | Constant::Complex(..) => r.replace("inf", "1e309"),
        _ => r,
    }
}
