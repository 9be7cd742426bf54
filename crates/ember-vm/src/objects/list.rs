//! `list`: a growable vector of values.
//!
//! The vector sits in an `UnsafeCell`: borrows of it are never held across a call that can
//! run Python code (which could mutate the list); code that must call out clones what it
//! needs first, and `sort` takes the items out for its duration as CPython does.

use crate::object::{alloc, Kind, Payload};
use crate::value::Value;
use crate::vm::types;
use std::cell::UnsafeCell;

pub struct ListData(UnsafeCell<Vec<Value>>);

impl Payload for ListData {
    const KIND: Kind = Kind::List;
}

impl Drop for ListData {
    /// Items are released last first, as CPython's `list_dealloc` does.
    fn drop(&mut self) {
        let items = self.0.get_mut();
        while let Some(v) = items.pop() {
            drop(v);
        }
    }
}

impl ListData {
    pub fn new(items: Vec<Value>) -> ListData {
        ListData(UnsafeCell::new(items))
    }
    /// The items, borrowed: do not hold across calls that may run Python code.
    #[inline]
    pub fn items(&self) -> &[Value] {
        // SAFETY: see the module documentation.
        unsafe { &*self.0.get() }
    }
    /// The vector, mutably: do not hold across calls that may run Python code.
    #[inline]
    #[allow(clippy::mut_from_ref)]
    pub fn vec_mut(&self) -> &mut Vec<Value> {
        // SAFETY: see the module documentation.
        unsafe { &mut *self.0.get() }
    }
    pub fn len(&self) -> usize {
        self.items().len()
    }
    pub fn is_empty(&self) -> bool {
        self.items().is_empty()
    }
    pub fn get(&self, i: usize) -> Option<Value> {
        self.items().get(i).cloned()
    }
    pub fn push(&self, v: Value) {
        self.vec_mut().push(v)
    }
    /// A copy of the items.
    pub fn to_vec(&self) -> Vec<Value> {
        self.items().to_vec()
    }
    /// Replaces the items, dropping the old ones after the swap.
    /// Replaces the items; the old ones are released last first, as CPython's
    /// `list_clear` does (visible when freeing one runs code: a generator's `finally`).
    pub fn replace(&self, items: Vec<Value>) {
        let mut old = std::mem::replace(self.vec_mut(), items);
        while let Some(v) = old.pop() {
            drop(v);
        }
    }
}

pub fn new_list(items: Vec<Value>) -> Value {
    alloc(&types().list, ListData::new(items))
}

#[inline]
pub fn as_list(v: &Value) -> Option<&ListData> {
    v.downcast::<ListData>()
}
