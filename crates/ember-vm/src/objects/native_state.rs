//! The Rust state of instances of native classes written as instances (the `_io`
//! streams). Such a class has the `Instance` layout, so Python subclasses get an
//! instance dict and `__slots__` as for any class; the instance's `builtin_value` slot
//! holds one `NativeStateData`, set by the class's `__new__` and never replaced, whose
//! boxed state the native methods borrow. The state's own `Drop` is the finaliser
//! (a file flushes its buffer and closes its descriptor when its last reference goes).

use crate::error::{PyErr, PyResult};
use crate::object::{alloc, Kind, Payload};
use crate::objects::instance::InstanceData;
use crate::value::Value;
use std::any::Any;
use std::cell::{RefCell, RefMut};

pub struct NativeStateData {
    pub state: RefCell<Box<dyn Any>>,
}

impl Payload for NativeStateData {
    const KIND: Kind = Kind::NativeState;
}

/// A state object holding `state` (never visible to Python code).
pub fn new_native_state<T: Any>(state: T) -> Value {
    alloc(
        &crate::vm::types().object,
        NativeStateData {
            state: RefCell::new(Box::new(state)),
        },
    )
}

/// The state object of instance `obj`, when it has one.
#[inline]
pub fn state_object(obj: &Value) -> Option<Value> {
    let inst = obj.downcast::<InstanceData>()?;
    let s = inst.builtin_value.get();
    (s.kind() == Some(Kind::NativeState)).then_some(s)
}

/// Borrows the state of type `T` held by state object `s`: None when it holds another
/// type; RuntimeError on a re-entrant borrow (a method of the object called from Python
/// code that the same object's method is running).
#[inline]
pub fn borrow_state<T: Any>(s: &Value) -> PyResult<Option<RefMut<'_, T>>> {
    let Some(d) = s.downcast::<NativeStateData>() else {
        return Ok(None);
    };
    let b = d.state.try_borrow_mut().map_err(|_| reentrant_call())?;
    if !b.is::<T>() {
        return Ok(None);
    }
    Ok(Some(RefMut::map(b, |b| {
        b.downcast_mut::<T>().expect("checked by `is` above")
    })))
}

/// The RuntimeError of a re-entrant borrow.
#[cold]
pub fn reentrant_call() -> PyErr {
    PyErr::runtime_error("reentrant call inside native I/O object")
}

/// A new instance of `cls` holding `state`, for the objects of native modules whose
/// state keeps its own interior mutability (`Cell`, `RefCell`, `Slot` fields) and is
/// read through `state_of` only: `deque`, `partial`, `itemgetter` ...
pub fn new_with_state<T: Any>(cls: &Value, state: T) -> Value {
    let v = crate::objects::instance::new_instance(cls);
    v.downcast::<InstanceData>()
        .expect("new_instance makes an instance")
        .builtin_value
        .set(new_native_state(state));
    v
}

/// The state `T` of `obj` made by `new_with_state`, shared for as long as `obj` is
/// borrowed (methods that run Python code keep using it: the state's own cells guard
/// its mutations).
pub fn state_of<T: Any>(obj: &Value) -> Option<&T> {
    let inst = obj.downcast::<InstanceData>()?;
    let d = inst.builtin_value.borrow().downcast::<NativeStateData>()?;
    // SAFETY: states made by `new_with_state` are never borrowed mutably: their types
    // are reached only through this function (`borrow_state` takes a `RefMut` of an
    // unknown state only to test its type through `Deref`, and maps it to `&mut` only
    // for its own types). The slot is never replaced, so the state lives as long as
    // `obj`, which outlives the returned borrow.
    let any = unsafe { d.state.try_borrow_unguarded() }.ok()?;
    any.downcast_ref::<T>()
}

/// The state `T` of `obj` (the `self` of method `method` of type `tyname`), or
/// CPython's TypeError for a method called on an object of another type.
pub fn expect_state<'a, T: Any>(obj: &'a Value, tyname: &str, method: &str) -> PyResult<&'a T> {
    state_of(obj).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            method,
            tyname,
            crate::objects::typeobj::type_name(obj)
        ))
    })
}
