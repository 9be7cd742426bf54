//! Instances of classes defined in Python, and of built-in exception types.
//!
//! Attributes live in a vector of values described by a shared hidden class
//! (`objects::layout`): the layout names the attributes, the instance holds only their
//! values. An instance switches for good to a real dict ("dict mode") when its
//! `__dict__` is asked for or assigned, when an attribute is deleted, or when it holds
//! more than `MAX_LAYOUT_ATTRS` attributes; the dict is then the only storage, so it
//! is coherent with attribute access by construction.
//! Instances of `BaseException` subclasses also carry `ExcState`. Instances of
//! subclasses of other built-in types (int, str, list ...) carry the built-in value in
//! `builtin_value`.

use crate::error::PyResult;
use crate::object::{alloc, Kind, Payload};
use crate::objects::dict::DictData;
use crate::objects::exception::ExcState;
use crate::objects::layout::{interned, Layout, MAX_LAYOUT_ATTRS};
use crate::slot::Slot;
use crate::value::Value;
use std::cell::UnsafeCell;
use std::rc::Rc;

/// Where an instance's attributes live. `__slots__` values come first in the vector
/// (the layout's `hidden` entries) in both modes.
enum Attrs {
    /// Values indexed like the layout's entries.
    Layout(Rc<Layout>, Vec<Value>),
    /// A dict (`obj.__dict__` itself), and the slot values.
    Dict(Value, Vec<Value>),
}

pub struct InstanceData {
    /// The attributes. Borrowed only inside the methods below, never across a call that
    /// can run Python code (a value replaced or removed is dropped after the borrow ends).
    attrs: UnsafeCell<Attrs>,
    pub exc: Option<Box<ExcState>>,
    /// For subclasses of built-in types other than object and exceptions.
    pub builtin_value: Slot,
}

impl Payload for InstanceData {
    const KIND: Kind = Kind::Instance;
}

impl InstanceData {
    /// An instance with no attributes and `nslots` unset `__slots__`.
    pub fn new(exc: Option<Box<ExcState>>, nslots: usize) -> InstanceData {
        InstanceData {
            attrs: UnsafeCell::new(Attrs::Layout(
                Layout::slots_root(nslots),
                vec![Value::UNBOUND; nslots],
            )),
            exc,
            builtin_value: Slot::default(),
        }
    }

    #[allow(clippy::mut_from_ref)]
    fn attrs(&self) -> &mut Attrs {
        // SAFETY: single-threaded; every borrow is confined to one method below and ends
        // before any value is dropped or any Python code can run.
        unsafe { &mut *self.attrs.get() }
    }

    /// The value of attribute `name` (an exact `str`), if set.
    #[inline]
    pub fn get_attr(&self, name: &Value) -> Option<Value> {
        match self.attrs() {
            Attrs::Layout(layout, values) => layout.find(name).map(|i| values[i].clone()),
            Attrs::Dict(d, _) => d.downcast::<DictData>().and_then(|d| d.get_str(name)),
        }
    }

    /// Sets attribute `name` (an exact `str`).
    pub fn set_attr(&self, name: &Value, value: Value) {
        let old = match self.attrs() {
            Attrs::Layout(layout, values) => match layout.find(name) {
                Some(i) => std::mem::replace(&mut values[i], value),
                None => {
                    let next = if layout.len() < MAX_LAYOUT_ATTRS {
                        layout.with(&interned(name))
                    } else {
                        None
                    };
                    if let Some(next) = next {
                        *layout = next;
                        values.push(value);
                        return;
                    }
                    // Too many attributes, or too many shapes: a dict from now on.
                    let d = self.dict();
                    let dd = d
                        .downcast::<DictData>()
                        .expect("an instance dict is a dict");
                    dd.set_str(name, value);
                    return;
                }
            },
            Attrs::Dict(d, _) => {
                let d = d.clone();
                d.downcast::<DictData>()
                    .expect("an instance dict is a dict")
                    .set_str(name, value);
                return;
            }
        };
        drop(old);
    }

    /// Deletes attribute `name`; false when it was not set.
    pub fn del_attr(&self, name: &Value) -> PyResult<bool> {
        if let Attrs::Layout(layout, _) = self.attrs() {
            if layout.find(name).is_none() {
                return Ok(false);
            }
        }
        let d = self.dict();
        let dd = d
            .downcast::<DictData>()
            .expect("an instance dict is a dict");
        Ok(dd.remove(name)?.is_some())
    }

    /// The attribute dict (`obj.__dict__`), switching the instance to dict mode.
    pub fn dict(&self) -> Value {
        let a = self.attrs();
        if let Attrs::Dict(d, _) = a {
            return d.clone();
        }
        let d = DictData::new_value();
        let dd = d.downcast::<DictData>().expect("new dict");
        let placeholder = Attrs::Dict(d.clone(), Vec::new());
        if let Attrs::Layout(layout, mut values) = std::mem::replace(a, placeholder) {
            let attrs = values.split_off(layout.hidden);
            for (k, v) in layout.names().iter().zip(attrs) {
                dd.set_str(k, v);
            }
            if let Attrs::Dict(_, slots) = self.attrs() {
                *slots = values;
            }
        }
        d
    }

    /// Replaces the attribute dict (`obj.__dict__ = d`, `d` a dict).
    pub fn set_dict(&self, d: Value) {
        self.dict();
        let old = match self.attrs() {
            Attrs::Dict(old, _) => std::mem::replace(old, d),
            Attrs::Layout(..) => unreachable!("dict() switched to dict mode"),
        };
        drop(old);
    }

    /// The value of slot `i`, if set.
    pub fn get_slot(&self, i: usize) -> Option<Value> {
        let (Attrs::Layout(_, v) | Attrs::Dict(_, v)) = self.attrs();
        v.get(i).filter(|x| !x.is_unbound()).cloned()
    }

    /// Sets slot `i` (None unsets it); false when it was unset and is being unset.
    pub fn set_slot(&self, i: usize, value: Option<Value>) -> bool {
        let (Attrs::Layout(_, v) | Attrs::Dict(_, v)) = self.attrs();
        let Some(x) = v.get_mut(i) else {
            return false;
        };
        let was_set = !x.is_unbound();
        let old = std::mem::replace(x, value.unwrap_or(Value::UNBOUND));
        drop(old);
        was_set || !x.is_unbound()
    }

    /// The names of the attributes set, in order (for `dir`).
    pub fn attr_names(&self) -> Vec<Value> {
        match self.attrs() {
            Attrs::Layout(layout, _) => layout.names().to_vec(),
            Attrs::Dict(d, _) => {
                let d = d.clone();
                d.downcast::<DictData>().map_or_else(Vec::new, |d| d.keys())
            }
        }
    }

    /// The attribute at position `index` of layout `layout`, if the instance has that
    /// layout (an inline cache's hit).
    #[inline(always)]
    pub fn get_at(&self, layout: u32, index: usize) -> Option<Value> {
        match self.attrs() {
            Attrs::Layout(l, values) if l.id == layout => values.get(index).cloned(),
            _ => None,
        }
    }

    /// Replaces the attribute at position `index` of layout `layout`; gives the value
    /// back when the instance has another layout.
    #[inline(always)]
    pub fn set_at(&self, layout: u32, index: usize, value: Value) -> Result<(), Value> {
        let old = match self.attrs() {
            Attrs::Layout(l, values) if l.id == layout && index < values.len() => {
                std::mem::replace(&mut values[index], value)
            }
            _ => return Err(value),
        };
        drop(old);
        Ok(())
    }

    /// Adds an attribute by moving from layout `from` to `next` (its child); gives the
    /// value back when the instance does not have layout `from`.
    #[inline(always)]
    pub fn add_at(&self, from: u32, next: &Rc<Layout>, value: Value) -> Result<(), Value> {
        match self.attrs() {
            Attrs::Layout(l, values) if l.id == from => {
                *l = next.clone();
                values.push(value);
                Ok(())
            }
            _ => Err(value),
        }
    }

    /// Whether the instance has layout `layout` (not dict mode).
    #[inline(always)]
    pub fn has_layout(&self, layout: u32) -> bool {
        matches!(self.attrs(), Attrs::Layout(l, _) if l.id == layout)
    }

    /// The layout id and position of attribute `name`, when held in a layout.
    pub fn position(&self, name: &Value) -> Option<(u32, usize)> {
        match self.attrs() {
            Attrs::Layout(l, _) => l.find(name).map(|i| (l.id, i)),
            Attrs::Dict(..) => None,
        }
    }

    /// The layout, when the instance is not in dict mode (for caches and tests).
    pub fn layout(&self) -> Option<Rc<Layout>> {
        match self.attrs() {
            Attrs::Layout(l, _) => Some(l.clone()),
            Attrs::Dict(..) => None,
        }
    }
}

/// A new instance of class `ty` with no attributes.
pub fn new_instance(ty: &Value) -> Value {
    let is_exc = crate::objects::typeobj::is_subclass(ty, &crate::vm::types().base_exception);
    let nslots = crate::objects::typeobj::type_data(ty).nslots.get();
    alloc(
        ty,
        InstanceData::new(
            if is_exc {
                Some(Box::new(ExcState::new(Vec::new())))
            } else {
                None
            },
            nslots,
        ),
    )
}
