//! `set` and `frozenset`: a hash table of keys (the dict table with unused values).

use crate::error::PyResult;
use crate::object::{alloc, Kind, Payload};
use crate::objects::dict::DictData;
use crate::value::Value;
use crate::vm::types;

pub struct SetData {
    pub table: DictData,
}

impl Payload for SetData {
    const KIND: Kind = Kind::Set;
}

impl SetData {
    pub fn new() -> SetData {
        SetData {
            table: DictData::new(),
        }
    }
    pub fn add(&self, v: Value) -> PyResult<()> {
        self.table.set(v, Value::NONE)
    }
    pub fn contains(&self, v: &Value) -> PyResult<bool> {
        Ok(self.table.get(v)?.is_some())
    }
    pub fn len(&self) -> usize {
        self.table.len()
    }
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }
    pub fn items(&self) -> Vec<Value> {
        self.table.keys()
    }
}

impl Default for SetData {
    fn default() -> Self {
        Self::new()
    }
}

pub fn new_set(frozen: bool) -> Value {
    let ty = if frozen {
        &types().frozenset
    } else {
        &types().set
    };
    alloc(ty, SetData::new())
}

pub fn as_set(v: &Value) -> Option<&SetData> {
    v.downcast::<SetData>()
}

/// True when `v` is a frozenset (or subclass), false for a set.
pub fn is_frozen(v: &Value) -> bool {
    crate::objects::typeobj::is_instance(v, &types().frozenset)
}
