//! Prints the disassembly of a Python file (or stdin): `cargo run -p ember-compiler --example dis -- file.py`.

use std::io::Read;

fn main() {
    let mut src = String::new();
    let name = match std::env::args().nth(1) {
        Some(p) => {
            src = std::fs::read_to_string(&p).expect("readable file");
            p
        }
        None => {
            std::io::stdin().read_to_string(&mut src).expect("stdin");
            "<stdin>".to_string()
        }
    };
    match ember_compiler::compile(&src, &name, ember_compiler::Mode::Exec) {
        Ok(code) => print!("{}", code.disassemble()),
        Err(e) => {
            println!(
                "{}: {} (line {}, col {})",
                e.kind.name(),
                e.msg,
                e.line,
                e.col
            );
            std::process::exit(1);
        }
    }
}
