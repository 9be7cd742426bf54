//! `_sha256`: SHA-224 and SHA-256 (the `sha2` crate).

use super::{create_module, new_with, Fixed, HashState};
use crate::error::PyResult;
use crate::value::Value;

pub fn create() -> Value {
    create_module(
        "_sha256",
        "SHA224Type, sha224 = _simple_constructor('sha224', 'sha224')\n\
         SHA256Type, sha256 = _simple_constructor('sha256', 'sha256')\n",
        new,
    )
}

fn new(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    new_with(args, |name, _| -> PyResult<Box<dyn HashState>> {
        Ok(if name == "sha224" {
            Box::new(Fixed {
                hasher: sha2::Sha224::default(),
                name: "sha224",
                block_size: 64,
            })
        } else {
            Box::new(Fixed {
                hasher: sha2::Sha256::default(),
                name: "sha256",
                block_size: 64,
            })
        })
    })
}
