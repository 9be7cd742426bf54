//! Hidden classes: the shape of an instance's attributes (DESIGN.md section 3).
//!
//! A `Layout` names the attributes an instance holds, in the order they were added; the
//! instance keeps only the values, in a vector indexed like the layout's names. Layouts
//! form a tree of transitions rooted at the empty layout: adding attribute `a` to an
//! instance of layout L moves it to L's child for `a`, created once and shared by every
//! instance that gains the same attributes in the same order. So instances of a class
//! whose `__init__` sets the same attributes share one layout, and a cache keyed on
//! (type version, layout id) can turn an attribute read into an indexed load.
//!
//! Layouts are immortal (the transition table holds them) and their names are interned,
//! immortal strings, so a name compares by address.
//!
//! Instances of classes with `__slots__` keep their slot values first in the same vector:
//! their layouts start from a root with `hidden` leading entries that no attribute name
//! finds (slot member descriptors index them directly).

use crate::objects::str::{BuildAddrHasher, StrData};
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

/// Above this many attributes an instance keeps a dict instead (`InstanceData`).
pub const MAX_LAYOUT_ATTRS: usize = 48;

/// A layout with this many transitions makes no more: instances that would need a new
/// one keep a dict instead, so objects used as dicts with ever-new attribute names do
/// not grow the (never freed) layout tree without bound.
const MAX_TRANSITIONS: u32 = 64;

/// Above this many names a layout keeps an index by name instead of scanning.
const INDEX_FROM: usize = 8;

pub struct Layout {
    /// Unique, never reused (layouts are never freed).
    pub id: u32,
    /// Leading entries that hold `__slots__` values, not named attributes.
    pub hidden: usize,
    /// Attribute names, interned, in insertion order (after `hidden` placeholders).
    names: Box<[Value]>,
    /// Name address to position, for layouts with many names.
    index: Option<HashMap<usize, u32, BuildAddrHasher>>,
    /// The transition taken last from this layout (name address, child): the common case
    /// of every instance of a class gaining the same attributes skips the table.
    last: RefCell<Option<(usize, Rc<Layout>)>>,
    /// Transitions made from this layout.
    transitions: Cell<u32>,
}

thread_local! {
    static ROOT: Rc<Layout> = Rc::new(Layout::new(Box::new([]), 0));
    /// Roots with slot entries, by number of slots.
    static SLOT_ROOTS: RefCell<HashMap<usize, Rc<Layout>>> = RefCell::new(HashMap::new());
    static TRANSITIONS: RefCell<HashMap<(u32, usize), Rc<Layout>, BuildAddrHasher>> =
        const { RefCell::new(HashMap::with_hasher(BuildAddrHasher)) };
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
}

impl Layout {
    fn new(names: Box<[Value]>, hidden: usize) -> Layout {
        let id = NEXT_ID.with(|n| {
            let id = n.get();
            n.set(id + 1);
            id
        });
        let index = (names.len() - hidden >= INDEX_FROM).then(|| {
            names
                .iter()
                .enumerate()
                .skip(hidden)
                .map(|(i, n)| (n.id(), i as u32))
                .collect()
        });
        Layout {
            id,
            hidden,
            names,
            index,
            last: RefCell::new(None),
            transitions: Cell::new(0),
        }
    }

    /// The empty layout every instance starts from.
    pub fn root() -> Rc<Layout> {
        ROOT.with(Rc::clone)
    }

    /// The layout instances with `n` slots start from (`root` when `n` is 0).
    pub fn slots_root(n: usize) -> Rc<Layout> {
        if n == 0 {
            return Layout::root();
        }
        SLOT_ROOTS.with(|r| {
            r.borrow_mut()
                .entry(n)
                .or_insert_with(|| Rc::new(Layout::new(vec![Value::NONE; n].into(), n)))
                .clone()
        })
    }

    /// Entries, slots included.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The attribute names, in insertion order (values follow the `hidden` slots).
    pub fn names(&self) -> &[Value] {
        &self.names[self.hidden..]
    }

    /// The position of interned name `name`.
    #[inline]
    pub fn find_interned(&self, name: &Value) -> Option<usize> {
        match &self.index {
            Some(ix) => ix.get(&name.id()).map(|&i| i as usize),
            None => self
                .names()
                .iter()
                .position(|n| n.is(name))
                .map(|i| i + self.hidden),
        }
    }

    /// The position of `name`, any exact `str`.
    #[inline]
    pub fn find(&self, name: &Value) -> Option<usize> {
        if is_interned(name) {
            return self.find_interned(name);
        }
        let s = crate::objects::str::as_str(name)?;
        self.names()
            .iter()
            .position(|n| crate::objects::str::as_str(n) == Some(s))
            .map(|i| i + self.hidden)
    }

    /// The layout with `name` (interned, not in this layout) added last; None when this
    /// layout may make no more transitions (the instance then keeps a dict).
    pub fn with(self: &Rc<Layout>, name: &Value) -> Option<Rc<Layout>> {
        let key = name.id();
        if let Some((k, child)) = &*self.last.borrow() {
            if *k == key {
                return Some(child.clone());
            }
        }
        let child = TRANSITIONS.with(|t| {
            let mut t = t.borrow_mut();
            if let Some(c) = t.get(&(self.id, key)) {
                return Some(c.clone());
            }
            if self.transitions.get() >= MAX_TRANSITIONS {
                return None;
            }
            self.transitions.set(self.transitions.get() + 1);
            let mut names = self.names.to_vec();
            names.push(name.clone());
            let c = Rc::new(Layout::new(names.into_boxed_slice(), self.hidden));
            t.insert((self.id, key), c.clone());
            Some(c)
        })?;
        *self.last.borrow_mut() = Some((key, child.clone()));
        Some(child)
    }
}

/// Whether `v` is an interned `str` (compared by address in layouts and namespaces).
#[inline]
pub fn is_interned(v: &Value) -> bool {
    v.header()
        .is_some_and(|h| h.flags.get() & crate::object::header_flag::INTERNED != 0)
}

/// The interned string equal to exact `str` `name`.
pub fn interned(name: &Value) -> Value {
    if is_interned(name) {
        return name.clone();
    }
    StrData::intern(crate::objects::str::as_str(name).unwrap_or(""))
}
