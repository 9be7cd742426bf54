//! Native iterators: one layout for every iterator written in Rust (list_iterator,
//! range_iterator, enumerate, zip, map ...). Each is a boxed state implementing
//! `NativeIterator`; the Python type in the header gives its name.

use crate::error::PyResult;
use crate::object::{alloc, Kind, Payload};
use crate::value::Value;
use std::any::Any;
use std::cell::RefCell;

/// The state of a native iterator. `Any` lets the methods of a type reach their own
/// state (`NativeIterData::with_state`).
pub trait NativeIterator: Any {
    /// The next item, or None when exhausted. May run Python code.
    fn next(&mut self) -> PyResult<Option<Value>>;
    /// `__length_hint__`, when known.
    fn length_hint(&self) -> Option<usize> {
        None
    }
    /// Releases what the iterator holds (`os.scandir(...).close()`); it then ends.
    fn close(&mut self) {}
}

pub struct NativeIterData {
    pub state: RefCell<Box<dyn NativeIterator>>,
}

impl Payload for NativeIterData {
    const KIND: Kind = Kind::NativeIter;
}

pub fn new_native_iter(ty: &Value, state: Box<dyn NativeIterator>) -> Value {
    alloc(
        ty,
        NativeIterData {
            state: RefCell::new(state),
        },
    )
}

impl NativeIterData {
    /// Advances the iterator; a re-entrant call (the iterator used from inside its own
    /// callback) raises ValueError as CPython's "generator already executing" does.
    pub fn next(&self) -> PyResult<Option<Value>> {
        match self.state.try_borrow_mut() {
            Ok(mut s) => s.next(),
            Err(_) => Err(crate::error::PyErr::value_error(
                "iterator already executing",
            )),
        }
    }

    /// Runs `f` on the state when it is a `T` and not in use (None otherwise).
    pub fn with_state<T: NativeIterator, R>(&self, f: impl FnOnce(&mut T) -> R) -> Option<R> {
        let mut s = self.state.try_borrow_mut().ok()?;
        let any: &mut dyn Any = &mut **s;
        any.downcast_mut::<T>().map(f)
    }

    /// `__length_hint__` of the state, when it knows one and is not in use.
    pub fn length_hint(&self) -> Option<usize> {
        self.state.try_borrow().ok()?.length_hint()
    }
}

/// A new native iterator of class `cls`: a plain one when `cls` is a built-in type,
/// else an instance of the Python subclass (with its instance dict).
pub fn new_native_iter_for(cls: &Value, state: Box<dyn NativeIterator>) -> Value {
    crate::objects::subclass::alloc_for(
        cls,
        NativeIterData {
            state: RefCell::new(state),
        },
    )
}
