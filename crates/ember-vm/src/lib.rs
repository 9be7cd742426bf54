//! Ember's virtual machine: the object model, memory, the interpreter, builtins and
//! native modules.

pub mod format;
