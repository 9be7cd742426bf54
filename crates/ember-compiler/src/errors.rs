//! Compile errors as CPython reports them: `SyntaxError`, `IndentationError` and
//! `TabError` with a message, a file name, 1-based line and column and the source line.

use std::fmt;

/// Which exception class the VM raises for a `CompileError`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl CompileErrorKind {
    /// The Python exception class name.
    pub fn name(self) -> &'static str {
        match self {
            CompileErrorKind::SyntaxError => "SyntaxError",
            CompileErrorKind::IndentationError => "IndentationError",
            CompileErrorKind::TabError => "TabError",
        }
    }
}

/// A compile-time error with CPython's attributes (`msg`, `filename`, `lineno`,
/// `offset`, `end_lineno`, `end_offset`, `text`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: CompileErrorKind,
    pub msg: String,
    pub filename: String,
    pub line: u32,
    /// 1-based column in characters, like CPython's `offset`.
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
    /// The source line, when known.
    pub text: Option<String>,
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} ({}, line {})",
            self.kind.name(),
            self.msg,
            self.filename,
            self.line
        )
    }
}

impl std::error::Error for CompileError {}

/// The prefix of every error for a construct that Ember does not compile yet.
pub const NOT_YET: &str = "not yet supported by ember:";
