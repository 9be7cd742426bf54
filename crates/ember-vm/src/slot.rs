//! `Slot`: a mutable field holding a `Value` inside an object (a function's
//! `__defaults__`, a cell's contents). Reads clone out, writes drop the old value after
//! the store, so no borrow of the field is ever live while Python code runs.

use crate::value::Value;
use std::cell::UnsafeCell;

pub struct Slot(UnsafeCell<Value>);

impl Slot {
    pub fn new(v: Value) -> Slot {
        Slot(UnsafeCell::new(v))
    }
    #[inline]
    pub fn get(&self) -> Value {
        // SAFETY: the value is cloned out; the borrow ends before any other code runs.
        unsafe { (*self.0.get()).clone() }
    }
    /// Borrowed access for a caller that runs no Python code while holding it.
    #[inline]
    #[allow(clippy::should_implement_trait)]
    pub fn borrow(&self) -> &Value {
        // SAFETY: the caller promises not to `set` this slot while holding the borrow.
        unsafe { &*self.0.get() }
    }
    #[inline]
    pub fn set(&self, v: Value) {
        // SAFETY: the old value is moved out before being dropped.
        let old = unsafe { std::mem::replace(&mut *self.0.get(), v) };
        drop(old);
    }
    pub fn take(&self) -> Value {
        // SAFETY: as for `set`.
        unsafe { std::mem::replace(&mut *self.0.get(), Value::UNBOUND) }
    }
}

impl Default for Slot {
    fn default() -> Self {
        Slot::new(Value::UNBOUND)
    }
}
