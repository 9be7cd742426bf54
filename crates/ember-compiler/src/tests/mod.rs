//! Unit tests: error messages against CPython's, disassembly of key constructs, register
//! layout and symbol resolution.

mod codegen;
mod error_cases;
mod errors;
mod scopes;

use crate::{compile, Mode};
use ember_bytecode::CodeObject;

pub(super) fn code(src: &str) -> CodeObject {
    match compile(src, "<test>", Mode::Exec) {
        Ok(c) => {
            if let Err(e) = crate::verify(&c) {
                panic!("verifier: {e}\n{}", c.disassemble());
            }
            c
        }
        Err(e) => panic!("compile error: {e:?}"),
    }
}

/// The nested code object named `qualname` (depth-first).
pub(super) fn find<'c>(code: &'c CodeObject, qualname: &str) -> Option<&'c CodeObject> {
    if code.qualname == qualname {
        return Some(code);
    }
    code.consts.iter().find_map(|c| match c {
        ember_bytecode::Constant::Code(inner) => find(inner, qualname),
        _ => None,
    })
}

/// Instruction names of `code`, one per element, with operands.
pub(super) fn instrs(code: &CodeObject) -> Vec<String> {
    code.instrs.iter().map(|i| i.to_string()).collect()
}
