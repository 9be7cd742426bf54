//! The source text being compiled: file name, line index, and conversion of byte ranges
//! into CPython-style positions and `CompileError`s.

use crate::errors::{CompileError, CompileErrorKind};
use ember_bytecode::Position;
use ruff_source_file::LineIndex;
use ruff_text_size::{TextRange, TextSize};

/// Source text with a line index, shared by every pass of one compilation.
pub(crate) struct Source<'a> {
    pub text: &'a str,
    pub filename: &'a str,
    index: LineIndex,
}

impl<'a> Source<'a> {
    pub fn new(text: &'a str, filename: &'a str) -> Self {
        Source {
            text,
            filename,
            index: LineIndex::from_source_text(text),
        }
    }

    /// 1-based line and 0-based UTF-8 byte column of `offset`.
    pub fn line_col(&self, offset: TextSize) -> (u32, u32) {
        let offset = offset.min(TextSize::try_from(self.text.len()).unwrap_or_default());
        let line = self.index.line_index(offset);
        let start = self.index.line_start(line, self.text);
        (line.get() as u32, u32::from(offset - start))
    }

    pub fn position(&self, range: TextRange) -> Position {
        let (line, col) = self.line_col(range.start());
        let (end_line, end_col) = self.line_col(range.end());
        Position {
            line,
            end_line,
            col,
            end_col,
        }
    }

    /// The text of line `line` (1-based), without its line terminator.
    pub fn line_text(&self, line: u32) -> Option<String> {
        let l = self
            .text
            .split_inclusive('\n')
            .nth(line.checked_sub(1)? as usize)?;
        Some(l.trim_end_matches(['\n', '\r']).to_string())
    }

    /// Column in characters (CPython reports `offset` in characters, 1-based).
    fn char_col(&self, line: u32, byte_col: u32) -> u32 {
        match self.line_text(line) {
            Some(t) => {
                let b = (byte_col as usize).min(t.len());
                let b = (0..=b).rev().find(|i| t.is_char_boundary(*i)).unwrap_or(0);
                t[..b].chars().count() as u32 + 1
            }
            None => byte_col + 1,
        }
    }

    /// A SyntaxError (or IndentationError/TabError) at `range`.
    pub fn error(
        &self,
        kind: CompileErrorKind,
        msg: impl Into<String>,
        range: TextRange,
    ) -> CompileError {
        let (line, col) = self.line_col(range.start());
        let (end_line, end_col) = self.line_col(range.end());
        CompileError {
            kind,
            msg: msg.into(),
            filename: self.filename.to_string(),
            line,
            col: self.char_col(line, col),
            end_line,
            end_col: self.char_col(end_line, end_col),
            text: self.line_text(line),
        }
    }

    pub fn syntax_error(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        self.error(CompileErrorKind::SyntaxError, msg, range)
    }

    /// An error at a whole line (1-based), for errors CPython reports by line only.
    pub fn error_at_line(
        &self,
        kind: CompileErrorKind,
        msg: impl Into<String>,
        line: u32,
        col: u32,
    ) -> CompileError {
        CompileError {
            kind,
            msg: msg.into(),
            filename: self.filename.to_string(),
            line,
            col,
            end_line: line,
            end_col: col,
            text: self.line_text(line),
        }
    }
}
