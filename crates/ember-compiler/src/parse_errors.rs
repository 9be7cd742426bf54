//! Parse errors reported as CPython 3.11 reports them: ruff's error kinds mapped to
//! CPython's messages and locations, merged with the tokenizer errors of `lexcheck`
//! (the one that comes first in the source wins, as in CPython's lazy tokenizer).

use crate::assign::expr_kind_name;
use crate::errors::{CompileError, CompileErrorKind};
use crate::escapes;
use crate::lexcheck::LexFindings;
use crate::source::Source;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType, UnsupportedSyntaxError};
use ruff_text_size::{Ranged, TextRange, TextSize};

/// The error to report, given ruff's first error and the pre-scan's findings.
pub(crate) fn choose(
    src: &Source,
    lex: &LexFindings,
    first: Option<&ParseError>,
    body: &[Stmt],
) -> Option<CompileError> {
    // A tokenizer error inside or before the token the parser stopped at comes first.
    let parse_end =
        first.map(|e| usize::from(e.location.end()).max(usize::from(e.location.start()) + 1));
    if let Some((e, at)) = &lex.error {
        if parse_end.is_none_or(|p| *at <= p) {
            return Some(e.clone());
        }
    }
    let pe = first?;
    if let Some((open, at)) = lex.unclosed {
        // CPython reports the unclosed bracket when the parser ran into the end of the
        // input, or failed on a line after the bracket's; an error on the bracket's own
        // line keeps its message.
        let err_at = usize::from(pe.location.start());
        let at_eof = src.text[err_at.min(src.text.len())..].trim().is_empty();
        let later_line =
            src.line_col(pe.location.start()).0 > src.line_col(TextSize::new(at as u32)).0;
        if at <= err_at
            && (at_eof || later_line)
            && !matches!(
                pe.error,
                ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError)
            )
        {
            let r = TextRange::new(TextSize::new(at as u32), TextSize::new(at as u32 + 1));
            return Some(src.syntax_error(format!("'{open}' was never closed"), r));
        }
    }
    Some(map_parse_error(src, pe, body))
}

fn map_parse_error(src: &Source, e: &ParseError, body: &[Stmt]) -> CompileError {
    use ParseErrorType as P;
    let loc = e.location;
    let invalid = || src.syntax_error("invalid syntax", loc);
    if let Some(err) = pattern_error(src, e, body) {
        return err;
    }
    match &e.error {
        P::ExpectedToken { expected, .. } => {
            use ruff_python_ast::token::TokenKind as T;
            match expected {
                T::Colon => src.syntax_error("expected ':'", loc),
                T::Lpar => src.syntax_error("expected '('", loc),
                // "Perhaps you forgot a comma?" is for two expressions side by side.
                T::Comma if !starts_expression(&src.text[usize::from(loc.start())..]) => invalid(),
                T::Comma => {
                    let start = previous_token_start(src.text, usize::from(loc.start()));
                    let r = TextRange::new(TextSize::new(start as u32), loc.start());
                    src.syntax_error("invalid syntax. Perhaps you forgot a comma?", r)
                }
                _ => invalid(),
            }
        }
        P::UnexpectedIndentation => {
            let (line, _) = src.line_col(loc.start());
            let (_, end_col) = src.line_col(loc.end());
            src.error_at_line(
                CompileErrorKind::IndentationError,
                "unexpected indent",
                line,
                end_col,
            )
        }
        P::OtherError(msg) if msg.starts_with("Expected an indented block after ") => {
            let what = msg
                .trim_start_matches("Expected an indented block after ")
                .replace('`', "'")
                .replace(" clause", " statement")
                .replace("'case' block", "'case' statement")
                .replace("'class' definition", "class definition")
                .replace("'def' definition", "function definition");
            let kw = block_keyword(&what);
            let (line, _) = src.line_col(loc.start());
            let header = header_line(src, line, kw);
            src.error(
                CompileErrorKind::IndentationError,
                format!("expected an indented block after {what} on line {header}"),
                loc,
            )
        }
        P::OtherError(msg) if msg == "Trailing comma not allowed" => src.syntax_error(
            "trailing comma not allowed without surrounding parentheses",
            TextRange::new(loc.end(), loc.end()),
        ),
        P::OtherError(msg) if msg == "Expected a parameter name" => src.syntax_error(
            "expression cannot contain assignment, perhaps you meant \"==\"?",
            loc,
        ),
        P::SimpleStatementsOnSameLine => {
            let line_start = src.text[..usize::from(loc.start())]
                .rfind('\n')
                .map_or(0, |p| p + 1);
            let before = src.text[line_start..usize::from(loc.start())].trim();
            if before == "print" || before == "exec" {
                let r = TextRange::new(
                    TextSize::new(
                        (line_start + src.text[line_start..].find(before).unwrap_or(0)) as u32,
                    ),
                    loc.end(),
                );
                src.syntax_error(
                    format!(
                        "Missing parentheses in call to '{before}'. Did you mean {before}(...)?"
                    ),
                    r,
                )
            } else {
                invalid()
            }
        }
        P::PositionalAfterKeywordArgument => {
            src.syntax_error("positional argument follows keyword argument", loc)
        }
        P::PositionalAfterKeywordUnpacking => src.syntax_error(
            "positional argument follows keyword argument unpacking",
            loc,
        ),
        P::InvalidArgumentUnpackingOrder => src.syntax_error(
            "iterable argument unpacking follows keyword argument unpacking",
            loc,
        ),
        P::NonDefaultParamAfterDefaultParam => {
            src.syntax_error("non-default argument follows default argument", loc)
        }
        P::UnparenthesizedGeneratorExpression => {
            src.syntax_error("Generator expression must be parenthesized", loc)
        }
        P::IterableUnpackingInComprehension => {
            src.syntax_error("iterable unpacking cannot be used in comprehension", loc)
        }
        // `(*a)`: CPython's `invalid_group` rule.
        P::InvalidStarredExpressionUsage
            if src.text[..usize::from(loc.start())]
                .trim_end()
                .ends_with('(')
                && src.text[usize::from(loc.end())..]
                    .trim_start()
                    .starts_with(')') =>
        {
            src.syntax_error("cannot use starred expression here", loc)
        }
        P::InvalidAssignmentTarget
        | P::InvalidDeleteTarget
        | P::InvalidAugmentedAssignmentTarget
        | P::InvalidNamedAssignmentTarget
        | P::InvalidAnnotatedAssignmentTarget => target_error(src, &e.error, loc, body),
        P::ExpectedExpression => {
            let at = usize::from(loc.start());
            let prev = src.text[..at].trim_end().chars().last();
            if src.text[at..].starts_with('}') && prev == Some('{') {
                src.syntax_error("f-string: empty expression not allowed", loc)
            } else {
                invalid()
            }
        }
        P::OtherError(msg) if msg == "Bytes literal cannot be mixed with non-bytes literals" => src
            .syntax_error(
                "cannot mix bytes and nonbytes literals",
                TextRange::empty(loc.end()),
            ),
        P::Lexical(l) => lexical_error(src, l, loc),
        P::FStringError(f) => src.syntax_error(format!("f-string: {f}"), loc),
        _ => invalid(),
    }
}

/// CPython's messages for the errors of `case` patterns (the `invalid_*_pattern` rules
/// of its grammar, and the compiler's check of mapping keys where ruff's parser stops).
fn pattern_error(src: &Source, e: &ParseError, body: &[Stmt]) -> Option<CompileError> {
    use ruff_python_ast::token::TokenKind as T;
    use ParseErrorType as P;
    let loc = e.location;
    let msg = match &e.error {
        // `**_` is plain invalid syntax; `as _` has its own message.
        P::InvalidMatchPatternTarget
            if !src.text[..usize::from(loc.start())]
                .trim_end()
                .ends_with("**") =>
        {
            "cannot use '_' as a target"
        }
        // Only a number of the wrong kind has a message of its own (`1 + a` does not).
        P::ExpectedRealNumber if starts_with_number(src, loc) => {
            "real number required in complex literal"
        }
        P::ExpectedImaginaryNumber if starts_with_number(src, loc) => {
            "imaginary number required in complex literal"
        }
        P::OtherError(m) if m == "Positional patterns cannot follow keyword patterns" => {
            "positional patterns follow keyword patterns"
        }
        P::OtherError(m)
            if m == "Expected an identifier" && in_case(src, body, loc, CasePart::Header) =>
        {
            let before = src.text[..usize::from(loc.start())].trim_end();
            let after_as = before.ends_with("as")
                && !before[..before.len() - 2].ends_with(|c: char| c.is_alphanumeric() || c == '_');
            let at = src.text[usize::from(loc.start())..].chars().next();
            if !after_as || matches!(at, None | Some(':' | '\n' | '\r')) {
                return None;
            }
            "invalid pattern target"
        }
        P::ExpectedToken {
            expected: T::Rbrace,
            found: T::FStringStart,
        } if in_case(src, body, loc, CasePart::Header) => {
            let before = src.text[..usize::from(loc.start())].trim_end();
            if !before.ends_with(['{', ',']) {
                return None;
            }
            let open = enclosing_brace(src.text, usize::from(loc.start()));
            let r = TextRange::new(TextSize::new(open as u32), loc.end());
            return Some(src.syntax_error(
                "mapping pattern keys may only match literals and attribute lookups",
                r,
            ));
        }
        // Patterns are not expressions: no "Perhaps you forgot a comma?" in them.
        P::ExpectedToken {
            expected: T::Comma, ..
        } if in_case(src, body, loc, CasePart::Pattern) => "invalid syntax",
        // CPython says "expected ':'" only when the line ends there.
        P::ExpectedToken {
            expected: T::Colon,
            found,
        } if *found != T::Newline && in_case(src, body, loc, CasePart::Header) => "invalid syntax",
        _ => return None,
    };
    // CPython points at the number or expression itself, past a sign or parenthesis.
    let text = &src.text[usize::from(loc.start())..usize::from(loc.end())];
    let skip = match msg {
        "invalid syntax" => 0,
        _ => text.len() - text.trim_start_matches(['-', '(', ' ', '\t']).len(),
    };
    let loc = TextRange::new(loc.start() + TextSize::new(skip as u32), loc.end());
    Some(src.syntax_error(msg, loc))
}

/// Whether the text at `loc` is a number literal (after an optional sign).
fn starts_with_number(src: &Source, loc: TextRange) -> bool {
    src.text[usize::from(loc.start())..]
        .trim_start_matches(['-', ' ', '\t'])
        .starts_with(|c: char| c.is_ascii_digit() || c == '.')
}

/// The part of a `case` clause a parse error may lie in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CasePart {
    /// From `case` to the first body statement (or the end of the line when recovery left
    /// the body empty).
    Header,
    /// The pattern alone (not the guard).
    Pattern,
}

/// Whether offset range `loc` lies in `part` of a `case` clause of the recovered tree.
fn in_case(src: &Source, body: &[Stmt], loc: TextRange, part: CasePart) -> bool {
    use ruff_python_ast::visitor::source_order::{walk_stmt, SourceOrderVisitor};
    struct Finder<'t> {
        text: &'t str,
        at: TextSize,
        part: CasePart,
        found: bool,
    }
    impl Finder<'_> {
        fn header_end(&self, c: &ast::MatchCase) -> TextSize {
            c.body.first().map_or_else(
                || {
                    let from = usize::from(c.range.end());
                    let eol = self.text[from..]
                        .find('\n')
                        .map_or(self.text.len(), |i| from + i);
                    TextSize::new(eol as u32)
                },
                |b| b.start(),
            )
        }
    }
    impl<'a> SourceOrderVisitor<'a> for Finder<'_> {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            if self.found {
                return;
            }
            if let Stmt::Match(m) = s {
                self.found = m.cases.iter().any(|c| match self.part {
                    CasePart::Header => c.range.start() <= self.at && self.at <= self.header_end(c),
                    CasePart::Pattern => c.pattern.range().contains_inclusive(self.at),
                });
            }
            walk_stmt(self, s);
        }
    }
    let mut f = Finder {
        text: src.text,
        at: loc.start(),
        part,
        found: false,
    };
    for s in body {
        f.visit_stmt(s);
    }
    f.found
}

/// The offset of the `{` that encloses offset `at` (ignoring brackets inside strings is
/// not attempted: keys with braces in them only move the reported column).
fn enclosing_brace(text: &str, at: usize) -> usize {
    let mut depth = 0usize;
    for (i, c) in text[..at].char_indices().rev() {
        match c {
            '}' => depth += 1,
            '{' if depth == 0 => return i,
            '{' => depth -= 1,
            _ => {}
        }
    }
    at
}

fn lexical_error(src: &Source, l: &LexicalErrorType, loc: TextRange) -> CompileError {
    use LexicalErrorType as L;
    match l {
        L::UnclosedStringError => {
            let rest = &src.text[usize::from(loc.start())..];
            let quotes = rest.trim_start_matches(|c: char| c.is_ascii_alphabetic());
            let triple = quotes.starts_with("'''") || quotes.starts_with("\"\"\"");
            let end = if loc.end() > loc.start() { loc.end() - TextSize::new(1) } else { loc.end() };
            let (detected, _) = src.line_col(end);
            let msg = if triple {
                format!("unterminated triple-quoted string literal (detected at line {detected})")
            } else {
                format!("unterminated string literal (detected at line {detected})")
            };
            src.syntax_error(msg, loc)
        }
        L::UnrecognizedToken { tok } if !tok.is_ascii() => src.syntax_error(
            format!("invalid character '{tok}' (U+{:04X})", *tok as u32),
            loc,
        ),
        L::InvalidByteLiteral => {
            let at = usize::from(loc.start());
            let start = src.text[..at]
                .rfind(['\'', '"'])
                .map(|q| {
                    let before = &src.text[..q];
                    q - (before.len() - before.trim_end_matches(|c: char| c.is_ascii_alphabetic()).len())
                })
                .unwrap_or(at);
            let r = TextRange::new(TextSize::new(start as u32), loc.end());
            src.syntax_error("bytes can only contain ASCII literal characters", r)
        }
        L::IndentationError => src.error(
            CompileErrorKind::IndentationError,
            "unindent does not match any outer indentation level",
            loc,
        ),
        L::Eof => src.syntax_error("unexpected EOF while parsing", loc),
        L::OtherError(m) if m.contains("Invalid decimal integer literal") => src.syntax_error(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            loc,
        ),
        L::FStringError(f) => src.syntax_error(format!("f-string: {f}"), loc),
        L::UnicodeError | L::MissingUnicodeLbrace | L::MissingUnicodeRbrace => {
            escape_error(src, loc).unwrap_or_else(|| src.syntax_error("invalid syntax", loc))
        }
        _ => src.syntax_error("invalid syntax", loc),
    }
}

/// CPython's error for the bad escape ruff found at `loc`: the literal holding it is
/// decoded again as CPython decodes it (`escapes.rs`), which gives the message; CPython
/// points just after the literal.
fn escape_error(src: &Source, loc: TextRange) -> Option<CompileError> {
    let at = usize::from(loc.start());
    let (start, end) = crate::lexcheck::string_token_at(src.text, at)?;
    let (prefix, body, offset) = escapes::split_literal(&src.text[start..end])?;
    if prefix.raw {
        return None;
    }
    let msg = if prefix.bytes {
        escapes::bytes_body_error(body)?
    } else if prefix.fstring {
        let rel = at.checked_sub(start + offset)?;
        let (c0, c1) = escapes::fstring_chunks(body)
            .into_iter()
            .take_while(|&(c0, _)| c0 <= rel)
            .last()?;
        escapes::decode_str_body(&body[c0..c1]).err()?
    } else {
        escapes::decode_str_body(body).err()?
    };
    Some(src.syntax_error(msg, TextRange::empty(TextSize::new(end as u32))))
}

/// Messages for invalid assignment, deletion and walrus targets, found again in the
/// recovered tree to name the offending expression as CPython does.
fn target_error(
    src: &Source,
    kind: &ParseErrorType,
    loc: TextRange,
    body: &[Stmt],
) -> CompileError {
    let found = find_expr(body, loc);
    let Some((e, ctx)) = found else {
        return src.syntax_error("invalid syntax", loc);
    };
    let name = expr_kind_name(e);
    let msg = match kind {
        ParseErrorType::InvalidDeleteTarget => format!("cannot delete {name}"),
        ParseErrorType::InvalidAugmentedAssignmentTarget => {
            format!("'{name}' is an illegal expression for augmented assignment")
        }
        ParseErrorType::InvalidNamedAssignmentTarget => {
            format!("cannot use assignment expressions with {name}")
        }
        _ => {
            let plain = match e {
                Expr::BooleanLiteral(b) => Some(format!(
                    "cannot assign to {}",
                    if b.value { "True" } else { "False" }
                )),
                Expr::NoneLiteral(_) => Some("cannot assign to None".to_string()),
                _ => None,
            };
            match plain {
                Some(m) => m,
                None if ctx == Ctx::SingleAssign
                    && !matches!(
                        e,
                        Expr::Compare(_)
                            | Expr::Lambda(_)
                            | Expr::BoolOp(_)
                            | Expr::If(_)
                            | Expr::Named(_)
                    )
                    && !matches!(e, Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not) =>
                {
                    format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?")
                }
                None => format!("cannot assign to {name}"),
            }
        }
    };
    src.syntax_error(msg, loc)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    SingleAssign,
    Other,
}

/// The expression whose range is `range`, with whether it is the whole single target of
/// a plain assignment.
fn find_expr(body: &[Stmt], range: TextRange) -> Option<(&Expr, Ctx)> {
    use ruff_python_ast::visitor::source_order::{walk_expr, walk_stmt, SourceOrderVisitor};
    struct Finder<'a> {
        range: TextRange,
        found: Option<(&'a Expr, Ctx)>,
        single_targets: Vec<TextRange>,
    }
    impl<'a> SourceOrderVisitor<'a> for Finder<'a> {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            if self.found.is_some() {
                return;
            }
            if let Stmt::Assign(a) = s {
                if a.targets.len() == 1 {
                    self.single_targets.push(a.targets[0].range());
                }
            }
            walk_stmt(self, s);
        }
        fn visit_expr(&mut self, e: &'a Expr) {
            if self.found.is_some() {
                return;
            }
            if e.range() == self.range {
                let ctx = if self.single_targets.contains(&e.range()) {
                    Ctx::SingleAssign
                } else {
                    Ctx::Other
                };
                self.found = Some((e, ctx));
                return;
            }
            walk_expr(self, e);
        }
    }
    let mut f = Finder {
        range,
        found: None,
        single_targets: Vec::new(),
    };
    for s in body {
        f.visit_stmt(s);
    }
    f.found
}

fn block_keyword(what: &str) -> &'static str {
    if what.starts_with("function definition") {
        "def"
    } else if what.starts_with("class definition") {
        "class"
    } else {
        for k in [
            "elif", "else", "if", "while", "for", "with", "try", "except", "finally", "match",
            "case",
        ] {
            if what.starts_with(&format!("'{k}'")) {
                return k;
            }
        }
        ""
    }
}

/// The line of the statement header owning the block that is missing at `line`.
fn header_line(src: &Source, line: u32, kw: &str) -> u32 {
    let mut l = line;
    while l >= 1 {
        if let Some(text) = src.line_text(l) {
            let t = text.trim_start();
            let t = t.strip_prefix("async ").unwrap_or(t);
            let starts = !kw.is_empty()
                && t.starts_with(kw)
                && t[kw.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric() && c != '_');
            if starts {
                return l;
            }
        }
        l -= 1;
    }
    line
}

/// The start of the token before offset `at` (for "Perhaps you forgot a comma?").
fn previous_token_start(text: &str, at: usize) -> usize {
    let before = text[..at].trim_end();
    let end = before.len();
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| {
            c.is_alphanumeric() || *c == '_' || *c == '.' || *c == '\'' || *c == '"'
        })
        .last()
        .map_or(end, |(i, _)| i);
    start
}

pub(crate) fn map_unsupported(src: &Source, e: &UnsupportedSyntaxError) -> CompileError {
    use ruff_python_parser::UnsupportedSyntaxErrorKind as K;
    let msg = match e.kind {
        // The parser crate does not export the kind's type: its name tells it.
        K::UnpackingInComprehension(k) if format!("{k:?}") == "DictInDict" => {
            "dict unpacking cannot be used in dict comprehension"
        }
        K::UnpackingInComprehension(_) => "iterable unpacking cannot be used in comprehension",
        _ => "invalid syntax",
    };
    src.syntax_error(msg, e.range)
}

/// Whether `rest` begins with a token that can start an expression.
fn starts_expression(rest: &str) -> bool {
    rest.chars().next().is_some_and(|c| {
        c.is_alphanumeric() || matches!(c, '_' | '"' | '\'' | '(' | '[' | '{' | '-' | '+' | '~')
    })
}
