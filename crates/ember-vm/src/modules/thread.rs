//! `_thread`: locks, thread identity and thread-local data for Python code running on
//! one thread (the logic is in `py/_thread.py`; this file gives it the clock and the
//! process's identity).

use super::frozen;
use crate::error::{PyErr, PyResult};
use crate::objects::int::new_int;
use crate::objects::str::StrData;
use crate::types::args::Args;
use crate::value::Value;

pub fn create() -> Value {
    let m = frozen::create(
        "_thread",
        include_str!("py/_thread.py"),
        &[("_sleep", sleep), ("_native_id", native_id)],
    );
    if let Some(md) = m.downcast::<crate::objects::module::ModuleData>() {
        // The main thread's identity: stable for the process, like CPython's pthread id.
        let ident = (std::process::id() as i64) << 12 | 0x7f0;
        md.dict()
            .set_str(&StrData::intern_static("_MAIN_IDENT"), new_int(ident));
    }
    m
}

fn sleep(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("sleep", 1, 1)?;
    let secs = crate::types::float::to_f64(&args[0])?;
    if secs.is_finite() && secs > 0.0 {
        std::thread::sleep(std::time::Duration::from_secs_f64(secs.min(1e9)));
    } else if secs.is_nan() {
        return Err(PyErr::value_error("Invalid value NaN (not a number)"));
    }
    crate::interp::signals::run_pending()?;
    Ok(Value::NONE)
}

fn native_id(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("get_native_id", 0, 0)?;
    // SAFETY: gettid has no preconditions.
    Ok(new_int(unsafe { libc::gettid() } as i64))
}
