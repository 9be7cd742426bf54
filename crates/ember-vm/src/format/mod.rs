//! Number and string formatting and parsing as CPython does it, on plain Rust values:
//! float repr, the format-spec mini-language, literal parsing for int() and float().
//!
//! Nothing here knows about VM objects: inputs are `i64`, `&BigInt`, `f64` and `&str`,
//! and every failure is a [`FormatError`] carrying the exact exception type and message
//! CPython 3.11 raises, so the VM only has to wrap it in the matching `PyErr`.
//!
//! Map of the module (each file names the CPython source it follows):
//! - `float_repr`: `repr(float)`, `repr(complex)` and `PyOS_double_to_string`
//!   (the digits come from Rust's correctly rounded `{:e}` / `{:.*e}` / `{:.*}`).
//! - `spec`: the format-spec mini-language and `int/float/str/complex.__format__`.
//! - `layout`: padding, sign and thousands grouping of a formatted number.
//! - `int_to_str`: `str(int)` with the 4300-digit limit, `bin/oct/hex`.
//! - `parse`: `int(s, base)` and `float(s)`.
//! - `str_repr`: `repr(str)`, plus the Unicode predicates the parsers need.
//! - `generated_unicode`: the Unicode tables behind those predicates.

mod float_repr;
mod generated_unicode;
mod int_to_str;
mod layout;
mod parse;
mod spec;
mod str_repr;

use std::fmt;

pub use float_repr::{complex_repr, double_to_string, float_repr, float_str, FloatFormat};
pub use int_to_str::{
    i64_to_string_radix, int_max_str_digits, int_to_decimal_string, int_to_string_radix,
    set_int_max_str_digits, INT_MAX_STR_DIGITS_DEFAULT, INT_MAX_STR_DIGITS_THRESHOLD,
};
pub use parse::{
    invalid_float_literal, invalid_int_literal, parse_float, parse_float_bytes, parse_int,
    parse_int_bytes, parse_int_small, strip_underscores, ParsedInt,
};
pub use spec::{
    char_padding, format_complex, format_float, format_i64, format_int, format_str, parse_spec,
    str_padding, Align, FormatSpec, Grouping, Padding, Sign,
};
pub use str_repr::{
    code_points_repr, is_printable, is_printable_code_point, str_repr, unicode_decimal_value,
    unicode_is_space,
};

/// The Python exception class a [`FormatError`] stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    ValueError,
    TypeError,
    OverflowError,
    /// Only for widths too large to allocate; the message is empty, as in CPython.
    MemoryError,
}

/// A Python exception raised by formatting or parsing: its class and its exact message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    pub kind: ErrorKind,
    pub msg: String,
}

impl FormatError {
    #[cold]
    #[inline(never)]
    pub(crate) fn value(msg: impl Into<String>) -> Self {
        FormatError {
            kind: ErrorKind::ValueError,
            msg: msg.into(),
        }
    }

    #[cold]
    #[inline(never)]
    pub(crate) fn overflow(msg: impl Into<String>) -> Self {
        FormatError {
            kind: ErrorKind::OverflowError,
            msg: msg.into(),
        }
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.msg)
    }
}

impl std::error::Error for FormatError {}

#[cfg(test)]
mod testdata;
