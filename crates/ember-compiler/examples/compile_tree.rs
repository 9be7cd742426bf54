//! Compiles every `.py` file under a directory and summarises the errors (and panics):
//! `cargo run -p ember-compiler --example compile_tree -- /usr/lib/python3.11`.

use std::collections::BTreeMap;
use std::path::Path;

fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

fn main() {
    let root = std::env::args().nth(1).expect("a directory");
    let mut files = Vec::new();
    walk(Path::new(&root), &mut files);
    files.sort();
    let mut ok = 0;
    let mut errors: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for f in &files {
        let Ok(src) = std::fs::read_to_string(f) else {
            continue;
        };
        let name = f.display().to_string();
        let r = std::panic::catch_unwind(|| {
            ember_compiler::compile(&src, &name, ember_compiler::Mode::Exec)
        });
        match r {
            Ok(Ok(code)) => match ember_compiler::verify(&code) {
                Ok(()) => ok += 1,
                Err(e) => errors.entry(format!("VERIFY {e}")).or_default().push(name),
            },
            Ok(Err(e)) => {
                if std::env::var_os("LIST").is_some() {
                    println!(
                        "FAIL {} {}:{}:{} {}",
                        name,
                        e.kind.name(),
                        e.line,
                        e.col,
                        e.msg
                    );
                }
                errors
                    .entry(e.msg.clone())
                    .or_default()
                    .push(format!("{}:{}", name, e.line))
            }
            Err(_) => errors.entry("PANIC".into()).or_default().push(name),
        }
    }
    println!("{ok} of {} files compiled", files.len());
    for (msg, where_) in &errors {
        println!("{:5} {msg}  e.g. {}", where_.len(), where_[0]);
    }
}
