//! Descriptor objects: `property`, `classmethod`, `staticmethod`, `super`, and the
//! member descriptors that `__slots__` creates.

use crate::object::{Kind, Payload};
use crate::slot::Slot;
use crate::value::Value;

/// The functions are slots: `property.__init__` (re)sets them, as a subclass's
/// `__init__` does through `super()`.
pub struct PropertyData {
    pub fget: Slot,
    pub fset: Slot,
    pub fdel: Slot,
    pub doc: Slot,
    /// The attribute name given by `__set_name__` (None until then), for messages.
    pub name: Slot,
}

impl PropertyData {
    pub fn new(fget: Value, fset: Value, fdel: Value, doc: Value) -> PropertyData {
        PropertyData {
            fget: Slot::new(fget),
            fset: Slot::new(fset),
            fdel: Slot::new(fdel),
            doc: Slot::new(doc),
            name: Slot::new(Value::NONE),
        }
    }
}

impl Payload for PropertyData {
    const KIND: Kind = Kind::Property;
}

/// The wrapped callable (set by `__new__` or `classmethod.__init__`).
pub struct ClassMethodData(pub Slot);

impl Payload for ClassMethodData {
    const KIND: Kind = Kind::ClassMethod;
}

/// The wrapped callable (set by `__new__` or `staticmethod.__init__`).
pub struct StaticMethodData(pub Slot);

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

/// A `__slots__` entry: reads and writes slot `index` of instances of `owner`. The same
/// payload, with the index `DICT_SLOT` or `WEAKREF_SLOT` and the type
/// `getset_descriptor`, is a class's `__dict__` or `__weakref__` descriptor.
pub struct MemberDescrData {
    /// The attribute name (after private-name mangling).
    pub name: Value,
    /// The class whose `__slots__` made it, by id (the class holds the descriptor, so a
    /// counted reference back would be a cycle), and that class's name for messages.
    pub owner: usize,
    /// A weak reference to the class (`__objclass__`).
    pub owner_ref: Value,
    pub owner_name: String,
    pub index: usize,
}

/// `MemberDescrData::index` of a class's `__dict__` descriptor.
pub const DICT_SLOT: usize = usize::MAX;
/// `MemberDescrData::index` of a descriptor standing for a computed attribute of a
/// built-in type (`FunctionType.__code__`): it reads and writes through the type's own
/// attribute code.
pub const BUILTIN_SLOT: usize = usize::MAX - 2;
/// `MemberDescrData::index` of a class's `__weakref__` descriptor (always None: Ember
/// has no weak references yet).
pub const WEAKREF_SLOT: usize = usize::MAX - 1;

impl Payload for MemberDescrData {
    const KIND: Kind = Kind::MemberDescr;
}
