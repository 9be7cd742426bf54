//! Build script: finds the installed CPython 3.11 whose pure-Python standard library
//! Ember reuses (DESIGN.md section 9) and records its paths for `import::paths`.
//! `EMBER_PYTHON` names the interpreter to ask (default `python3`); when none answers,
//! nothing is recorded and Ember reports at start-up what to install.

use std::process::Command;

fn main() {
    println!("cargo:rerun-if-env-changed=EMBER_PYTHON");
    println!("cargo:rerun-if-changed=build.rs");
    let python = std::env::var("EMBER_PYTHON").unwrap_or_else(|_| "python3".into());
    let script = "import sys, sysconfig\n\
                  print(sys.version_info[:2] == (3, 11))\n\
                  print(sysconfig.get_path('stdlib'))\n\
                  print(sys.base_prefix)\n\
                  print(sys.base_exec_prefix)";
    let Ok(out) = Command::new(&python).args(["-S", "-c", script]).output() else {
        println!("cargo:warning=no `{python}` found: Ember will need EMBER_STDLIB at run time");
        return;
    };
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    if !out.status.success() || lines.len() < 4 || lines[0] != "True" {
        println!("cargo:warning=`{python}` is not CPython 3.11: Ember will need EMBER_STDLIB");
        return;
    }
    println!("cargo:rustc-env=EMBER_BUILD_STDLIB={}", lines[1]);
    println!("cargo:rustc-env=EMBER_BUILD_PREFIX={}", lines[2]);
    println!("cargo:rustc-env=EMBER_BUILD_EXEC_PREFIX={}", lines[3]);
}
