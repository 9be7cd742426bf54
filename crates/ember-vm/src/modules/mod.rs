//! Native modules (one file each), listed in one table. The import system that finds
//! them and every other module is `crate::import`.

pub mod abc;
pub mod binascii;
pub mod codecs;
pub mod ember;
pub mod frozen;
pub mod hashes;
pub mod json;
pub mod stdio;
pub mod string;
pub mod structseq;
pub mod sys;
pub mod sys_info;
pub mod thread;
pub mod zlib;

use crate::value::Value;

/// Makes a native module's object (called once, on its first import).
pub type CreateModule = fn() -> Value;

/// Every native module, by its import name. One line per module, kept in order; each
/// module lives in its own file of this directory.
const NATIVE_MODULES: &[(&str, CreateModule)] = &[
    ("_abc", abc::create),
    ("_blake2", hashes::blake2::create),
    ("_codecs", codecs::create),
    ("_json", json::create),
    ("_md5", hashes::md5::create),
    ("_sha1", hashes::sha1::create),
    ("_sha256", hashes::sha256::create),
    ("_sha3", hashes::sha3::create),
    ("_sha512", hashes::sha512::create),
    ("_string", string::create),
    ("_thread", thread::create),
    ("binascii", binascii::create),
    ("ember", ember::create),
    ("zlib", zlib::create),
];

/// The creator of the native module `name`, if Ember has one.
pub fn native_module(name: &str) -> Option<CreateModule> {
    NATIVE_MODULES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, create)| *create)
}

/// The names of every native module (`sys.builtin_module_names`).
pub fn native_module_names() -> impl Iterator<Item = &'static str> {
    NATIVE_MODULES.iter().map(|(n, _)| *n)
}

/// `sys.modules`.
pub fn sys_modules() -> Value {
    sys::modules_dict()
}

pub use crate::import::{import_from, import_name};
