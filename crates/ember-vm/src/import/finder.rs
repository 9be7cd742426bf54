//! The path finder: looks for a module in a list of directories as CPython's
//! `PathFinder`/`FileFinder` do (a package directory with `__init__.py` first, then a
//! `.py` file, and a namespace package from directories without `__init__.py` when no
//! regular module or package is found on the whole path).

use std::path::{Path, PathBuf};

/// Where a module was found.
#[derive(Debug, Clone, PartialEq)]
pub enum Location {
    /// A source file `name.py`.
    Module(PathBuf),
    /// A regular package: its `__init__.py` and its directory.
    Package { init: PathBuf, dir: PathBuf },
    /// A namespace package: its portions (directories), in path order.
    Namespace(Vec<PathBuf>),
}

/// Looks for the module whose last name component is `tail` in `dirs` (`""` meaning the
/// current directory).
pub fn find(tail: &str, dirs: &[String]) -> Option<Location> {
    if tail.is_empty() || tail.contains(['/', '\0']) {
        return None;
    }
    let mut portions = Vec::new();
    for d in dirs {
        let base = if d.is_empty() {
            match std::env::current_dir() {
                Ok(c) => c,
                Err(_) => continue,
            }
        } else {
            PathBuf::from(d)
        };
        let pkg = base.join(tail);
        let init = pkg.join("__init__.py");
        if is_file(&init) {
            return Some(Location::Package {
                init: displayed(d, &init),
                dir: displayed(d, &pkg),
            });
        }
        let file = base.join(format!("{}.py", tail));
        if is_file(&file) {
            return Some(Location::Module(displayed(d, &file)));
        }
        if pkg.is_dir() {
            portions.push(displayed(d, &pkg));
        }
    }
    if portions.is_empty() {
        None
    } else {
        Some(Location::Namespace(portions))
    }
}

fn is_file(p: &Path) -> bool {
    std::fs::metadata(p).map(|m| m.is_file()).unwrap_or(false)
}

/// The path as CPython reports it: absolute (an entry `""` stands for the current
/// directory, which CPython's FileFinder makes absolute).
fn displayed(entry: &str, p: &Path) -> PathBuf {
    if entry.is_empty() || p.is_relative() {
        std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
    } else {
        p.to_path_buf()
    }
}
