//! `_blake2`: BLAKE2b and BLAKE2s with digest size, key, salt and personalisation (the
//! `blake2` crate's variable-output cores; a key is hashed as a first block padded
//! with zeros, as the BLAKE2 specification defines keyed hashing).

use super::{create_module, data_arg, new_with, HashState};
use crate::error::{PyErr, PyResult};
use crate::objects::int::to_i64;
use crate::value::Value;
use blake2::{Blake2bVarCore, Blake2sVarCore};
use digest::core_api::{Buffer, UpdateCore, VariableOutputCore};

pub fn create() -> Value {
    create_module("_blake2", include_str!("../py/_blake2.py"), new)
}

/// A BLAKE2 core with its block buffer.
#[derive(Clone)]
enum Core {
    B(Blake2bVarCore, Buffer<Blake2bVarCore>),
    S(Blake2sVarCore, Buffer<Blake2sVarCore>),
}

/// The running hash and the digest size asked for.
#[derive(Clone)]
struct Blake2 {
    core: Core,
    digest_size: usize,
}

impl HashState for Blake2 {
    fn update(&mut self, data: &[u8]) {
        match &mut self.core {
            Core::B(core, buffer) => buffer.digest_blocks(data, |b| core.update_blocks(b)),
            Core::S(core, buffer) => buffer.digest_blocks(data, |b| core.update_blocks(b)),
        }
    }
    fn digest(&self, _length: usize) -> Vec<u8> {
        let mut full = match self.core.clone() {
            Core::B(mut core, mut buffer) => {
                let mut out = Default::default();
                core.finalize_variable_core(&mut buffer, &mut out);
                out.to_vec()
            }
            Core::S(mut core, mut buffer) => {
                let mut out = Default::default();
                core.finalize_variable_core(&mut buffer, &mut out);
                out.to_vec()
            }
        };
        full.truncate(self.digest_size);
        full
    }
    fn copy(&self) -> Box<dyn HashState> {
        Box::new(self.clone())
    }
    fn info(&self) -> (&'static str, usize, usize) {
        match self.core {
            Core::B(..) => ("blake2b", self.digest_size, 128),
            Core::S(..) => ("blake2s", self.digest_size, 64),
        }
    }
}

/// `_new(name, digest_size, key, salt, person)`, the sizes checked by the caller.
fn new(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    new_with(args, |name, params| -> PyResult<Box<dyn HashState>> {
        let [size, key, salt, person] = params else {
            return Err(PyErr::type_error("_new expected 5 arguments"));
        };
        let size = to_i64(size).unwrap_or(0) as usize;
        let (key, salt, person) = (data_arg(key)?, data_arg(salt)?, data_arg(person)?);
        // The Python constructors check the sizes; the crate asserts them.
        let max = if name == "blake2b" { 64 } else { 32 };
        if size == 0
            || size > max
            || key.len() > max
            || salt.len() > max / 4
            || person.len() > max / 4
        {
            return Err(PyErr::value_error("BLAKE2 parameter out of range"));
        }
        let core = if name == "blake2b" {
            Core::B(
                Blake2bVarCore::new_with_params(&salt, &person, key.len(), size),
                Default::default(),
            )
        } else {
            Core::S(
                Blake2sVarCore::new_with_params(&salt, &person, key.len(), size),
                Default::default(),
            )
        };
        let mut state: Box<dyn HashState> = Box::new(Blake2 {
            core,
            digest_size: size,
        });
        if !key.is_empty() {
            let (_, _, block) = state.info();
            let mut first = key;
            first.resize(block, 0);
            state.update(&first);
        }
        Ok(state)
    })
}
