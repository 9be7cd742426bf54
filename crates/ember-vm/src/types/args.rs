//! Argument parsing for native functions: positional and keyword arguments by name, with
//! CPython's arity error messages.

use crate::error::{PyErr, PyResult};
use crate::objects::str::as_str;
use crate::value::Value;

/// A native call's arguments: `args` holds positional then keyword values; the last
/// `kwnames.len()` are named by `kwnames`.
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kwnames: &'a [Value],
    pub kwvals: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(args: &'a [Value], kwnames: &'a [Value]) -> Args<'a> {
        let n = args.len() - kwnames.len();
        Args {
            pos: &args[..n],
            kwnames,
            kwvals: &args[n..],
        }
    }
    /// The keyword argument `name`, if given.
    pub fn kw(&self, name: &str) -> Option<&'a Value> {
        self.kwnames
            .iter()
            .position(|k| as_str(k) == Some(name))
            .map(|i| &self.kwvals[i])
    }
    /// Positional argument `i`, else keyword `name`.
    pub fn get(&self, i: usize, name: &str) -> Option<&'a Value> {
        self.pos.get(i).or_else(|| self.kw(name))
    }
    /// Raises "f() takes no keyword arguments" when any were given.
    pub fn no_kwargs(&self, fname: &str) -> PyResult<()> {
        if self.kwnames.is_empty() {
            Ok(())
        } else {
            Err(PyErr::type_error(format!(
                "{}() takes no keyword arguments",
                fname
            )))
        }
    }
    /// Raises for an unexpected keyword (only `allowed` names accepted).
    pub fn only_kwargs(&self, fname: &str, allowed: &[&str]) -> PyResult<()> {
        for k in self.kwnames {
            let n = as_str(k).unwrap_or("");
            if !allowed.contains(&n) {
                return Err(PyErr::type_error(format!(
                    "{}() got an unexpected keyword argument '{}'",
                    fname, n
                )));
            }
        }
        Ok(())
    }
    /// Checks the positional count, with CPython's messages.
    pub fn arity(&self, fname: &str, min: usize, max: usize) -> PyResult<()> {
        let n = self.pos.len();
        if n >= min && n <= max {
            return Ok(());
        }
        Err(PyErr::type_error(arity_message(fname, min, max, n)))
    }
}

/// CPython's messages for a wrong number of positional arguments to a builtin.
pub fn arity_message(fname: &str, min: usize, max: usize, n: usize) -> String {
    if min == max {
        match min {
            0 => format!("{}() takes no arguments ({} given)", fname, n),
            1 => format!("{}() takes exactly one argument ({} given)", fname, n),
            _ => format!("{} expected {} arguments, got {}", fname, min, n),
        }
    } else if n < min {
        format!(
            "{} expected at least {} argument{}, got {}",
            fname,
            min,
            if min == 1 { "" } else { "s" },
            n
        )
    } else {
        format!(
            "{} expected at most {} argument{}, got {}",
            fname,
            max,
            if max == 1 { "" } else { "s" },
            n
        )
    }
}
