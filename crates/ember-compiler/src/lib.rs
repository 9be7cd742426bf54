//! Ember's compiler: Python 3.11 source, parsed by ruff, to Ember register bytecode.
//!
//! Passes: parse (`ruff_python_parser`, errors mapped to CPython's messages in
//! `parse_errors`), symbol tables (`symtable`), then code generation (`compiler` and
//! one file per area: `expr`, `call`, `assign`, `stmt`, `unwind`, `functions`,
//! `comprehension`, `literals`, `patterns`) into `ember_bytecode::CodeObject`s.

#![forbid(unsafe_code)]

mod assign;
mod call;
mod carets;
mod compiler;
mod comprehension;
mod coroutines;
mod errors;
mod escapes;
mod expr;
mod functions;
mod lexcheck;
mod literals;
mod parse_errors;
mod patterns;
mod pyconst;
mod scope_analysis;
mod source;
mod stmt;
mod symtable;
mod unit;
mod unparse;
mod unwind;
mod verify;

#[cfg(test)]
mod tests;

pub use carets::caret_anchors;
pub use errors::{CompileError, CompileErrorKind, NOT_YET};
pub use verify::verify;

use compiler::Compiler;
use ember_bytecode::{CodeObject, Constant, Instr};
use ruff_python_ast::{Expr, Mod, PythonVersion, Stmt};
use ruff_python_parser::{Mode as ParseMode, ParseOptions};
use ruff_text_size::Ranged;
use source::Source;

/// What the source is, as the `mode` argument of Python's `compile()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module: statements.
    Exec,
    /// One expression whose value the code returns.
    Eval,
    /// One interactive statement: expression statements display their value through
    /// `sys.displayhook` (`PrintExpr`).
    Single,
}

/// Compiles `source` into a code object.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<CodeObject, CompileError> {
    compile_with_flags(source, filename, mode, 0)
}

/// Compiles with an optimisation level: 1 (`-O`) drops asserts and makes `__debug__`
/// false, 2 (`-OO`) also drops docstrings.
pub fn compile_with_flags(
    source: &str,
    filename: &str,
    mode: Mode,
    optimize: u8,
) -> Result<CodeObject, CompileError> {
    let src = Source::new(source, filename);
    let lex = lexcheck::scan(&src);
    let parse_mode = match mode {
        Mode::Eval => ParseMode::Expression,
        Mode::Exec | Mode::Single => ParseMode::Module,
    };
    let options = ParseOptions::from(parse_mode).with_target_version(PythonVersion::PY311);
    let parsed = ruff_python_parser::parse_unchecked(source, options);
    let (body, expr): (&[Stmt], Option<&Expr>) = match parsed.syntax() {
        Mod::Module(m) => (&m.body, None),
        Mod::Expression(e) => (&[], Some(&e.body)),
    };
    if let Some(e) = parse_errors::choose(&src, &lex, parsed.errors().first(), body) {
        return Err(e);
    }
    if let Some(e) = parsed.unsupported_syntax_errors().first() {
        return Err(parse_errors::map_unsupported(&src, e));
    }
    if mode == Mode::Single {
        check_single_statement(&src, body)?;
    }
    let table = symtable::build(&src, body, expr)?;
    let mut c = Compiler::new(&src, table, optimize, mode == Mode::Single);
    c.enter_scope(0, "<module>", "<module>".to_string(), 1);
    if let Some(e) = expr {
        c.set_loc(e.range());
        let r = c.expr(e)?;
        c.emit(Instr::Return { src: r });
        return c.leave_scope();
    }
    module_prologue(&mut c, body)?;
    let start = if functions::docstring(body).is_some() && mode != Mode::Single {
        1
    } else {
        0
    };
    c.body(&body[start..])?;
    let t = c.u().alloc();
    c.u().load_const(t, Constant::None);
    c.emit(Instr::Return { src: t });
    c.leave_scope()
}

/// `single` mode takes one statement (several simple statements on one line are one).
fn check_single_statement(src: &Source, body: &[Stmt]) -> Result<(), CompileError> {
    if let [first, second, ..] = body {
        let (end_line, end_col) = src.line_col(first.range().end());
        if src.line_col(second.range().start()).0 > end_line {
            return Err(src.error_at_line(
                CompileErrorKind::SyntaxError,
                "multiple statements found while compiling a single statement",
                end_line,
                end_col + 1,
            ));
        }
    }
    Ok(())
}

/// Docstring, `from __future__` bookkeeping and `SetupAnnotations` of a module body.
fn module_prologue<'a>(c: &mut Compiler<'_, 'a>, body: &'a [Stmt]) -> Result<(), CompileError> {
    let mut rest = body;
    if let Some(doc) = functions::docstring(body) {
        if !c.interactive {
            if let Some(first) = body.first() {
                c.set_loc(first.range());
            }
            if c.optimize < 2 {
                c.u().code.docstring = Some(doc.clone());
                let t = c.u().alloc();
                c.u().load_const(t, Constant::Str(doc));
                c.store_plain_name("__doc__", t);
                c.u().free_to(t.0 as u32);
            }
        }
        rest = &body[1..];
    }
    for s in rest {
        match s {
            Stmt::ImportFrom(i)
                if i.module
                    .as_ref()
                    .is_some_and(|m| m.as_str() == "__future__") =>
            {
                c.future_allowed.insert(i.range.start());
                if i.names.iter().any(|a| a.name.as_str() == "annotations") {
                    c.future_annotations = true;
                }
            }
            _ => break,
        }
    }
    if functions::has_annotations(body) {
        c.emit(Instr::SetupAnnotations {});
    }
    Ok(())
}
