//! The hash modules hashlib falls back to without OpenSSL (`_md5`, `_sha1`, `_sha256`,
//! `_sha512`, `_sha3`, `_blake2`; one file each here), built on the RustCrypto
//! crates. The hash objects are Python classes (`py/_hash.py`) over a native state:
//! a boxed `HashState` in a native state object.

pub mod blake2;
pub mod md5;
pub mod sha1;
pub mod sha256;
pub mod sha3;
pub mod sha512;

use super::frozen;
use crate::error::{PyErr, PyResult};
use crate::objects::bytes::{bytes_like, new_bytes};
use crate::objects::int::{new_int, to_i64};
use crate::objects::native_state::{borrow_state, new_native_state};
use crate::objects::str::{as_str, new_str};
use crate::objects::tuple::new_tuple;
use crate::value::Value;
use digest::{Digest, ExtendableOutput, Update};

/// A running hash.
pub trait HashState {
    fn update(&mut self, data: &[u8]);
    /// The digest of the data so far (`length` bytes for the extendable-output SHAKEs,
    /// ignored by the others); the state goes on.
    fn digest(&self, length: usize) -> Vec<u8>;
    fn copy(&self) -> Box<dyn HashState>;
    /// `(name, digest_size, block_size)`.
    fn info(&self) -> (&'static str, usize, usize);
}

/// A fixed-size hash of the `digest` crate.
pub struct Fixed<D> {
    pub hasher: D,
    pub name: &'static str,
    pub block_size: usize,
}

impl<D: Digest + Clone + 'static> HashState for Fixed<D> {
    fn update(&mut self, data: &[u8]) {
        Digest::update(&mut self.hasher, data);
    }
    fn digest(&self, _length: usize) -> Vec<u8> {
        self.hasher.clone().finalize().to_vec()
    }
    fn copy(&self) -> Box<dyn HashState> {
        Box::new(Fixed {
            hasher: self.hasher.clone(),
            name: self.name,
            block_size: self.block_size,
        })
    }
    fn info(&self) -> (&'static str, usize, usize) {
        (self.name, <D as Digest>::output_size(), self.block_size)
    }
}

/// An extendable-output hash (SHAKE).
pub struct Xof<D> {
    pub hasher: D,
    pub name: &'static str,
    pub block_size: usize,
}

impl<D: ExtendableOutput + Update + Clone + 'static> HashState for Xof<D> {
    fn update(&mut self, data: &[u8]) {
        Update::update(&mut self.hasher, data);
    }
    fn digest(&self, length: usize) -> Vec<u8> {
        let mut out = vec![0u8; length];
        self.hasher.clone().finalize_xof_into(&mut out);
        out
    }
    fn copy(&self) -> Box<dyn HashState> {
        Box::new(Xof {
            hasher: self.hasher.clone(),
            name: self.name,
            block_size: self.block_size,
        })
    }
    fn info(&self) -> (&'static str, usize, usize) {
        (self.name, 0, self.block_size)
    }
}

/// The state of one hash object.
pub struct Hasher(Box<dyn HashState>);

/// Makes the state for an algorithm name from `_new(name, params...)`.
pub type NewState = fn(name: &str, params: &[Value]) -> PyResult<Box<dyn HashState>>;

/// A hash module: the shared Python classes, `_new` from `new_state`, and the
/// module's own Python (its constructors).
pub fn create_module(name: &str, source: &str, new_fn: crate::objects::native::NativeFn) -> Value {
    let full = format!("{}\n{}", include_str!("../py/_hash.py"), source);
    frozen::create(
        name,
        &full,
        &[
            ("_new", new_fn),
            ("_update", update),
            ("_digest", digest),
            ("_copy", copy),
            ("_info", info),
        ],
    )
}

/// `_new(algorithm, params...)` through `new_state`.
pub fn new_with(args: &[Value], new_state: NewState) -> PyResult<Value> {
    let name = args
        .first()
        .and_then(as_str)
        .ok_or_else(|| PyErr::type_error("algorithm name must be str"))?;
    Ok(new_native_state(Hasher(new_state(name, &args[1..])?)))
}

fn state<'a>(v: Option<&'a Value>) -> PyResult<std::cell::RefMut<'a, Hasher>> {
    let v = v.ok_or_else(|| PyErr::type_error("missing hash state"))?;
    borrow_state::<Hasher>(v)?.ok_or_else(|| PyErr::type_error("expected a hash state"))
}

/// A bytes-like argument.
pub fn data_arg(v: &Value) -> PyResult<Vec<u8>> {
    bytes_like(v).ok_or_else(|| PyErr::type_error("object supporting the buffer API required"))
}

fn update(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let data = data_arg(args.get(1).unwrap_or(&Value::NONE))?;
    state(args.first())?.0.update(&data);
    Ok(Value::NONE)
}

fn digest(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let length = args.get(1).and_then(to_i64).unwrap_or(-1).max(0) as usize;
    Ok(new_bytes(state(args.first())?.0.digest(length)))
}

fn copy(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let copied = state(args.first())?.0.copy();
    Ok(new_native_state(Hasher(copied)))
}

fn info(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (name, digest_size, block_size) = state(args.first())?.0.info();
    Ok(new_tuple(vec![
        new_str(name),
        new_int(digest_size as i64),
        new_int(block_size as i64),
    ]))
}
