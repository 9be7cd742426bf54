//! Rust state of the objects of native module types that are not iterators (`deque`,
//! `partial`, `_tuplegetter` ...). Such an object is an instance (`InstanceData`, so
//! every generic operation finds its type's native dunder methods, and Python classes
//! can extend the type as any class) whose `builtin_value` slot holds a
//! `NativeStateData`: a boxed Rust value that Python code never sees.

use crate::error::{PyErr, PyResult};
use crate::object::{alloc, Kind, Payload};
use crate::objects::instance::{new_instance, InstanceData};
use crate::objects::typeobj::type_name;
use crate::value::Value;
use std::any::Any;

pub struct NativeStateData {
    pub state: Box<dyn Any>,
}

impl Payload for NativeStateData {
    const KIND: Kind = Kind::NativeState;
}

/// A new instance of `cls` holding `state`.
pub fn new_with_state<T: Any>(cls: &Value, state: T) -> Value {
    let v = new_instance(cls);
    let capsule = alloc(
        &crate::vm::types().object,
        NativeStateData {
            state: Box::new(state),
        },
    );
    v.downcast::<InstanceData>()
        .expect("new_instance makes an instance")
        .builtin_value
        .set(capsule);
    v
}

/// The state `T` of `obj`, if it has one.
pub fn state_of<T: Any>(obj: &Value) -> Option<&T> {
    let inst = obj.downcast::<InstanceData>()?;
    let capsule = inst.builtin_value.borrow();
    let data = capsule.downcast::<NativeStateData>()?;
    let t = data.state.downcast_ref::<T>()?;
    // SAFETY: the capsule is set once by `new_with_state` and never replaced or freed
    // while `obj` lives, so the state outlives the borrow of `obj`.
    Some(unsafe { &*(t as *const T) })
}

/// The state `T` of `obj` (the `self` of a method of type `tyname`), or CPython's
/// TypeError for a method called on an object of another type.
pub fn expect_state<'a, T: Any>(obj: &'a Value, tyname: &str, method: &str) -> PyResult<&'a T> {
    state_of(obj).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            method,
            tyname,
            type_name(obj)
        ))
    })
}
