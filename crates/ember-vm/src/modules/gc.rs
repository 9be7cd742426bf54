//! The `gc` module. Ember frees objects by reference counting and has no cycle
//! collector yet, so `collect()` finds nothing (0) but still calls `gc.callbacks`;
//! the switches, thresholds and debug flags are kept and reported back, and
//! `is_tracked` answers as CPython's collector would track the object.

use crate::error::{PyErr, PyResult};
use crate::object::Kind;
use crate::objects::dict::DictData;
use crate::objects::int::new_int;
use crate::objects::list::new_list;
use crate::objects::module::{new_module, ModuleData};
use crate::objects::str::{new_str, StrData};
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::ops;
use crate::types::args::Args;
use crate::value::Value;
use std::cell::{Cell, RefCell};

thread_local! {
    static ENABLED: Cell<bool> = const { Cell::new(true) };
    static DEBUG: Cell<i64> = const { Cell::new(0) };
    static THRESHOLD: Cell<[i64; 3]> = const { Cell::new([700, 10, 10]) };
    static CALLBACKS: RefCell<Option<Value>> = const { RefCell::new(None) };
    static COLLECTIONS: Cell<[i64; 3]> = const { Cell::new([0, 0, 0]) };
}

const DEBUG_FLAGS: &[(&str, i64)] = &[
    ("DEBUG_STATS", 1),
    ("DEBUG_COLLECTABLE", 2),
    ("DEBUG_UNCOLLECTABLE", 4),
    ("DEBUG_SAVEALL", 32),
    ("DEBUG_LEAK", 38),
];

/// A new `gc` module.
pub fn create() -> Value {
    let m = new_module("gc");
    let md = m.downcast::<ModuleData>().expect("a new module");
    let set = |n: &str, v: Value| md.dict().set_str(&StrData::intern(n), v);
    for (n, v) in DEBUG_FLAGS {
        set(n, new_int(*v));
    }
    set("garbage", new_list(Vec::new()));
    let callbacks = new_list(Vec::new());
    CALLBACKS.with(|c| *c.borrow_mut() = Some(callbacks.clone()));
    set("callbacks", callbacks);
    let f = |n, fun| crate::modules::add_function(md, n, fun);
    f("collect", gc_collect);
    f("enable", gc_enable);
    f("disable", gc_disable);
    f("isenabled", gc_isenabled);
    f("get_count", gc_get_count);
    f("get_threshold", gc_get_threshold);
    f("set_threshold", gc_set_threshold);
    f("get_debug", gc_get_debug);
    f("set_debug", gc_set_debug);
    f("get_objects", gc_get_objects);
    f("get_referrers", gc_get_referrers);
    f("get_referents", gc_get_referents);
    f("get_stats", gc_get_stats);
    f("is_tracked", gc_is_tracked);
    f("is_finalized", gc_is_finalized);
    f("freeze", gc_freeze);
    f("unfreeze", gc_unfreeze);
    f("get_freeze_count", gc_get_freeze_count);
    m
}

fn info_dict(generation: i64) -> PyResult<Value> {
    let d = DictData::new_value();
    let dd = d.downcast::<DictData>().expect("a new dict");
    dd.set(new_str("generation"), new_int(generation))?;
    dd.set(new_str("collected"), new_int(0))?;
    dd.set(new_str("uncollectable"), new_int(0))?;
    Ok(d)
}

/// Calls each of `gc.callbacks` with `(phase, info)`.
fn run_callbacks(phase: &str, generation: i64) -> PyResult<()> {
    let Some(list) = CALLBACKS.with(|c| c.borrow().clone()) else {
        return Ok(());
    };
    let info = info_dict(generation)?;
    for cb in ops::collect(&list)? {
        if let Err(e) = ops::call(&cb, &[new_str(phase), info.clone()], &[]) {
            crate::modules::sys::write_unraisable(
                &e,
                "Exception ignored in garbage collector callback",
                &cb,
            );
        }
    }
    Ok(())
}

/// `collect(generation=2)`: the number of unreachable objects found (always 0).
fn gc_collect(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = crate::modules::posix::Params {
        fname: "collect",
        names: &["generation"],
        npos: 1,
        required: 0,
    };
    let a = p.parse(args, kw)?;
    let generation = match a[0] {
        Some(g) => crate::modules::posix::c_int(g)? as i64,
        None => 2,
    };
    if !(0..=2).contains(&generation) {
        return Err(PyErr::value_error("invalid generation"));
    }
    run_callbacks("start", generation)?;
    COLLECTIONS.with(|c| {
        let mut v = c.get();
        v[generation as usize] += 1;
        c.set(v);
    });
    run_callbacks("stop", generation)?;
    Ok(new_int(0))
}

fn gc_enable(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::modules::no_args("gc.enable", args, kw)?;
    ENABLED.with(|e| e.set(true));
    Ok(Value::NONE)
}

fn gc_disable(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::modules::no_args("gc.disable", args, kw)?;
    ENABLED.with(|e| e.set(false));
    Ok(Value::NONE)
}

fn gc_isenabled(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::modules::no_args("gc.isenabled", args, kw)?;
    Ok(Value::bool(ENABLED.with(Cell::get)))
}

fn gc_get_count(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::modules::no_args("gc.get_count", args, kw)?;
    Ok(new_tuple(vec![new_int(0), new_int(0), new_int(0)]))
}

fn gc_get_threshold(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::modules::no_args("gc.get_threshold", args, kw)?;
    let t = THRESHOLD.with(Cell::get);
    Ok(new_tuple(t.iter().map(|&n| new_int(n)).collect()))
}

/// `set_threshold(threshold0, [threshold1, [threshold2]])`.
fn gc_set_threshold(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.no_kwargs("set_threshold")?;
    let n = a.pos.len();
    if !(1..=3).contains(&n) {
        return Err(PyErr::type_error(format!(
            "set_threshold() takes at {} ({} given)",
            if n == 0 {
                "least 1 argument"
            } else {
                "most 3 arguments"
            },
            n
        )));
    }
    let mut t = THRESHOLD.with(Cell::get);
    for (i, v) in a.pos.iter().enumerate() {
        t[i] = crate::modules::posix::c_int(v)? as i64;
    }
    THRESHOLD.with(|c| c.set(t));
    Ok(Value::NONE)
}

fn gc_get_debug(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::modules::no_args("gc.get_debug", args, kw)?;
    Ok(new_int(DEBUG.with(Cell::get)))
}

fn gc_set_debug(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = crate::modules::posix::Params {
        fname: "set_debug",
        names: &["flags"],
        npos: 1,
        required: 1,
    };
    let a = p.parse(args, kw)?;
    let flags = crate::modules::posix::c_int(a[0].expect("required"))? as i64;
    DEBUG.with(|d| d.set(flags));
    Ok(Value::NONE)
}

/// `get_objects(generation=None)`: Ember keeps no list of tracked objects.
fn gc_get_objects(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = crate::modules::posix::Params {
        fname: "get_objects",
        names: &["generation"],
        npos: 1,
        required: 0,
    };
    let a = p.parse(args, kw)?;
    if let Some(g) = a[0].filter(|g| !g.is_none()) {
        let g = crate::modules::posix::int_arg(g)?;
        if g >= 3 {
            return Err(PyErr::value_error(
                "generation parameter must be less than the number of available generations (3)",
            ));
        }
        if g < 0 {
            return Err(PyErr::value_error(
                "generation parameter cannot be negative",
            ));
        }
    }
    Ok(new_list(Vec::new()))
}

fn gc_get_referrers(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_list(Vec::new()))
}

/// `get_referents(*objs)`: the items of containers in the order CPython's traversal
/// visits them (lists and tuples from the end; each dict value, then its key unless
/// all keys are strs; a set's items), nothing for other objects.
fn gc_get_referents(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).no_kwargs("get_referents")?;
    let mut out = Vec::new();
    for o in args {
        match o.kind() {
            Some(Kind::List | Kind::Tuple) => out.extend(ops::collect(o)?.into_iter().rev()),
            Some(Kind::Set) => out.extend(ops::collect(o)?),
            Some(Kind::Dict) => {
                let items = o.downcast::<DictData>().expect("kind").items();
                let str_keys = items.iter().all(|(k, _)| k.kind() == Some(Kind::Str));
                for (k, v) in items {
                    out.push(v);
                    if !str_keys {
                        out.push(k);
                    }
                }
            }
            _ => {}
        }
    }
    Ok(new_list(out))
}

fn gc_get_stats(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::modules::no_args("gc.get_stats", args, kw)?;
    let c = COLLECTIONS.with(Cell::get);
    let mut out = Vec::new();
    for n in c {
        let d = DictData::new_value();
        let dd = d.downcast::<DictData>().expect("a new dict");
        dd.set(new_str("collections"), new_int(n))?;
        dd.set(new_str("collected"), new_int(0))?;
        dd.set(new_str("uncollectable"), new_int(0))?;
        out.push(d);
    }
    Ok(new_list(out))
}

/// Whether CPython's collector would track `v`: not atoms (numbers, strings, bytes,
/// None), not the empty tuple, not a dict holding only untracked objects, not a bare
/// `object()`; every other object.
fn tracked(v: &Value) -> bool {
    match v.kind() {
        None => false,
        Some(
            Kind::BigInt
            | Kind::Float
            | Kind::Complex
            | Kind::Str
            | Kind::Bytes
            | Kind::Range
            | Kind::Slice,
        ) => false,
        Some(Kind::Tuple) => as_tuple(v).is_some_and(|t| !t.is_empty()),
        Some(Kind::Dict) => v
            .downcast::<DictData>()
            .expect("kind")
            .items()
            .iter()
            .any(|(k, x)| tracked(k) || tracked(x)),
        Some(Kind::Instance) => !crate::objects::typeobj::type_of(v).is(&crate::vm::types().object),
        _ => true,
    }
}

fn gc_is_tracked(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.no_kwargs("is_tracked")?;
    if a.pos.len() != 1 {
        return Err(PyErr::type_error(format!(
            "gc.is_tracked() takes exactly one argument ({} given)",
            a.pos.len()
        )));
    }
    Ok(Value::bool(tracked(&args[0])))
}

fn gc_is_finalized(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.no_kwargs("is_finalized")?;
    if a.pos.len() != 1 {
        return Err(PyErr::type_error(format!(
            "gc.is_finalized() takes exactly one argument ({} given)",
            a.pos.len()
        )));
    }
    Ok(Value::FALSE)
}

fn gc_freeze(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::modules::no_args("gc.freeze", args, kw)?;
    Ok(Value::NONE)
}

fn gc_unfreeze(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::modules::no_args("gc.unfreeze", args, kw)?;
    Ok(Value::NONE)
}

fn gc_get_freeze_count(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::modules::no_args("gc.get_freeze_count", args, kw)?;
    Ok(new_int(0))
}
