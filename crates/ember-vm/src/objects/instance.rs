//! Instances of classes defined in Python, and of built-in exception types.
//!
//! Attributes live in a `__dict__` for now; hidden classes (layouts with slots, DESIGN.md
//! section 3) replace it in the data-model issue without changing this type's users,
//! which go through `instance_dict`/`get_attr`/`set_attr`.
//! Instances of `BaseException` subclasses also carry `ExcState`. Instances of
//! subclasses of other built-in types (int, str, list ...) carry the built-in value in
//! `builtin_value`.

use crate::object::{alloc, Kind, Payload};
use crate::objects::dict::DictData;
use crate::objects::exception::ExcState;
use crate::slot::Slot;
use crate::value::Value;

pub struct InstanceData {
    /// The attribute dict, or UNBOUND until the first attribute is set.
    pub dict: Slot,
    pub exc: Option<Box<ExcState>>,
    /// For subclasses of built-in types other than object and exceptions.
    pub builtin_value: Slot,
}

impl Payload for InstanceData {
    const KIND: Kind = Kind::Instance;
}

impl InstanceData {
    /// The attribute dict, created on first use.
    pub fn dict(&self) -> Value {
        let d = self.dict.get();
        if !d.is_unbound() {
            return d;
        }
        let d = DictData::new_value();
        self.dict.set(d.clone());
        d
    }
    /// The attribute dict if one exists.
    pub fn dict_if_any(&self) -> Option<&DictData> {
        let d = self.dict.borrow();
        if d.is_unbound() {
            None
        } else {
            d.downcast::<DictData>()
        }
    }
}

/// A new instance of class `ty` with no attributes.
pub fn new_instance(ty: &Value) -> Value {
    let is_exc = crate::objects::typeobj::is_subclass(ty, &crate::vm::types().base_exception);
    alloc(
        ty,
        InstanceData {
            dict: Slot::default(),
            exc: if is_exc {
                Some(Box::new(ExcState::new(Vec::new())))
            } else {
                None
            },
            builtin_value: Slot::default(),
        },
    )
}
