//! Descriptor objects: `property`, `classmethod`, `staticmethod` and `super`.

use crate::object::{Kind, Payload};
use crate::slot::Slot;
use crate::value::Value;

pub struct PropertyData {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Slot,
    /// The attribute name given by `__set_name__` (None until then), for messages.
    pub name: Slot,
}

impl Payload for PropertyData {
    const KIND: Kind = Kind::Property;
}

pub struct ClassMethodData(pub Value);

impl Payload for ClassMethodData {
    const KIND: Kind = Kind::ClassMethod;
}

pub struct StaticMethodData(pub Value);

impl Payload for StaticMethodData {
    const KIND: Kind = Kind::StaticMethod;
}

/// `super(type, obj)`: look up after `ty` in the MRO of `obj_type`.
pub struct SuperData {
    pub ty: Value,
    pub obj: Value,
    pub obj_type: Value,
}

impl Payload for SuperData {
    const KIND: Kind = Kind::Super;
}
