//! `_imp`: what importlib's bootstrap asks of the interpreter (the logic is in
//! `py/_imp.py`; built-in modules come from the import system's native table).

use super::frozen;
use crate::import::bootstrap::{create_builtin, is_builtin};
use crate::value::Value;

pub fn create() -> Value {
    frozen::create(
        "_imp",
        include_str!("py/_imp.py"),
        &[
            ("_create_builtin", create_builtin),
            ("_is_builtin", is_builtin),
        ],
    )
}
