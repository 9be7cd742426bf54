//! Where modules come from: the CPython 3.11 standard library Ember reuses, Ember's own
//! `lib/`, and `sys.path` built as CPython builds it (script directory or cwd,
//! `PYTHONPATH`, Ember's `lib/`, the standard library; `site` adds site-packages).

use std::path::{Path, PathBuf};

/// The standard library directory: `EMBER_STDLIB`, else the one of the CPython found when
/// Ember was built. None when neither holds `os.py`.
pub fn stdlib_dir() -> Option<PathBuf> {
    let candidates = [
        std::env::var_os("EMBER_STDLIB").map(PathBuf::from),
        option_env!("EMBER_BUILD_STDLIB").map(PathBuf::from),
    ];
    candidates
        .into_iter()
        .flatten()
        .find(|d| d.join("os.py").is_file())
}

/// The message when no standard library is found.
pub fn stdlib_missing_message() -> String {
    let looked = std::env::var("EMBER_STDLIB")
        .ok()
        .or_else(|| option_env!("EMBER_BUILD_STDLIB").map(str::to_string))
        .unwrap_or_else(|| "(none recorded at build time)".into());
    format!(
        "ember: cannot find the CPython 3.11 standard library (looked in {}).\n\
         Install CPython 3.11 (for example `apt-get install python3.11`, or pyenv) and \
         rebuild Ember, or set EMBER_STDLIB to the directory that holds its os.py.",
        looked
    )
}

/// `sys.prefix` and `sys.exec_prefix`: those of the CPython whose library Ember uses, so
/// that `site` finds the same site-packages.
pub fn prefixes() -> (String, String) {
    let from_stdlib = || {
        stdlib_dir()
            .and_then(|d| d.parent()?.parent().map(|p| p.display().to_string()))
            .unwrap_or_default()
    };
    let prefix = option_env!("EMBER_BUILD_PREFIX")
        .filter(|_| std::env::var_os("EMBER_STDLIB").is_none())
        .map(str::to_string)
        .unwrap_or_else(from_stdlib);
    let exec_prefix = option_env!("EMBER_BUILD_EXEC_PREFIX")
        .filter(|_| std::env::var_os("EMBER_STDLIB").is_none())
        .map(str::to_string)
        .unwrap_or_else(|| prefix.clone());
    (prefix, exec_prefix)
}

/// Ember's own `lib/` (modules that replace or complete the standard library's):
/// `EMBER_LIB`, else `lib/ember` beside an installed binary's `bin/`, else the source
/// tree's `lib/`.
pub fn ember_lib_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("EMBER_LIB") {
        return Some(PathBuf::from(d));
    }
    let installed = std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.parent()?.join("lib").join("ember")));
    let source_tree = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lib");
    [installed, Some(source_tree)]
        .into_iter()
        .flatten()
        .find(|d| d.is_dir())
        .map(|d| d.canonicalize().unwrap_or(d))
}

/// What `sys.path[0]` is for the way the program was started.
pub enum MainPath<'a> {
    /// A script: its directory, made absolute.
    Script(&'a str),
    /// `-m`: the current directory, absolute.
    Module,
    /// `-c`, stdin: the empty string (the current directory, looked up at each import).
    Empty,
}

/// The initial `sys.path` entries.
pub fn initial_sys_path(main: MainPath) -> Vec<String> {
    let mut path = Vec::new();
    match main {
        MainPath::Script(script) => {
            let p = Path::new(script);
            let abs = std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
            // CPython resolves a symlinked script to the link's target's directory.
            let real = std::fs::canonicalize(&abs).unwrap_or(abs);
            let dir = real.parent().map(Path::to_path_buf).unwrap_or_default();
            path.push(dir.display().to_string());
        }
        MainPath::Module => path.push(
            std::env::current_dir()
                .map(|d| d.display().to_string())
                .unwrap_or_default(),
        ),
        MainPath::Empty => path.push(String::new()),
    }
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        path.extend(pp.split(':').filter(|s| !s.is_empty()).map(|s| {
            std::path::absolute(s)
                .map(|p| p.display().to_string())
                .unwrap_or_else(|_| s.to_string())
        }));
    }
    if let Some(lib) = ember_lib_dir() {
        path.push(lib.display().to_string());
    }
    if let Some(std) = stdlib_dir() {
        path.push(std.display().to_string());
    }
    path
}
