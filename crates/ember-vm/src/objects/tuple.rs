//! `tuple`: an immutable boxed slice of values.

use crate::object::{alloc, Kind, Payload};
use crate::value::Value;
use crate::vm::types;

pub struct TupleData(pub Box<[Value]>);

impl Payload for TupleData {
    const KIND: Kind = Kind::Tuple;
}

pub fn new_tuple(items: Vec<Value>) -> Value {
    if items.is_empty() {
        thread_local! {
            static EMPTY: Value = {
                let v = alloc(&types().tuple, TupleData(Box::new([])));
                v.header().expect("heap").make_immortal();
                v
            };
        }
        return EMPTY.with(|e| e.clone());
    }
    alloc(&types().tuple, TupleData(items.into_boxed_slice()))
}

/// The items of a tuple, if `v` is one.
#[inline]
pub fn as_tuple(v: &Value) -> Option<&[Value]> {
    v.downcast::<TupleData>().map(|t| &*t.0)
}
