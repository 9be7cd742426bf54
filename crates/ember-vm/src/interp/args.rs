//! Binding call arguments to a Python function's parameter registers: positional,
//! keyword, defaults, keyword-only, `*args`, `**kwargs`, with CPython's error messages.

use crate::error::{PyErr, PyResult};
use crate::objects::dict::DictData;
use crate::objects::function::FunctionData;
use crate::objects::str::as_str;
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::value::Value;
use ember_bytecode::flags;

fn fname(f: &FunctionData) -> String {
    as_str(f.qualname.borrow()).unwrap_or("?").to_string()
}

/// "'a'", "'a' and 'b'", "'a', 'b', and 'c'".
fn name_list(names: &[&str]) -> String {
    match names.len() {
        0 => String::new(),
        1 => format!("'{}'", names[0]),
        2 => format!("'{}' and '{}'", names[0], names[1]),
        _ => {
            let mut s = String::new();
            for (i, n) in names.iter().enumerate() {
                if i + 1 == names.len() {
                    s.push_str(&format!("and '{}'", n));
                } else {
                    s.push_str(&format!("'{}', ", n));
                }
            }
            s
        }
    }
}

/// Fills `regs` (the callee's registers, all unbound) from the arguments.
pub fn bind_args(
    f: &FunctionData,
    args: &[Value],
    kwnames: &[Value],
    regs: &mut [Value],
) -> PyResult<()> {
    let codedata = f.code();
    if codedata.simple_args && kwnames.is_empty() && args.len() == codedata.code.argcount as usize {
        for (r, a) in regs.iter_mut().zip(args) {
            *r = a.clone();
        }
        return Ok(());
    }
    let code = &codedata.code;
    let argcount = code.argcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let posonly = code.posonlyargcount as usize;
    let has_varargs = code.has_flag(flags::VARARGS);
    let has_varkw = code.has_flag(flags::VARKEYWORDS);
    let npos = args.len() - kwnames.len();

    // Fast path: exact positional arguments.
    if kwnames.is_empty() && npos == argcount && !has_varargs && !has_varkw && kwonly == 0 {
        for (r, a) in regs.iter_mut().zip(args) {
            *r = a.clone();
        }
        return Ok(());
    }

    let varargs_reg = argcount + kwonly;
    let varkw_reg = varargs_reg + usize::from(has_varargs);
    let kwargs = if has_varkw {
        Some(DictData::new_value())
    } else {
        None
    };

    for (i, a) in args[..npos.min(argcount)].iter().enumerate() {
        regs[i] = a.clone();
    }
    if npos > argcount {
        if has_varargs {
            regs[varargs_reg] = new_tuple(args[argcount..npos].to_vec());
        } else {
            return Err(too_many_positional(f, npos, kwnames, args, regs));
        }
    } else if has_varargs {
        regs[varargs_reg] = new_tuple(Vec::new());
    }

    let mut posonly_as_kw: Vec<String> = Vec::new();
    for (k, name) in kwnames.iter().enumerate() {
        let value = args[npos + k].clone();
        let n = as_str(name).unwrap_or("");
        let idx = code.varnames[..argcount + kwonly]
            .iter()
            .position(|v| v == n);
        match idx {
            Some(i) if i >= posonly => {
                if !regs[i].is_unbound() {
                    return Err(PyErr::type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        fname(f),
                        n
                    )));
                }
                regs[i] = value;
            }
            Some(_) if kwargs.is_none() => posonly_as_kw.push(n.to_string()),
            _ => match &kwargs {
                Some(d) => {
                    let dd = d.downcast::<DictData>().expect("dict");
                    dd.set(name.clone(), value)?;
                }
                None => {
                    return Err(PyErr::type_error(format!(
                        "{}() got an unexpected keyword argument '{}'",
                        fname(f),
                        n
                    )));
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            fname(f),
            posonly_as_kw.join(", ")
        )));
    }

    // Defaults for positional parameters.
    let defaults = f.defaults.get();
    let defs = as_tuple(&defaults).unwrap_or(&[]);
    let first_default = argcount - defs.len().min(argcount);
    let mut missing: Vec<&str> = Vec::new();
    for i in 0..argcount {
        if regs[i].is_unbound() {
            if i >= first_default {
                regs[i] = defs[i - first_default].clone();
            } else {
                missing.push(&code.varnames[i]);
            }
        }
    }
    if !missing.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() missing {} required positional argument{}: {}",
            fname(f),
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        )));
    }
    // Keyword-only defaults.
    let kwdefaults = f.kwdefaults.get();
    #[allow(clippy::needless_range_loop)]
    for i in argcount..argcount + kwonly {
        if regs[i].is_unbound() {
            let name = &codedata.varnames[i];
            let d = kwdefaults
                .downcast::<DictData>()
                .and_then(|d| d.get_str(name));
            match d {
                Some(v) => regs[i] = v,
                None => missing.push(&code.varnames[i]),
            }
        }
    }
    if !missing.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() missing {} required keyword-only argument{}: {}",
            fname(f),
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        )));
    }
    if let Some(d) = kwargs {
        regs[varkw_reg] = d;
    }
    Ok(())
}

#[cold]
fn too_many_positional(
    f: &FunctionData,
    npos: usize,
    kwnames: &[Value],
    _args: &[Value],
    regs: &[Value],
) -> PyErr {
    let code = &f.code().code;
    let argcount = code.argcount as usize;
    let defaults = f.defaults.get();
    let ndefs = as_tuple(&defaults).map_or(0, |d| d.len());
    let takes = if ndefs > 0 {
        format!("from {} to {}", argcount - ndefs, argcount)
    } else {
        argcount.to_string()
    };
    let kwonly_given = (argcount..argcount + code.kwonlyargcount as usize)
        .filter(|&i| !regs[i].is_unbound())
        .count()
        + kwnames
            .iter()
            .filter(|n| {
                let n = as_str(n).unwrap_or("");
                code.varnames[argcount..argcount + code.kwonlyargcount as usize]
                    .iter()
                    .any(|v| v == n)
            })
            .count()
            .saturating_sub(
                (argcount..argcount + code.kwonlyargcount as usize)
                    .filter(|&i| !regs[i].is_unbound())
                    .count(),
            );
    let given = if kwonly_given > 0 {
        format!(
            "{} positional argument{} (and {} keyword-only argument{}) were",
            npos,
            if npos == 1 { "" } else { "s" },
            kwonly_given,
            if kwonly_given == 1 { "" } else { "s" }
        )
    } else {
        format!("{} {}", npos, if npos == 1 { "was" } else { "were" })
    };
    PyErr::type_error(format!(
        "{}() takes {} positional argument{} but {} given",
        fname(f),
        takes,
        if argcount == 1 && ndefs == 0 { "" } else { "s" },
        given
    ))
}
