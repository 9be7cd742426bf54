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

#[cold]
fn reentrant_call() -> PyErr {
    PyErr::runtime_error("reentrant call inside native I/O object")
}
