//! The `_functools` module that CPython's `functools` imports: `partial`, `reduce`,
//! `cmp_to_key` (its `KeyWrapper` objects) and `_lru_cache_wrapper`. `partial` and the
//! cache wrapper are classes whose instances take attributes (`functools.wraps` sets
//! `__wrapped__` ...), with their Rust state in a `NativeStateData`.

use crate::error::{PyErr, PyResult};
use crate::object::Kind;
use crate::objects::dict::DictData;
use crate::objects::instance::InstanceData;
use crate::objects::int::new_int;
use crate::objects::module::{new_module, ModuleData};
use crate::objects::native_state::{expect_state, new_with_state, state_of};
use crate::objects::str::{as_str, new_string, StrData};
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::objects::typeobj::type_of;
use crate::ops;
use crate::slot::Slot;
use crate::types::args::{check_positional, Args, Params};
use crate::value::Value;
use crate::vm::types;
use ember_bytecode::CmpOp;
use std::cell::{Cell, RefCell};

use super::native_types::{add_getter, new_heap_class, new_native_type, registered};

/// A new `_functools` module.
pub fn create() -> Value {
    let m = new_module("_functools");
    let md = m.downcast::<ModuleData>().expect("module");
    let add = |name: &str, v: Value| md.dict().set_str(&StrData::intern(name), v);
    add("partial", partial_type());
    add("KeyWrapper", keywrapper_type());
    add("_lru_cache_wrapper", lru_type());
    for (name, f) in [
        ("reduce", reduce as crate::objects::native::NativeFn),
        ("cmp_to_key", cmp_to_key),
    ] {
        super::add_function(md, name, f);
    }
    m
}

thread_local! {
    static PARTIAL: RefCell<Option<Value>> = const { RefCell::new(None) };
    static LRU: RefCell<Option<Value>> = const { RefCell::new(None) };
}

// ---- partial ----

/// Slots, so that `__setstate__` can replace them in place.
struct Partial {
    func: Slot,
    /// A tuple.
    args: Slot,
    /// A dict.
    keywords: Slot,
}

const PARTIAL_NAME: &str = "functools.partial";

fn partial_type() -> Value {
    let ty = new_heap_class("functools", "partial", &types().object);
    let m = crate::types::add_method;
    crate::types::add_staticmethod(&ty, "__new__", partial_new);
    m(&ty, "__call__", partial_call);
    m(&ty, "__repr__", partial_repr);
    m(&ty, "__reduce__", partial_reduce);
    m(&ty, "__setstate__", partial_setstate);
    add_getter(&ty, "func", |a, _| Ok(part(&a[0], "func")?.func.get()));
    add_getter(&ty, "args", |a, _| Ok(part(&a[0], "args")?.args.get()));
    add_getter(&ty, "keywords", |a, _| {
        Ok(part(&a[0], "keywords")?.keywords.get())
    });
    PARTIAL.with(|p| *p.borrow_mut() = Some(ty.clone()));
    ty
}

fn part<'a>(v: &'a Value, method: &str) -> PyResult<&'a Partial> {
    expect_state::<Partial>(v, PARTIAL_NAME, method)
}

fn has_attrs(v: &Value) -> bool {
    v.downcast::<InstanceData>()
        .is_some_and(|i| !i.attr_names().is_empty())
}

fn partial_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let base = PARTIAL.with(|p| p.borrow().clone().expect("made with the module"));
    let cls = crate::types::new_target(args, &base)?;
    let a = Args::new(args, kw);
    if a.pos.len() < 2 {
        return Err(PyErr::type_error(
            "type 'partial' takes at least one argument",
        ));
    }
    let mut func = a.pos[1].clone();
    if !ops::callable(&func) {
        return Err(PyErr::type_error("the first argument must be callable"));
    }
    let mut pos: Vec<Value> = Vec::new();
    let keywords = DictData::new_value();
    let kd = keywords.downcast::<DictData>().expect("dict");
    // A partial of a partial (that uses partial's call and has no attributes) flattens.
    let inner_call = ops::lookup_special(&func, "__call__");
    let partial_call_fn = crate::objects::typeobj::type_data(&base)
        .dict()
        .get_str(&StrData::intern_static("__call__"));
    let flattens = match (inner_call, partial_call_fn) {
        (Some(a), Some(b)) => a.is(&b) && !has_attrs(&func),
        _ => false,
    };
    if flattens {
        if let Some(inner) = state_of::<Partial>(&func) {
            pos.extend_from_slice(as_tuple(&inner.args.get()).unwrap_or(&[]));
            kd.update_from(inner.keywords.get().downcast::<DictData>().expect("dict"))?;
            func = inner.func.get();
        }
    }
    pos.extend_from_slice(&a.pos[2..]);
    for (k, v) in kw.iter().zip(a.kwvals) {
        kd.set(k.clone(), v.clone())?;
    }
    Ok(new_with_state(
        cls,
        Partial {
            func: Slot::new(func),
            args: Slot::new(new_tuple(pos)),
            keywords: Slot::new(keywords),
        },
    ))
}

fn partial_call(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = part(&args[0], "__call__")?;
    let (func, stored, keywords) = (p.func.get(), p.args.get(), p.keywords.get());
    let a = Args::new(&args[1..], kw);
    let stored = as_tuple(&stored).unwrap_or(&[]);
    let kd = keywords.downcast::<DictData>().expect("dict");
    let mut all: Vec<Value> = Vec::with_capacity(stored.len() + args.len() + kd.len());
    all.extend_from_slice(stored);
    all.extend_from_slice(a.pos);
    if kd.is_empty() {
        all.extend_from_slice(a.kwvals);
        return ops::call(&func, &all, kw);
    }
    // The stored keywords, then the call's (which win).
    let merged = kd.copy();
    for (k, v) in kw.iter().zip(a.kwvals) {
        merged.set(k.clone(), v.clone())?;
    }
    let mut names = Vec::with_capacity(merged.len());
    for (k, v) in merged.items() {
        names.push(k);
        all.push(v);
    }
    ops::call(&func, &all, &names)
}

fn partial_repr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = &args[0];
    let p = part(v, "__repr__")?;
    let (func, stored, keywords) = (p.func.get(), p.args.get(), p.keywords.get());
    let text = ops::guarded(v, "...", || {
        let mut out = ops::repr(&func)?;
        for a in as_tuple(&stored).unwrap_or(&[]) {
            out.push_str(", ");
            out.push_str(&ops::repr(a)?);
        }
        for (k, val) in keywords.downcast::<DictData>().expect("dict").items() {
            out.push_str(&format!(
                ", {}={}",
                as_str(&k).unwrap_or("?"),
                ops::repr(&val)?
            ));
        }
        Ok(out)
    })?;
    if text == "..." {
        return Ok(new_string(text));
    }
    let base = PARTIAL.with(|b| b.borrow().clone());
    let name = if base.is_some_and(|b| type_of(v).is(&b)) {
        PARTIAL_NAME.to_string()
    } else {
        crate::objects::typeobj::type_data(type_of(v))
            .name()
            .to_string()
    };
    Ok(new_string(format!("{}({})", name, text)))
}

fn partial_reduce(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = part(&args[0], "__reduce__")?;
    let dict = if has_attrs(&args[0]) {
        args[0]
            .downcast::<InstanceData>()
            .expect("an instance")
            .dict()
    } else {
        Value::NONE
    };
    let keywords = p.keywords.get();
    let kw = if keywords.downcast::<DictData>().expect("dict").is_empty() {
        Value::NONE
    } else {
        keywords
    };
    Ok(new_tuple(vec![
        type_of(&args[0]).clone(),
        new_tuple(vec![p.func.get()]),
        new_tuple(vec![p.func.get(), p.args.get(), kw, dict]),
    ]))
}

fn partial_setstate(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__setstate__", 2, 2)?;
    let p = part(&args[0], "__setstate__")?;
    let state = as_tuple(&args[1])
        .filter(|t| t.len() == 4)
        .ok_or_else(|| PyErr::type_error("invalid partial state"))?;
    let keywords = if state[2].is_none() {
        DictData::new_value()
    } else {
        state[2].clone()
    };
    p.func.set(state[0].clone());
    p.args
        .set(new_tuple(as_tuple(&state[1]).unwrap_or(&[]).to_vec()));
    p.keywords.set(keywords);
    if !state[3].is_none() {
        if let Some(inst) = args[0].downcast::<InstanceData>() {
            inst.set_dict(state[3].clone());
        }
    }
    Ok(Value::NONE)
}

// ---- reduce ----

fn reduce(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).no_kwargs("reduce")?;
    check_positional("reduce", args.len(), 2, 3)?;
    let func = &args[0];
    let it = match ops::get_iter(&args[1]) {
        Ok(it) => it,
        Err(e) if e.matches(&types().type_error) => {
            return Err(PyErr::type_error("reduce() arg 2 must support iteration"))
        }
        Err(e) => return Err(e),
    };
    let mut acc = args.get(2).cloned();
    while let Some(x) = ops::next(&it)? {
        acc = Some(match acc {
            None => x,
            Some(a) => ops::call(func, &[a, x], &[])?,
        });
    }
    acc.ok_or_else(|| PyErr::type_error("reduce() of empty iterable with no initial value"))
}

// ---- cmp_to_key ----

struct KeyWrapper {
    cmp: Value,
    obj: Option<Value>,
}

const KEYWRAPPER: &str = "functools.KeyWrapper";

fn keywrapper_type() -> Value {
    let ty = new_native_type("functools", "KeyWrapper", Kind::Instance, false);
    let m = crate::types::add_method;
    m(&ty, "__call__", keywrapper_call);
    m(&ty, "__lt__", |a, _| key_compare(a, CmpOp::Lt));
    m(&ty, "__le__", |a, _| key_compare(a, CmpOp::Le));
    m(&ty, "__eq__", |a, _| key_compare(a, CmpOp::Eq));
    m(&ty, "__ne__", |a, _| key_compare(a, CmpOp::Ne));
    m(&ty, "__gt__", |a, _| key_compare(a, CmpOp::Gt));
    m(&ty, "__ge__", |a, _| key_compare(a, CmpOp::Ge));
    crate::types::add_attr(&ty, "__hash__", Value::NONE);
    add_getter(&ty, "obj", |a, _| {
        let k = expect_state::<KeyWrapper>(&a[0], KEYWRAPPER, "obj")?;
        Ok(k.obj.clone().unwrap_or(Value::NONE))
    });
    ty
}

fn cmp_to_key(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = Params {
        fname: "cmp_to_key",
        names: &["mycmp"],
        posonly: 0,
        maxpos: 1,
        required: 1,
    }
    .parse(args, kw)?;
    Ok(new_with_state(
        &registered(KEYWRAPPER),
        KeyWrapper {
            cmp: p[0].clone().expect("required"),
            obj: None,
        },
    ))
}

fn keywrapper_call(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let k = expect_state::<KeyWrapper>(&args[0], KEYWRAPPER, "__call__")?;
    let p = Params {
        fname: "K",
        names: &["obj"],
        posonly: 0,
        maxpos: 1,
        required: 1,
    }
    .parse(&args[1..], kw)?;
    Ok(new_with_state(
        type_of(&args[0]),
        KeyWrapper {
            cmp: k.cmp.clone(),
            obj: p[0].clone(),
        },
    ))
}

fn key_compare(args: &[Value], op: CmpOp) -> PyResult<Value> {
    let a = expect_state::<KeyWrapper>(&args[0], KEYWRAPPER, "__lt__")?;
    let Some(b) = args.get(1).and_then(state_of::<KeyWrapper>) else {
        return Err(PyErr::type_error("other argument must be K instance"));
    };
    let (Some(x), Some(y)) = (&a.obj, &b.obj) else {
        return Err(PyErr::attribute_error("object"));
    };
    let r = ops::call(&a.cmp, &[x.clone(), y.clone()], &[])?;
    ops::richcompare(&r, &Value::small_int(0), op)
}

// ---- _lru_cache_wrapper ----

struct LruCache {
    func: Value,
    /// None: unbounded.
    maxsize: Option<usize>,
    typed: bool,
    info_type: Value,
    /// key -> result, oldest first (a hit moves its key to the end).
    cache: Value,
    hits: Cell<u64>,
    misses: Cell<u64>,
    kwd_mark: Value,
}

const LRU_NAME: &str = "functools._lru_cache_wrapper";

fn lru_type() -> Value {
    let ty = new_heap_class("functools", "_lru_cache_wrapper", &types().object);
    let m = crate::types::add_method;
    crate::types::add_staticmethod(&ty, "__new__", lru_new);
    m(&ty, "__call__", lru_call);
    m(&ty, "__get__", lru_get);
    m(&ty, "cache_info", lru_cache_info);
    m(&ty, "cache_clear", lru_cache_clear);
    m(&ty, "__copy__", |a, _| Ok(a[0].clone()));
    m(&ty, "__deepcopy__", |a, _| Ok(a[0].clone()));
    m(&ty, "__reduce__", |a, _| {
        ops::getattr(&a[0], &StrData::intern_static("__qualname__"))
    });
    LRU.with(|l| *l.borrow_mut() = Some(ty.clone()));
    ty
}

fn lru<'a>(v: &'a Value, method: &str) -> PyResult<&'a LruCache> {
    expect_state::<LruCache>(v, LRU_NAME, method)
}

fn lru_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let base = LRU.with(|l| l.borrow().clone().expect("made with the module"));
    let cls = crate::types::new_target(args, &base)?;
    let p = Params {
        fname: "_lru_cache_wrapper",
        names: &["user_function", "maxsize", "typed", "cache_info_type"],
        posonly: 0,
        maxpos: 4,
        required: 4,
    }
    .parse(&args[1..], kw)?;
    let func = p[0].clone().expect("required");
    if !ops::callable(&func) {
        return Err(PyErr::type_error("the first argument must be callable"));
    }
    let maxsize_v = p[1].clone().expect("required");
    let maxsize = if maxsize_v.is_none() {
        None
    } else if crate::objects::int::is_int(&maxsize_v) {
        let n = crate::types::args::as_ssize_clipped(&maxsize_v)?.unwrap_or(0);
        Some(n.max(0) as usize)
    } else {
        return Err(PyErr::type_error("maxsize should be integer or None"));
    };
    let typed = ops::is_true(p[2].as_ref().expect("required"))?;
    Ok(new_with_state(
        cls,
        LruCache {
            func,
            maxsize,
            typed,
            info_type: p[3].clone().expect("required"),
            cache: DictData::new_value(),
            hits: Cell::new(0),
            misses: Cell::new(0),
            kwd_mark: crate::objects::instance::new_instance(&types().object),
        },
    ))
}

/// CPython's `lru_cache_make_key`.
fn make_key(c: &LruCache, pos: &[Value], kwnames: &[Value], kwvals: &[Value]) -> Value {
    if !c.typed && kwnames.is_empty() {
        if let [one] = pos {
            let t = type_of(one);
            if t.is(&types().int) || t.is(&types().str) {
                return one.clone();
            }
        }
        return new_tuple(pos.to_vec());
    }
    let mut key: Vec<Value> = pos.to_vec();
    if !kwnames.is_empty() {
        key.push(c.kwd_mark.clone());
        for (k, v) in kwnames.iter().zip(kwvals) {
            key.push(k.clone());
            key.push(v.clone());
        }
    }
    if c.typed {
        key.extend(pos.iter().map(|v| type_of(v).clone()));
        key.extend(kwvals.iter().map(|v| type_of(v).clone()));
    }
    new_tuple(key)
}

fn lru_call(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let c = lru(&args[0], "__call__")?;
    let a = Args::new(&args[1..], kw);
    if c.maxsize == Some(0) {
        c.misses.set(c.misses.get() + 1);
        return ops::call(&c.func, &args[1..], kw);
    }
    let key = make_key(c, a.pos, kw, a.kwvals);
    let cache = c.cache.downcast::<DictData>().expect("dict");
    if let Some(v) = cache.get(&key)? {
        c.hits.set(c.hits.get() + 1);
        if c.maxsize.is_some() {
            // Most recently used goes last.
            if cache.remove(&key)?.is_some() {
                cache.set(key, v.clone())?;
            }
        }
        return Ok(v);
    }
    c.misses.set(c.misses.get() + 1);
    let result = ops::call(&c.func, &args[1..], kw)?;
    if cache.get(&key)?.is_some() {
        // The call itself cached this key (recursion): keep that entry.
        return Ok(result);
    }
    if let Some(m) = c.maxsize {
        while cache.len() >= m {
            let Some((_, oldest, _)) = cache.next_entry(0) else {
                break;
            };
            cache.remove(&oldest)?;
        }
    }
    cache.set(key, result.clone())?;
    Ok(result)
}

fn lru_get(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__get__", 2, 3)?;
    if args[1].is_none() {
        return Ok(args[0].clone());
    }
    Ok(crate::objects::function::new_bound_method(
        args[0].clone(),
        args[1].clone(),
    ))
}

fn lru_cache_info(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = lru(&args[0], "cache_info")?;
    let size = c.cache.downcast::<DictData>().expect("dict").len();
    let maxsize = c.maxsize.map_or(Value::NONE, |m| new_int(m as i64));
    ops::call(
        &c.info_type,
        &[
            new_int(c.hits.get() as i64),
            new_int(c.misses.get() as i64),
            maxsize,
            new_int(size as i64),
        ],
        &[],
    )
}

fn lru_cache_clear(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = lru(&args[0], "cache_clear")?;
    c.hits.set(0);
    c.misses.set(0);
    let old = c.cache.downcast::<DictData>().expect("dict").copy();
    c.cache.downcast::<DictData>().expect("dict").clear();
    drop(old);
    Ok(Value::NONE)
}
