//! Payloads of the built-in object layouts, one file per layout, with the constructors
//! that allocate them. Methods visible to Python live in `crate::types`.

pub mod bytes;
pub mod cell;
pub mod code;
pub mod complex;
pub mod descr;
pub mod dict;
pub mod exception;
pub mod float;
pub mod function;
pub mod generator;
pub mod instance;
pub mod int;
pub mod iter;
pub mod layout;
pub mod list;
pub mod module;
pub mod native;
pub mod native_state;
pub mod range;
pub mod set;
pub mod slice;
pub mod str;
pub mod str_utf8;
pub mod subclass;
pub mod tuple;
pub mod typeobj;
