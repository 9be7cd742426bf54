//! `_sha512`: SHA-384 and SHA-512 (the `sha2` crate).

use super::{create_module, new_with, Fixed, HashState};
use crate::error::PyResult;
use crate::value::Value;

pub fn create() -> Value {
    create_module(
        "_sha512",
        "SHA384Type, sha384 = _simple_constructor('sha384', 'sha384')\n\
         SHA512Type, sha512 = _simple_constructor('sha512', 'sha512')\n",
        new,
    )
}

fn new(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    new_with(args, |name, _| -> PyResult<Box<dyn HashState>> {
        Ok(if name == "sha384" {
            Box::new(Fixed {
                hasher: sha2::Sha384::default(),
                name: "sha384",
                block_size: 128,
            })
        } else {
            Box::new(Fixed {
                hasher: sha2::Sha512::default(),
                name: "sha512",
                block_size: 128,
            })
        })
    })
}
