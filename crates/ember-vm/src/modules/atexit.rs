//! The `atexit` module: functions registered with their arguments, run in reverse order
//! at interpreter exit (after the main program, `sys.exit` included; not after
//! `os._exit`), each failure reported as CPython's "Exception ignored in atexit
//! callback" and the others still run.

use crate::error::{PyErr, PyResult};
use crate::objects::dict::DictData;
use crate::objects::int::new_int;
use crate::objects::module::{new_module, ModuleData};

use crate::ops;
use crate::types::args::Args;
use crate::value::Value;
use std::cell::RefCell;

/// A registered call: the function, its positional arguments, its keyword arguments
/// (a dict, or None).
struct Callback {
    func: Value,
    args: Vec<Value>,
    kwargs: Value,
}

thread_local! {
    static CALLBACKS: RefCell<Vec<Callback>> = const { RefCell::new(Vec::new()) };
}

/// A new `atexit` module.
pub fn create() -> Value {
    let m = new_module("atexit");
    let md = m.downcast::<ModuleData>().expect("a new module");
    let f = |n, fun| crate::modules::add_function(md, n, fun);
    f("register", atexit_register);
    f("unregister", atexit_unregister);
    f("_run_exitfuncs", atexit_run_exitfuncs);
    f("_clear", atexit_clear);
    f("_ncallbacks", atexit_ncallbacks);
    m
}

/// `register(func, *args, **kwargs)`: returns `func`.
fn atexit_register(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let Some(func) = a.pos.first() else {
        return Err(PyErr::type_error(
            "register() takes at least 1 argument (0 given)",
        ));
    };
    if !ops::callable(func) {
        return Err(PyErr::type_error("the first argument must be callable"));
    }
    let kwargs = if a.kwnames.is_empty() {
        Value::NONE
    } else {
        let d = DictData::new_value();
        let dd = d.downcast::<DictData>().expect("a new dict");
        for (k, v) in a.kwnames.iter().zip(a.kwvals) {
            dd.set(k.clone(), v.clone())?;
        }
        d
    };
    CALLBACKS.with(|c| {
        c.borrow_mut().push(Callback {
            func: func.clone(),
            args: a.pos[1..].to_vec(),
            kwargs,
        })
    });
    Ok(func.clone())
}

/// `unregister(func, /)`: removes every registration of `func` (compared with `==`).
fn atexit_unregister(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).no_kwargs("unregister")?;
    Args::new(args, kw).arity("unregister", 1, 1)?;
    let funcs: Vec<Value> =
        CALLBACKS.with(|c| c.borrow().iter().map(|cb| cb.func.clone()).collect());
    let mut drop_at = Vec::new();
    for (i, f) in funcs.iter().enumerate() {
        if ops::eq_bool(f, &args[0])? {
            drop_at.push(i);
        }
    }
    CALLBACKS.with(|c| {
        let mut c = c.borrow_mut();
        for i in drop_at.into_iter().rev() {
            if i < c.len() {
                c.remove(i);
            }
        }
    });
    Ok(Value::NONE)
}

/// Runs and clears the registered functions, last registered first.
pub fn run_exitfuncs() {
    loop {
        let Some(cb) = CALLBACKS.with(|c| c.borrow_mut().pop()) else {
            break;
        };
        let r = if cb.kwargs.is_none() {
            ops::call(&cb.func, &cb.args, &[])
        } else {
            let d = cb.kwargs.downcast::<DictData>().expect("kwargs are a dict");
            let mut all = cb.args.clone();
            let mut names = Vec::new();
            for (k, v) in d.items() {
                all.push(v);
                names.push(k);
            }
            ops::call(&cb.func, &all, &names)
        };
        if let Err(e) = r {
            crate::modules::sys::write_unraisable(
                &e,
                "Exception ignored in atexit callback",
                &cb.func,
            );
        }
    }
}

fn atexit_run_exitfuncs(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("_run_exitfuncs", 0, 0)?;
    run_exitfuncs();
    Ok(Value::NONE)
}

fn atexit_clear(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("_clear", 0, 0)?;
    let old = CALLBACKS.with(|c| std::mem::take(&mut *c.borrow_mut()));
    drop(old);
    Ok(Value::NONE)
}

fn atexit_ncallbacks(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("_ncallbacks", 0, 0)?;
    Ok(new_int(CALLBACKS.with(|c| c.borrow().len()) as i64))
}
