//! `_contextvars`: context variables (PEP 567), written in Python (`py/_contextvars.py`).

use super::frozen;
use crate::value::Value;

pub fn create() -> Value {
    frozen::create("_contextvars", include_str!("py/_contextvars.py"), &[])
}
