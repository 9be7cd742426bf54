//! Unit tests: disassembly, register layout, symbol resolution and error messages.

use crate::{compile, Mode};

fn dis(src: &str) -> String {
    compile(src, "<test>", Mode::Exec)
        .expect("compiles")
        .disassemble()
}

#[test]
fn module_assignment() {
    let d = dis("x = 1 + 2\n");
    assert!(d.contains("StoreName"), "{d}");
}
