//! Inline caches of the instructions that look names up: `LoadGlobal` (globals and
//! builtins dict versions) and `LoadAttr`/`StoreAttr`/`LoadMethod` (type version and
//! hidden-class layout). A code object holds one cache per such instruction, found
//! through `CodeData::cache_index`; a hit replaces a dictionary or MRO walk by a few
//! compares and an indexed load.
//!
//! An attribute cache is filled after the generic path has run, and only for the cases
//! whose result depends on nothing but the guards: the type's version tag (bumped by any
//! change to the type or its MRO) and the instance's layout. Versions come from one
//! global counter, so a version also identifies the type.

use crate::object::Kind;
use crate::objects::instance::InstanceData;
use crate::objects::layout::Layout;
use crate::objects::native::{Binding, NativeFunctionData};
use crate::objects::typeobj::{slot_flag, type_of, TypeData};
use crate::slot::Slot;
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The cache of one `LoadGlobal`: the value found, valid while the globals dict (by
/// identity and version) and the builtins dict (by version) are unchanged. A write to
/// either dict changes its version, so a hit is two compares and a clone, never a hash
/// lookup (the dict-watcher scheme of DESIGN.md section 5, in its simplest form).
#[derive(Default)]
pub struct GlobalCache {
    pub globals_id: Cell<usize>,
    pub globals_version: Cell<u64>,
    pub builtins_version: Cell<u64>,
    pub value: Slot,
}

/// Layout guard meaning "the object has no instance attributes to check".
const NO_LAYOUT: u32 = u32::MAX;

/// The cache of one attribute instruction. `version` 0 means empty (no type has it).
#[derive(Default)]
pub struct AttrCache {
    version: Cell<u64>,
    layout: Cell<u32>,
    /// `LoadAttr`/`StoreAttr`: the attribute's position in the layout.
    index: Cell<u32>,
    /// `StoreAttr` adding an attribute: the layout the instance moves to.
    next: RefCell<Option<Rc<Layout>>>,
    /// `LoadMethod`: the function found on the type.
    method: Slot,
    /// `LoadAttr`'s second entry (a site that sees two classes or layouts, as a method
    /// of a base class does): version, layout, position.
    second: Cell<(u64, u32, u32)>,
}

/// The type of `obj` and its version tag.
#[inline(always)]
fn type_and_version(obj: &Value) -> (&TypeData, u64) {
    // SAFETY: an object's type is always a type object.
    let td = unsafe { type_of(obj).downcast_unchecked::<TypeData>() };
    (td, td.version.get())
}

/// The instance of a class defined in Python whose attributes can be cached: not an
/// exception (their attributes have special setters), not an instance of a built-in type.
fn plain_instance<'a>(obj: &'a Value, td: &TypeData) -> Option<&'a InstanceData> {
    let inst = obj.downcast::<InstanceData>()?;
    (!td.builtin && inst.exc.is_none()).then_some(inst)
}

/// True when `d`, found on a type, may take precedence over the instance's attributes
/// (a data descriptor) now or after a change the guards do not see: properties, and any
/// object of a class defined in Python (its class could gain `__set__`). Objects of
/// built-in types other than properties are plain values or non-data descriptors.
fn overrides_instance(d: &Value) -> bool {
    matches!(d.kind(), Some(Kind::Property | Kind::MemberDescr)) || !type_data_of(d).builtin
}

fn type_data_of(v: &Value) -> &TypeData {
    // SAFETY: an object's type is always a type object.
    unsafe { type_of(v).downcast_unchecked::<TypeData>() }
}

/// Whether attribute access on instances of `td` follows `object.__getattribute__`
/// and `object.__setattr__` (no overrides in Python).
fn generic_access(td: &TypeData, setting: bool) -> bool {
    let flags = td.slot_flags();
    let mut mask = slot_flag::GETATTRIBUTE;
    if setting {
        mask |= slot_flag::SETATTR;
    }
    flags & mask == 0
}

impl AttrCache {
    /// Why a lookup on `obj` missed this cache, for `-X stats`: whether the cache held
    /// an entry (a deoptimisation) and the reason.
    #[cold]
    pub fn miss_reason(&self, obj: &Value) -> (bool, &'static str) {
        if self.version.get() == 0 {
            return (false, "cold (first execution or uncacheable)");
        }
        if obj.downcast::<InstanceData>().is_none() && self.layout.get() != NO_LAYOUT {
            return (true, "not an instance");
        }
        let (_, version) = type_and_version(obj);
        if version != self.version.get() && version != self.second.get().0 {
            (true, "type or type version changed")
        } else {
            (true, "layout changed")
        }
    }

    /// `LoadAttr` hit: the instance attribute at the cached position.
    #[inline(always)]
    pub fn load_attr(&self, obj: &Value) -> Option<Value> {
        let inst = obj.downcast::<InstanceData>()?;
        let (_, version) = type_and_version(obj);
        if version == self.version.get() {
            if let Some(v) = inst.get_at(self.layout.get(), self.index.get() as usize) {
                return Some(v);
            }
        }
        let (v2, layout, index) = self.second.get();
        if version == v2 {
            return inst.get_at(layout, index as usize);
        }
        None
    }

    /// Fills the cache after a generic `LoadAttr` of `name` on `obj`.
    pub fn fill_load_attr(&self, obj: &Value, name: &Value) {
        let (td, version) = type_and_version(obj);
        let Some(inst) = plain_instance(obj, td) else {
            return;
        };
        if !generic_access(td, false) || td.lookup(name).is_some_and(|d| overrides_instance(&d)) {
            return;
        }
        if let Some((layout, index)) = inst.position(name) {
            // The entry filled before moves to the second place.
            if self.version.get() != 0 {
                self.second
                    .set((self.version.get(), self.layout.get(), self.index.get()));
            }
            self.version.set(version);
            self.layout.set(layout);
            self.index.set(index as u32);
        }
    }

    /// `StoreAttr` hit: replaces the cached attribute, or adds it with the cached
    /// transition; gives the value back on a miss.
    #[inline(always)]
    pub fn store_attr(&self, obj: &Value, value: Value) -> Result<(), Value> {
        let Some(inst) = obj.downcast::<InstanceData>() else {
            return Err(value);
        };
        let (_, version) = type_and_version(obj);
        if version != self.version.get() {
            return Err(value);
        }
        match &*self.next.borrow() {
            None => inst.set_at(self.layout.get(), self.index.get() as usize, value),
            Some(next) => inst.add_at(self.layout.get(), next, value),
        }
    }

    /// The state a generic `StoreAttr` of `name` on `obj` starts from, when the store is
    /// cacheable: the layout and the type's version before it. Give it to
    /// `fill_store_attr` after the store.
    pub fn before_store_attr(obj: &Value, name: &Value) -> Option<(u32, u64)> {
        let (td, version) = type_and_version(obj);
        let inst = plain_instance(obj, td)?;
        if !generic_access(td, true) || td.lookup(name).is_some_and(|d| overrides_instance(&d)) {
            return None;
        }
        let n = crate::objects::str::as_str(name)?;
        if n == "__dict__" || n == "__class__" {
            return None;
        }
        inst.layout().map(|l| (l.id, version))
    }

    /// Fills the cache after a generic `StoreAttr` of `name` on `obj` whose layout was
    /// `before` (from `before_store_attr`).
    pub fn fill_store_attr(&self, obj: &Value, name: &Value, before: (u32, u64)) {
        let (before, version_before) = before;
        let (_, version) = type_and_version(obj);
        if version != version_before {
            return;
        }
        let Some(inst) = obj.downcast::<InstanceData>() else {
            return;
        };
        let Some(layout) = inst.layout() else {
            return;
        };
        let Some(index) = layout.find(name) else {
            return;
        };
        self.version.set(version);
        self.layout.set(before);
        self.index.set(index as u32);
        *self.next.borrow_mut() = (layout.id != before).then_some(layout);
    }

    /// `LoadMethod` hit: the function to call with `obj` as its first argument.
    #[inline(always)]
    pub fn load_method(&self, obj: &Value) -> Option<Value> {
        let (_, version) = type_and_version(obj);
        if version != self.version.get() {
            return None;
        }
        let layout = self.layout.get();
        if layout != NO_LAYOUT {
            let inst = obj.downcast::<InstanceData>()?;
            if !inst.has_layout(layout) {
                return None;
            }
        }
        Some(self.method.get())
    }

    /// Fills the cache after a generic `LoadMethod` of `name` on `obj` found `func` on
    /// the type, unbound.
    pub fn fill_load_method(&self, obj: &Value, name: &Value, func: &Value) {
        let (td, version) = type_and_version(obj);
        if !generic_access(td, false) {
            return;
        }
        let layout = match obj.kind() {
            Some(Kind::Instance) => {
                let Some(inst) = plain_instance(obj, td) else {
                    return;
                };
                match inst.layout() {
                    Some(l) if l.find(name).is_none() => l.id,
                    _ => return,
                }
            }
            // Objects that can carry attributes of their own, or whose attribute lookup is
            // not the type's.
            Some(Kind::Function | Kind::Type | Kind::Module | Kind::Super) => return,
            _ if td.builtin => NO_LAYOUT,
            _ => return,
        };
        let plain = match func.kind() {
            Some(Kind::Function) => true,
            Some(Kind::NativeFunction) => func
                .downcast::<NativeFunctionData>()
                .is_some_and(|f| f.binding == Binding::Method && f.bound_self.is_unbound()),
            _ => false,
        };
        if !plain {
            return;
        }
        self.version.set(version);
        self.layout.set(layout);
        self.method.set(func.clone());
    }
}
