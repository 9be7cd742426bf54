//! Number and string formatting and parsing as CPython does it, on plain Rust values:
//! float repr, the format-spec mini-language, literal parsing for int() and float().
