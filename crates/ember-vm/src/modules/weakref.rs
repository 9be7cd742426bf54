//! `_weakref`, for now as a stand-in written in Python (`py/_weakref.py`): references
//! keep their referents alive. The native module with real weak references replaces it.

use super::frozen;
use crate::value::Value;

pub fn create() -> Value {
    frozen::create("_weakref", include_str!("py/_weakref.py"), &[])
}
