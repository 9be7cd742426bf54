//! `dict`: a compact, insertion-ordered hash table (CPython's layout since 3.6): an
//! index table of slots pointing into a dense entry array, and a version counter that
//! changes on every mutation (for iteration checks now, dict watchers later).
//!
//! Key comparison may run Python code (`__eq__`), which may mutate the dict. Lookups
//! therefore never hold a borrow of the table across a comparison: they clone the entry's
//! key, compare, and restart when the table changed meanwhile (as CPython does).

use crate::error::PyResult;
use crate::object::{alloc, Kind, Payload};
use crate::ops;
use crate::value::Value;
use crate::vm::types;
use std::cell::{Cell, UnsafeCell};

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    /// `UNBOUND` for a deleted entry.
    pub key: Value,
    pub value: Value,
}

#[derive(Default, Clone)]
struct Table {
    indices: Vec<i32>,
    entries: Vec<Entry>,
    used: usize,
}

pub struct DictData {
    table: UnsafeCell<Table>,
    version: Cell<u64>,
}

impl Payload for DictData {
    const KIND: Kind = Kind::Dict;
}

thread_local! {
    static VERSIONS: Cell<u64> = const { Cell::new(1) };
}

fn next_version() -> u64 {
    VERSIONS.with(|v| {
        let n = v.get();
        v.set(n + 1);
        n
    })
}

/// CPython's probe sequence over an index table of `mask + 1` slots: the slot the hash
/// names, then `i = 5i + 1 + perturb` with `perturb` shifted down by 5 each step. It
/// never ends; callers stop at an empty slot.
#[inline]
fn probe_slots(hash: i64, mask: usize) -> impl Iterator<Item = usize> {
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    let mut first = true;
    std::iter::from_fn(move || {
        if first {
            first = false;
        } else {
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
        Some(i)
    })
}

/// The first slot for `hash` that holds no entry (empty or a deleted entry's dummy).
fn free_slot(indices: &[i32], hash: i64) -> usize {
    probe_slots(hash, indices.len() - 1)
        .find(|&i| indices[i] < 0)
        .expect("the index table always has free slots")
}

/// Where a key is, or where it would go.
enum Probe {
    Found { slot: usize, entry: usize },
    Missing,
}

impl Default for DictData {
    fn default() -> Self {
        Self::new()
    }
}

impl DictData {
    pub fn new() -> DictData {
        DictData {
            table: UnsafeCell::new(Table::default()),
            version: Cell::new(next_version()),
        }
    }
    /// A new empty dict object.
    pub fn new_value() -> Value {
        alloc(&types().dict, DictData::new())
    }

    #[inline]
    fn t(&self) -> &Table {
        // SAFETY: borrows of the table are never held across calls that can run Python
        // code or mutate this dict (see the module documentation).
        unsafe { &*self.table.get() }
    }
    #[inline]
    #[allow(clippy::mut_from_ref)]
    fn t_mut(&self) -> &mut Table {
        // SAFETY: as for `t`; mutation happens in short sections without callbacks.
        unsafe { &mut *self.table.get() }
    }
    /// Gives the dict a new version, unique across all dicts, so that a cache keyed on
    /// (dict identity, version) can never confuse a dict with a later one at the same
    /// address.
    fn bump(&self) {
        self.version.set(next_version());
    }
    pub fn version(&self) -> u64 {
        self.version.get()
    }
    pub fn len(&self) -> usize {
        self.t().used
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Finds `key` (with hash `hash`), running `__eq__` where needed.
    fn probe(&self, key: &Value, hash: i64) -> PyResult<Probe> {
        'restart: loop {
            let t = self.t();
            if t.indices.is_empty() {
                return Ok(Probe::Missing);
            }
            for i in probe_slots(hash, t.indices.len() - 1) {
                let ix = t.indices[i];
                if ix == EMPTY {
                    return Ok(Probe::Missing);
                }
                if ix != DUMMY {
                    let e = &t.entries[ix as usize];
                    if e.key.is(key) {
                        return Ok(Probe::Found {
                            slot: i,
                            entry: ix as usize,
                        });
                    }
                    if e.hash == hash {
                        if let Some(eq) = ops::fast_eq(&e.key, key) {
                            if eq {
                                return Ok(Probe::Found {
                                    slot: i,
                                    entry: ix as usize,
                                });
                            }
                        } else {
                            let k = e.key.clone();
                            let version = self.version.get();
                            let eq = ops::eq_bool(&k, key)?;
                            if self.version.get() != version {
                                continue 'restart;
                            }
                            if eq {
                                return Ok(Probe::Found {
                                    slot: i,
                                    entry: ix as usize,
                                });
                            }
                        }
                    }
                }
            }
            unreachable!("the probe sequence never ends and the table has empty slots");
        }
    }

    /// `self[key]`, or None when missing.
    pub fn get(&self, key: &Value) -> PyResult<Option<Value>> {
        let hash = ops::hash(key)?;
        self.get_hashed(key, hash)
    }
    pub fn get_hashed(&self, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        Ok(match self.probe(key, hash)? {
            Probe::Found { entry, .. } => Some(self.t().entries[entry].value.clone()),
            Probe::Missing => None,
        })
    }

    /// Lookup by a `str` key that never runs Python code: keys that are not exact `str`s
    /// are treated as unequal. For namespaces (globals, type and instance dicts).
    pub fn get_str(&self, key: &Value) -> Option<Value> {
        let sd = key.downcast::<crate::objects::str::StrData>()?;
        let hash = sd.hash();
        let t = self.t();
        if t.indices.is_empty() {
            return None;
        }
        for i in probe_slots(hash, t.indices.len() - 1) {
            let ix = t.indices[i];
            if ix == EMPTY {
                return None;
            }
            if ix >= 0 {
                let e = &t.entries[ix as usize];
                if e.key.is(key) {
                    return Some(e.value.clone());
                }
                if e.hash == hash {
                    if let Some(ed) = e.key.downcast::<crate::objects::str::StrData>() {
                        if ed.as_bytes() == sd.as_bytes() {
                            return Some(e.value.clone());
                        }
                    }
                }
            }
        }
        None
    }

    /// `self[key] = value` for a `str` key (never runs Python code).
    pub fn set_str(&self, key: &Value, value: Value) {
        // Hashing and comparing exact strs cannot fail or call back.
        self.set(key.clone(), value)
            .expect("str keys hash and compare without errors");
    }

    /// `self[key] = value`.
    pub fn set(&self, key: Value, value: Value) -> PyResult<()> {
        let hash = ops::hash(&key)?;
        self.set_hashed(key, hash, value)
    }

    pub fn set_hashed(&self, key: Value, hash: i64, value: Value) -> PyResult<()> {
        match self.probe(&key, hash)? {
            Probe::Found { entry, .. } => {
                let old = std::mem::replace(&mut self.t_mut().entries[entry].value, value);
                self.bump();
                drop(old);
            }
            Probe::Missing => {
                self.insert_new(key, hash, value);
            }
        }
        Ok(())
    }

    /// Appends a key known to be absent.
    fn insert_new(&self, key: Value, hash: i64, value: Value) {
        let t = self.t_mut();
        if (t.entries.len() + 1) * 3 >= t.indices.len() * 2 {
            self.resize(((t.used + 1) * 3).max(8));
        }
        let t = self.t_mut();
        let i = free_slot(&t.indices, hash);
        t.indices[i] = t.entries.len() as i32;
        t.entries.push(Entry { hash, key, value });
        t.used += 1;
        self.bump();
    }

    /// Rebuilds the index table with room for at least `min` entries, compacting out
    /// deleted entries.
    fn resize(&self, min: usize) {
        let t = self.t_mut();
        let mut size = 8;
        while size < min {
            size *= 2;
        }
        t.entries.retain(|e| !e.key.is_unbound());
        t.indices = vec![EMPTY; size];
        for (n, e) in t.entries.iter().enumerate() {
            let i = free_slot(&t.indices, e.hash);
            t.indices[i] = n as i32;
        }
    }

    /// Removes `key`; returns its value, or None when missing.
    pub fn remove(&self, key: &Value) -> PyResult<Option<Value>> {
        let hash = ops::hash(key)?;
        Ok(match self.probe(key, hash)? {
            Probe::Found { slot, entry } => {
                let t = self.t_mut();
                t.indices[slot] = DUMMY;
                let e = &mut t.entries[entry];
                let k = std::mem::replace(&mut e.key, Value::UNBOUND);
                let v = std::mem::replace(&mut e.value, Value::UNBOUND);
                t.used -= 1;
                self.bump();
                drop(k);
                Some(v)
            }
            Probe::Missing => None,
        })
    }

    /// Removes and returns the last entry.
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let t = self.t_mut();
        while let Some(e) = t.entries.pop() {
            if !e.key.is_unbound() {
                t.used -= 1;
                // Rebuild the indices: the popped entry's slot must not dangle.
                let n = t.entries.len();
                self.resize((n * 3 / 2).max(8));
                self.bump();
                return Some((e.key, e.value));
            }
        }
        None
    }

    pub fn clear(&self) {
        let old = std::mem::take(self.t_mut());
        self.bump();
        drop(old);
    }

    /// The live entry at position `i` of the entry array, skipping deleted ones:
    /// returns the entry and the next position. For iterators.
    pub fn next_entry(&self, mut i: usize) -> Option<(usize, Value, Value)> {
        let t = self.t();
        while i < t.entries.len() {
            let e = &t.entries[i];
            if !e.key.is_unbound() {
                return Some((i + 1, e.key.clone(), e.value.clone()));
            }
            i += 1;
        }
        None
    }

    /// The live entries, borrowed (callers copy what they need before calling out).
    fn live(&self) -> impl Iterator<Item = &Entry> {
        self.t().entries.iter().filter(|e| !e.key.is_unbound())
    }
    pub fn keys(&self) -> Vec<Value> {
        self.live().map(|e| e.key.clone()).collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.live().map(|e| e.value.clone()).collect()
    }
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.live()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }
    /// Entries with their hashes (for copying without rehashing).
    pub fn entries(&self) -> Vec<Entry> {
        self.live().cloned().collect()
    }
    /// A copy of this dict's contents in a new dict payload.
    pub fn copy(&self) -> DictData {
        let d = DictData::new();
        for e in self.entries() {
            d.insert_new(e.key, e.hash, e.value);
        }
        d
    }
    /// Inserts entries from another dict (`update`).
    pub fn update_from(&self, other: &DictData) -> PyResult<()> {
        for e in other.entries() {
            self.set_hashed(e.key, e.hash, e.value)?;
        }
        Ok(())
    }
}

/// A dict view (`keys()`, `values()`, `items()`).
pub struct DictViewData {
    pub dict: Value,
    pub which: ViewKind,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

impl Payload for DictViewData {
    const KIND: Kind = Kind::DictView;
}

/// `v` as a dict payload, if it is a dict.
pub fn as_dict(v: &Value) -> Option<&DictData> {
    v.downcast::<DictData>()
}
