//! `_abc`: the support of `abc.ABCMeta` (the logic is in `py/_abc.py`).

use super::frozen;
use crate::value::Value;

pub fn create() -> Value {
    frozen::create("_abc", include_str!("py/_abc.py"), &[])
}
