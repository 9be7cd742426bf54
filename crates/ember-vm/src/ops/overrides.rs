//! Dunder methods that a Python class overrides on top of a built-in layout.
//!
//! An instance of `class L(list)` is a list to every native path (`objects::subclass`);
//! the generic operations ask `override_of` first, so that a method the class (or a class
//! between it and `list`) defines replaces the built-in behaviour exactly where CPython's
//! slot inheritance would: `L.__getitem__` is used by `l[i]`, while `list.extend` still
//! reads the items directly. The check costs one header-flag test for built-in objects.

use crate::object::{header_flag, Kind};
use crate::objects::str::StrData;
use crate::objects::subclass::{builtin_base, has_subclass_flag};
use crate::objects::typeobj::{type_data, type_of};
use crate::value::Value;

/// True when `v`'s type may define data-model methods in Python: an instance of a class
/// with the instance layout, or of a Python subclass of a built-in layout.
#[inline]
pub fn user_typed(v: &Value) -> bool {
    v.header()
        .is_some_and(|h| h.kind == Kind::Instance || h.flags.get() & header_flag::SUBCLASS != 0)
}

/// The method `name` of `type(v)` when `v`'s class is a Python subclass of a built-in
/// type and it (or a class between it and the built-in) overrides the built-in's
/// method; None when the built-in implementation applies. A method overridden with
/// None (`__hash__ = None`) comes back as Some(None).
#[inline]
pub fn override_of(v: &Value, name: &'static str) -> Option<Value> {
    if !has_subclass_flag(v) {
        return None;
    }
    override_slow(v, name)
}

#[cold]
#[inline(never)]
fn override_slow(v: &Value, name: &'static str) -> Option<Value> {
    let ty = type_of(v);
    let key = StrData::intern_static(name);
    let m = type_data(ty).lookup(&key)?;
    match type_data(builtin_base(ty)).lookup(&key) {
        Some(b) if b.is(&m) => None,
        _ => Some(m),
    }
}
