//! `_weakref`: weak references (`ref`, `getweakrefcount`, `getweakrefs`,
//! `_remove_dead_weakref`).
//!
//! A weak reference is an instance of `weakref.ReferenceType` (or a subclass) whose
//! `builtin_value` is the tuple `(address or None, callback)`: the address of the
//! referent, uncounted. Every referent is flagged `WEAKREFS` in its header, and a
//! thread-local registry maps its address to the reference objects made for it
//! (counted). When the referent is freed, `object::dealloc` calls `clear_weakrefs`
//! before freeing it: each reference's address becomes None, and the callback of each
//! reference that someone other than the registry still holds is called with it, as
//! CPython's `handle_weakrefs` does. Objects never weakly referenced pay nothing: the
//! flag is clear.

use crate::error::{PyErr, PyResult};
use crate::object::{header_flag, Kind};
use crate::objects::instance::{new_instance, InstanceData};
use crate::objects::int::{new_int, to_i64};
use crate::objects::list::new_list;
use crate::objects::module::{new_module, ModuleData};
use crate::objects::native::{new_native, Binding, NativeFn};
use crate::objects::str::{new_string, StrData};
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::objects::typeobj::{is_subclass, type_data, type_name, type_of};
use crate::ops;
use crate::types::args::Args;
use crate::value::Value;
use crate::vm::types;
use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    /// Referent address -> the reference objects made for it (counted).
    static REGISTRY: RefCell<HashMap<usize, Vec<Value>>> = RefCell::new(HashMap::new());
}

pub fn create() -> Value {
    let m = new_module("_weakref");
    let md = m.downcast::<ModuleData>().expect("module");
    let d = md.dict();
    let t = types();
    for (name, f) in [
        ("getweakrefcount", getweakrefcount as NativeFn),
        ("getweakrefs", getweakrefs),
        ("_remove_dead_weakref", remove_dead_weakref),
    ] {
        d.set_str(
            &StrData::intern_static(name),
            new_native(name, f, Binding::Function, Value::NONE),
        );
    }
    d.set_str(&StrData::intern_static("ref"), t.weakref.clone());
    d.set_str(&StrData::intern_static("ReferenceType"), t.weakref.clone());
    d.set_str(&StrData::intern_static("ProxyType"), t.weakproxy.clone());
    d.set_str(
        &StrData::intern_static("CallableProxyType"),
        t.weakcallableproxy.clone(),
    );
    d.set_str(
        &StrData::intern_static("proxy"),
        new_native("proxy", proxy, Binding::Function, Value::NONE),
    );
    m
}

/// Fills `weakref.ReferenceType`'s namespace (start-up).
pub fn install(ty: &Value) {
    crate::types::add_staticmethod(ty, "__new__", ref_new);
    crate::types::add_method(ty, "__init__", ref_init);
    crate::types::add_method(ty, "__call__", ref_call);
    crate::types::add_method(ty, "__repr__", ref_repr);
    crate::types::add_method(ty, "__hash__", ref_hash);
    crate::types::add_method(ty, "__eq__", ref_eq);
    crate::types::add_method(ty, "__ne__", ref_ne);
    crate::types::add_classmethod(
        ty,
        "__class_getitem__",
        crate::modules::generic::class_getitem,
    );
    crate::types::add_attr(ty, "__module__", StrData::intern_static("weakref"));
    crate::types::add_attr(ty, "__callback__", Value::NONE);
}

/// True when objects like `v` accept weak references (CPython's `tp_weaklistoffset`).
fn supports_weakref(v: &Value) -> bool {
    let Some(kind) = v.kind() else {
        return false;
    };
    let ty = type_of(v);
    let td = type_data(ty);
    match kind {
        Kind::Instance => {
            if td.builtin {
                return ty.is(&types().weakref);
            }
            if is_subclass(ty, &types().base_exception) {
                return true;
            }
            td.has_instance_dict
                || td.lookup(&StrData::intern_static("__weakref__")).is_some()
                || td.nslots.get() == 0
        }
        Kind::Set | Kind::Type | Kind::Function | Kind::BoundMethod | Kind::Code => true,
        Kind::Module | Kind::Generator | Kind::Property | Kind::NativeFunction => true,
        // Subclasses of the other built-ins get `__weakref__` unless `__slots__` say no.
        _ => !td.builtin && (td.has_instance_dict || td.nslots.get() > 0),
    }
}

/// `(address or None, callback)` of a reference object.
fn parts(r: &Value) -> PyResult<(Option<usize>, Value)> {
    let pair = r
        .downcast::<InstanceData>()
        .map(|i| i.builtin_value.get())
        .filter(|p| !p.is_unbound())
        .ok_or_else(|| PyErr::type_error("descriptor requires a 'weakref.ReferenceType' object"))?;
    let items = as_tuple(&pair).expect("a weak reference holds (address, callback)");
    Ok((to_i64(&items[0]).map(|a| a as usize), items[1].clone()))
}

/// Fills the namespaces of `weakref.ProxyType` and `weakref.CallableProxyType`: each
/// operation is the referent's, or ReferenceError once it died.
pub fn install_proxies(t: &crate::vm::BuiltinTypes) {
    for ty in [&t.weakproxy, &t.weakcallableproxy] {
        crate::types::add_method(ty, "__getattr__", proxy_getattr);
        crate::types::add_method(ty, "__repr__", proxy_repr);
        crate::types::add_method(ty, "__str__", proxy_str);
        crate::types::add_method(ty, "__len__", proxy_len);
        crate::types::add_method(ty, "__getitem__", proxy_getitem);
        crate::types::add_method(ty, "__contains__", proxy_contains);
        crate::types::add_method(ty, "__iter__", proxy_iter);
        crate::types::add_method(ty, "__bool__", proxy_bool);
        crate::types::add_method(ty, "__eq__", proxy_eq);
        crate::types::add_attr(ty, "__hash__", Value::NONE);
        crate::types::add_attr(ty, "__module__", StrData::intern_static("weakref"));
    }
    crate::types::add_method(&t.weakcallableproxy, "__call__", proxy_call);
}

/// `proxy(obj, callback=None)`.
fn proxy(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("proxy", 1, 2)?;
    let obj = &a.pos[0];
    let callable = ops::callable(obj);
    let ty = if callable {
        &types().weakcallableproxy
    } else {
        &types().weakproxy
    };
    let mut ra = vec![ty.clone(), obj.clone()];
    ra.extend(a.pos.get(1).cloned());
    let w = ref_new_in(&ra, &types().weakref, false)?;
    Ok(w)
}

/// A plain weak reference to `obj` (shared, as `ref(obj)` is).
pub fn new_ref(obj: &Value) -> PyResult<Value> {
    let t = &types().weakref;
    ref_new_in(&[t.clone(), obj.clone()], t, true)
}

/// The live referent of a proxy, or ReferenceError.
pub fn proxy_target(p: &Value) -> PyResult<Value> {
    referent(p)?.ok_or_else(|| {
        PyErr::new(
            &types().reference_error,
            "weakly-referenced object no longer exists",
        )
    })
}

fn proxy_getattr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ops::getattr(&proxy_target(&args[0])?, &args[1])
}
fn proxy_repr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = proxy_target(&args[0])?;
    Ok(new_string(format!(
        "<weakproxy at {:#x}; to '{}' at {:#x}>",
        args[0].id(),
        type_data(type_of(&o)).name(),
        o.id()
    )))
}
fn proxy_str(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ops::str_value(&proxy_target(&args[0])?)
}
fn proxy_len(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_int(ops::len(&proxy_target(&args[0])?)? as i64))
}
fn proxy_getitem(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ops::getitem(&proxy_target(&args[0])?, &args[1])
}
fn proxy_contains(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::bool(ops::contains(
        &proxy_target(&args[0])?,
        &args[1],
    )?))
}
fn proxy_iter(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ops::get_iter(&proxy_target(&args[0])?)
}
fn proxy_bool(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::bool(ops::is_true(&proxy_target(&args[0])?)?))
}
fn proxy_eq(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let other = match referent(&args[1]) {
        Ok(Some(o)) if is_proxy(&args[1]) => o,
        _ => args[1].clone(),
    };
    ops::richcompare(&proxy_target(&args[0])?, &other, ember_bytecode::CmpOp::Eq)
}
fn proxy_call(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    ops::call(&proxy_target(&args[0])?, &args[1..], kw)
}

/// Whether `v` is a weak proxy (`weakref.proxy(obj)`).
pub fn is_proxy(v: &Value) -> bool {
    let t = type_of(v);
    t.is(&types().weakproxy) || t.is(&types().weakcallableproxy)
}

/// The referent of `r`, None when it died.
pub fn referent(r: &Value) -> PyResult<Option<Value>> {
    let (addr, _) = parts(r)?;
    Ok(addr.map(|a| {
        // SAFETY: a live address in a reference is that of a heap object not yet freed:
        // `clear_weakrefs` replaces it with None before the object is freed, and the
        // address is the object's id (its tagged word less the heap tag).
        let v = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(a | 1) });
        (*v).clone()
    }))
}

fn ref_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = crate::types::new_target(args, &types().weakref)?.clone();
    if !kw.is_empty() {
        return Err(PyErr::type_error("ref() takes no keyword arguments"));
    }
    ref_new_in(args, &cls, true)
}

/// A new reference (or proxy) of class `args[0]` to `args[1]` with callback `args[2]`;
/// `share` reuses an existing plain `ref` without callback.
fn ref_new_in(args: &[Value], cls: &Value, share: bool) -> PyResult<Value> {
    let cls = if share { cls.clone() } else { args[0].clone() };
    let kw: &[Value] = &[];
    let npos = args.len() - kw.len();
    if !(2..=3).contains(&npos) {
        return Err(PyErr::type_error(format!(
            "__new__ expected at most 2 arguments, got {}",
            npos.saturating_sub(1)
        )));
    }
    let obj = &args[1];
    let callback = args
        .get(2)
        .filter(|_| npos == 3)
        .cloned()
        .unwrap_or(Value::NONE);
    if !supports_weakref(obj) {
        return Err(PyErr::type_error(format!(
            "cannot create weak reference to '{}' object",
            type_name(obj)
        )));
    }
    let addr = obj.id();
    // A plain `ref(obj)` without callback is shared, as CPython shares it.
    if share && callback.is_none() && cls.is(&types().weakref) {
        let existing = REGISTRY.with(|r| {
            r.borrow().get(&addr).and_then(|refs| {
                refs.iter()
                    .find(|w| {
                        type_of(w).is(&types().weakref) && parts(w).is_ok_and(|p| p.1.is_none())
                    })
                    .cloned()
            })
        });
        if let Some(w) = existing {
            return Ok(w);
        }
    }
    let w = new_instance(&cls);
    if let Some(inst) = w.downcast::<InstanceData>() {
        inst.builtin_value
            .set(new_tuple(vec![new_int(addr as i64), callback]));
    }
    if let Some(h) = obj.header() {
        h.flags.set(h.flags.get() | header_flag::WEAKREFS);
    }
    REGISTRY.with(|r| r.borrow_mut().entry(addr).or_default().push(w.clone()));
    Ok(w)
}

fn ref_init(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn ref_call(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("weakref", 1, 1)?;
    Ok(referent(&args[0])?.unwrap_or(Value::NONE))
}

fn ref_repr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let me = args[0].id();
    Ok(new_string(match referent(&args[0])? {
        None => format!("<weakref at {me:#x}; dead>"),
        Some(o) => format!(
            "<weakref at {me:#x}; to '{}' at {:#x}>",
            type_data(type_of(&o)).name(),
            o.id()
        ),
    }))
}

fn ref_hash(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_int(ref_hash_value(&args[0])?))
}

/// `hash(r)`: the referent's hash.
pub fn ref_hash_value(r: &Value) -> PyResult<i64> {
    match referent(r)? {
        Some(o) => ops::hash(&o),
        None => Err(PyErr::type_error("weak object has gone away")),
    }
}

/// Two live references are equal when their referents are; otherwise only a
/// reference equals itself.
fn refs_equal(a: &Value, b: &Value) -> PyResult<Option<bool>> {
    if !crate::objects::typeobj::is_instance(b, &types().weakref) {
        return Ok(None);
    }
    match (referent(a)?, referent(b)?) {
        (Some(x), Some(y)) => Ok(Some(ops::eq_bool(&x, &y)?)),
        _ => Ok(Some(a.is(b))),
    }
}

fn ref_eq(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(refs_equal(&args[0], &args[1])?.map_or(Value::NOT_IMPLEMENTED, Value::bool))
}

fn ref_ne(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(refs_equal(&args[0], &args[1])?.map_or(Value::NOT_IMPLEMENTED, |e| Value::bool(!e)))
}

/// The references to `obj` that someone other than the registry holds.
fn live_refs(obj: &Value) -> Vec<Value> {
    if obj
        .header()
        .is_none_or(|h| h.flags.get() & header_flag::WEAKREFS == 0)
    {
        return Vec::new();
    }
    REGISTRY.with(|r| {
        r.borrow()
            .get(&obj.id())
            .map(|refs| {
                refs.iter()
                    .filter(|w| w.header().is_some_and(|h| h.refcount() > 1))
                    .cloned()
                    .collect()
            })
            .unwrap_or_default()
    })
}

fn getweakrefcount(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("getweakrefcount", 1, 1)?;
    Ok(new_int(live_refs(&args[0]).len() as i64))
}

fn getweakrefs(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("getweakrefs", 1, 1)?;
    Ok(new_list(live_refs(&args[0])))
}

/// `_remove_dead_weakref(dct, key)`: deletes `dct[key]` if it is a dead reference.
fn remove_dead_weakref(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("_remove_dead_weakref", 2, 2)?;
    let d = args[0]
        .downcast::<crate::objects::dict::DictData>()
        .ok_or_else(|| PyErr::type_error("_remove_dead_weakref() argument 1 must be dict"))?;
    if let Some(v) = d.get(&args[1])? {
        if crate::objects::typeobj::is_instance(&v, &types().weakref) && referent(&v)?.is_none() {
            d.remove(&args[1])?;
        }
    }
    Ok(Value::NONE)
}

/// Called by the deallocator for an object flagged `WEAKREFS`, before it is freed:
/// kills its references and calls their callbacks (errors are reported, not raised).
pub fn clear_weakrefs(addr: usize) {
    let Some(refs) = REGISTRY.with(|r| r.borrow_mut().remove(&addr)) else {
        return;
    };
    let mut to_call = Vec::new();
    for w in &refs {
        let Ok((_, callback)) = parts(w) else {
            continue;
        };
        if let Some(inst) = w.downcast::<InstanceData>() {
            inst.builtin_value
                .set(new_tuple(vec![Value::NONE, Value::NONE]));
        }
        // A reference nobody else holds is gone in CPython: its callback never runs.
        if !callback.is_none() && w.header().is_some_and(|h| h.refcount() > 1) {
            to_call.push((w.clone(), callback));
        }
    }
    drop(refs);
    for (w, callback) in to_call.into_iter().rev() {
        if let Err(e) = ops::call(&callback, std::slice::from_ref(&w), &[]) {
            report_unraisable(&e, &callback);
        }
    }
}

/// CPython's `PyErr_WriteUnraisable`: "Exception ignored in: <obj>" and the traceback,
/// on stderr.
pub fn report_unraisable(e: &PyErr, obj: &Value) {
    let what = ops::repr(obj).unwrap_or_else(|_| "<object repr() failed>".to_string());
    eprint!(
        "Exception ignored in: {what}\n{}",
        crate::run::format_exception(&e.exc)
    );
}
