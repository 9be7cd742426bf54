//! Ember's virtual machine: the object model, memory, the interpreter, builtins and
//! native modules.

pub mod builtins;
pub mod error;
pub mod format;
pub mod import;
pub mod interp;
pub mod modules;
pub mod object;
pub mod objects;
pub mod ops;
pub mod run;
pub mod slot;
pub mod suggestions;
pub mod types;
pub mod value;
pub mod vm;

pub use error::{PyErr, PyResult};
pub use value::Value;
