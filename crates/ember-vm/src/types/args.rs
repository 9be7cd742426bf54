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

/// A native function's parameters as Argument Clinic declares them: `names` in order,
/// the first `posonly` positional-only, at most `maxpos` accepted by position (the rest
/// keyword-only), the first `required` mandatory.
pub struct Params<'n> {
    pub fname: &'n str,
    pub names: &'n [&'n str],
    pub posonly: usize,
    pub maxpos: usize,
    pub required: usize,
}

impl Params<'_> {
    /// The value of each parameter (None when not given), with the messages of CPython's
    /// `_PyArg_UnpackKeywords`.
    pub fn parse(&self, args: &[Value], kwnames: &[Value]) -> PyResult<Vec<Option<Value>>> {
        let a = Args::new(args, kwnames);
        let (f, nargs, nkw) = (self.fname, a.pos.len(), kwnames.len());
        let maxargs = self.names.len();
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        if nargs + nkw > maxargs {
            return Err(PyErr::type_error(format!(
                "{}() takes at most {} {}argument{} ({} given)",
                f,
                maxargs,
                if nargs == 0 { "keyword " } else { "" },
                plural(maxargs),
                nargs + nkw
            )));
        }
        let minpos = self.required.min(self.maxpos);
        if nargs > self.maxpos {
            return Err(PyErr::type_error(if self.maxpos == 0 {
                format!("{}() takes no positional arguments", f)
            } else {
                format!(
                    "{}() takes {} {} positional argument{} ({} given)",
                    f,
                    if minpos < self.maxpos {
                        "at most"
                    } else {
                        "exactly"
                    },
                    self.maxpos,
                    plural(self.maxpos),
                    nargs
                )
            }));
        }
        let minposonly = self.required.min(self.posonly);
        if nargs < minposonly {
            return Err(PyErr::type_error(format!(
                "{}() takes {} {} positional argument{} ({} given)",
                f,
                if minposonly < self.maxpos {
                    "at least"
                } else {
                    "exactly"
                },
                minposonly,
                plural(minposonly),
                nargs
            )));
        }
        let mut out: Vec<Option<Value>> = a.pos.iter().cloned().map(Some).collect();
        let mut left = nkw;
        for (i, name) in self.names.iter().enumerate().skip(nargs) {
            let v = if left > 0 && i >= self.posonly {
                a.kw(name)
            } else {
                None
            };
            match v {
                Some(v) => {
                    left -= 1;
                    out.push(Some(v.clone()));
                }
                None if i < self.required => {
                    return Err(PyErr::type_error(format!(
                        "{}() missing required argument '{}' (pos {})",
                        f,
                        name,
                        i + 1
                    )))
                }
                None => out.push(None),
            }
        }
        if left > 0 {
            for (i, name) in self.names.iter().enumerate().take(nargs).skip(self.posonly) {
                if a.kw(name).is_some() {
                    return Err(PyErr::type_error(format!(
                        "argument for {}() given by name ('{}') and position ({})",
                        f,
                        name,
                        i + 1
                    )));
                }
            }
            for k in kwnames {
                let n = as_str(k).unwrap_or("");
                if !self.names[self.posonly..].contains(&n) {
                    return Err(PyErr::type_error(format!(
                        "'{}' is an invalid keyword argument for {}()",
                        n, f
                    )));
                }
            }
        }
        Ok(out)
    }
}
