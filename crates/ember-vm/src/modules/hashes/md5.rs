//! `_md5`: MD5 (the `md-5` crate).

use super::{create_module, new_with, Fixed, HashState};
use crate::error::PyResult;
use crate::value::Value;

pub fn create() -> Value {
    create_module(
        "_md5",
        "MD5Type, md5 = _simple_constructor('md5', 'md5')\n",
        new,
    )
}

fn new(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    new_with(args, |_, _| -> PyResult<Box<dyn HashState>> {
        Ok(Box::new(Fixed {
            hasher: md5::Md5::default(),
            name: "md5",
            block_size: 64,
        }))
    })
}
