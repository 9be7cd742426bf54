//! `_sha1`: SHA-1 (the `sha1` crate).

use super::{create_module, new_with, Fixed, HashState};
use crate::error::PyResult;
use crate::value::Value;

pub fn create() -> Value {
    create_module(
        "_sha1",
        "SHA1Type, sha1 = _simple_constructor('sha1', 'sha1')\n",
        new,
    )
}

fn new(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    new_with(args, |_, _| -> PyResult<Box<dyn HashState>> {
        Ok(Box::new(Fixed {
            hasher: sha1::Sha1::default(),
            name: "sha1",
            block_size: 64,
        }))
    })
}
