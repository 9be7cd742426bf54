//! The `ember` module: Ember-specific introspection. `ember.stats()` returns the
//! interpreter's counters as a dict (coroutine objects created, eager awaits).

use crate::error::PyResult;
use crate::objects::dict::DictData;
use crate::objects::int::new_int;
use crate::objects::module::{new_module, ModuleData};
use crate::objects::native::{new_native, Binding};
use crate::objects::str::StrData;
use crate::types::args::Args;
use crate::value::Value;

/// A new `ember` module.
pub fn create() -> Value {
    let m = new_module("ember");
    let md = m.downcast::<ModuleData>().expect("module");
    md.dict().set_str(
        &StrData::intern_static("stats"),
        new_native("stats", ember_stats, Binding::Function, Value::NONE),
    );
    m
}

fn ember_stats(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("stats", 0, 0)?;
    let d = DictData::new_value();
    let dd = d.downcast::<DictData>().expect("new dict");
    for (name, n) in crate::interp::coroutine::stats() {
        dd.set_str(&StrData::intern(name), new_int(n as i64));
    }
    Ok(d)
}
