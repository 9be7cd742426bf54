//! `_sha3`: SHA3-224/256/384/512 and SHAKE-128/256 (the `sha3` crate).

use super::{create_module, new_with, Fixed, HashState, Xof};
use crate::error::PyResult;
use crate::value::Value;

pub fn create() -> Value {
    create_module(
        "_sha3",
        "sha3_224 = _simple_constructor('sha3_224', 'sha3_224')[1]\n\
         sha3_256 = _simple_constructor('sha3_256', 'sha3_256')[1]\n\
         sha3_384 = _simple_constructor('sha3_384', 'sha3_384')[1]\n\
         sha3_512 = _simple_constructor('sha3_512', 'sha3_512')[1]\n\
         shake_128 = _simple_constructor('shake_128', 'shake_128', True)[1]\n\
         shake_256 = _simple_constructor('shake_256', 'shake_256', True)[1]\n\
         implementation = 'RustCrypto sha3'\n\
         keccakopt = 64\n",
        new,
    )
}

fn fixed<D: digest::Digest + Clone + 'static>(
    hasher: D,
    name: &'static str,
    block_size: usize,
) -> Box<dyn HashState> {
    Box::new(Fixed {
        hasher,
        name,
        block_size,
    })
}

fn new(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    new_with(args, |name, _| -> PyResult<Box<dyn HashState>> {
        Ok(match name {
            "sha3_224" => fixed(sha3::Sha3_224::default(), "sha3_224", 144),
            "sha3_256" => fixed(sha3::Sha3_256::default(), "sha3_256", 136),
            "sha3_384" => fixed(sha3::Sha3_384::default(), "sha3_384", 104),
            "sha3_512" => fixed(sha3::Sha3_512::default(), "sha3_512", 72),
            "shake_128" => Box::new(Xof {
                hasher: sha3::Shake128::default(),
                name: "shake_128",
                block_size: 168,
            }),
            _ => Box::new(Xof {
                hasher: sha3::Shake256::default(),
                name: "shake_256",
                block_size: 136,
            }),
        })
    })
}
