//! `_warnings`: present so that importlib's bootstrap finds it among the built-in modules;
//! it defines none of the accelerated names, so the standard library's `warnings` uses its
//! pure-Python implementation.

use crate::objects::module::new_module;
use crate::value::Value;

pub fn create() -> Value {
    new_module("_warnings")
}
