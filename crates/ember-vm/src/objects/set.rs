//! `set` and `frozenset` payload: CPython's open-addressing table of keys and hashes
//! (`Objects/setobject.c`), reproduced slot for slot so that iteration, `repr` and
//! `set.pop` follow CPython's order.
//!
//! Invariants, as in CPython:
//! - the table size is a power of two, at least `MINSIZE`; an empty `slots` vector stands
//!   for the initial all-empty table of `MINSIZE` slots;
//! - a slot is unused (`key` is `UNBOUND`, `hash` 0), dummy (`key` `UNBOUND`, `hash` -1,
//!   left by a deletion so probe chains stay intact) or active (hash never -1);
//! - `fill` counts active and dummy slots, `used` the active ones; the table grows when
//!   `fill * 5 >= mask * 3` after an insertion into an unused slot;
//! - a probe visits `LINEAR_PROBES + 1` consecutive slots when they fit below the mask,
//!   then jumps `i = (i * 5 + 1 + perturb) & mask` with `perturb >>= 5`.
//!
//! Comparing keys may run Python code (`__eq__`) that mutates the set. Borrows of the
//! table are therefore never held across a comparison: the probing code clones the key
//! it compares against and restarts when the set changed meanwhile (`version`).

use crate::error::{PyErr, PyResult};
use crate::object::{alloc, Kind, Payload};
use crate::objects::dict::DictData;
use crate::ops;
use crate::value::Value;
use crate::vm::types;
use std::cell::{Cell, UnsafeCell};

/// The size of a new table (CPython's `PySet_MINSIZE`).
const MINSIZE: usize = 8;
/// Consecutive slots examined before jumping (CPython's `LINEAR_PROBES`).
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// The hash of a dummy slot.
const DUMMY_HASH: i64 = -1;

#[derive(Clone)]
struct Slot {
    hash: i64,
    key: Value,
}

impl Slot {
    const UNUSED: Slot = Slot {
        hash: 0,
        key: Value::UNBOUND,
    };
    fn is_unused(&self) -> bool {
        self.hash == 0 && self.key.is_unbound()
    }
    fn is_active(&self) -> bool {
        !self.key.is_unbound()
    }
}

#[derive(Default)]
struct Table {
    slots: Vec<Slot>,
    fill: usize,
    used: usize,
    /// Where `pop` resumes its search (CPython's `finger`).
    finger: usize,
}

impl Table {
    fn mask(&self) -> usize {
        if self.slots.is_empty() {
            MINSIZE - 1
        } else {
            self.slots.len() - 1
        }
    }
}

pub struct SetData {
    table: UnsafeCell<Table>,
    version: Cell<u64>,
}

impl Payload for SetData {
    const KIND: Kind = Kind::Set;
}

impl Default for SetData {
    fn default() -> Self {
        Self::new()
    }
}

/// The outcome of a probe for a key.
enum Probe {
    /// The key is active at this slot.
    Found(usize),
    /// Absent; it would go into this unused slot, or into the dummy slot `free`.
    Missing { unused: usize, free: Option<usize> },
}

/// The next probe position after the linear run at `i`.
#[inline]
fn jump(i: usize, perturb: u64, mask: usize) -> usize {
    (i.wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(perturb as usize))
        & mask
}

/// Places `hash` into the first unused slot of its probe sequence in a table without
/// dummies or duplicates (CPython's `set_insert_clean`).
fn insert_clean(slots: &mut [Slot], key: Value, hash: i64) {
    let mask = slots.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        let probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        if let Some(s) = slots[i..=i + probes]
            .iter_mut()
            .find(|s| s.key.is_unbound())
        {
            *s = Slot { hash, key };
            return;
        }
        perturb >>= PERTURB_SHIFT;
        i = jump(i, perturb, mask);
    }
}

impl SetData {
    pub fn new() -> SetData {
        SetData {
            table: UnsafeCell::new(Table::default()),
            version: Cell::new(0),
        }
    }

    #[inline]
    fn t(&self) -> &Table {
        // SAFETY: borrows of the table are never held across calls that can run Python
        // code or mutate this set (see the module documentation).
        unsafe { &*self.table.get() }
    }
    #[inline]
    #[allow(clippy::mut_from_ref)]
    fn t_mut(&self) -> &mut Table {
        // SAFETY: as for `t`; mutation happens in short sections without callbacks.
        unsafe { &mut *self.table.get() }
    }
    fn bump(&self) {
        self.version.set(self.version.get().wrapping_add(1));
    }

    pub fn len(&self) -> usize {
        self.t().used
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The table's mask (size - 1), for CPython's size heuristics.
    pub fn mask(&self) -> usize {
        self.t().mask()
    }
    /// Active plus dummy slots.
    pub fn fill(&self) -> usize {
        self.t().fill
    }

    /// Finds `key` (hash `hash`), running `__eq__` where needed (CPython's
    /// `set_lookkey`, with the dummy tracking of `set_add_entry`: the last dummy seen).
    fn probe(&self, key: &Value, hash: i64) -> PyResult<Probe> {
        'restart: loop {
            let version = self.version.get();
            let t = self.t();
            if t.slots.is_empty() {
                let unused = (hash as u64 as usize) & (MINSIZE - 1);
                return Ok(Probe::Missing { unused, free: None });
            }
            let mask = t.mask();
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            let mut free = None;
            loop {
                let probes = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
                for j in i..=i + probes {
                    let s = &self.t().slots[j];
                    if s.is_unused() {
                        return Ok(Probe::Missing { unused: j, free });
                    }
                    if !s.is_active() {
                        free = Some(j);
                        continue;
                    }
                    if s.hash != hash {
                        continue;
                    }
                    if s.key.is(key) {
                        return Ok(Probe::Found(j));
                    }
                    let eq = match ops::fast_eq(&s.key, key) {
                        Some(eq) => eq,
                        None => {
                            let startkey = s.key.clone();
                            let eq = ops::eq_bool(&startkey, key)?;
                            if self.version.get() != version {
                                continue 'restart;
                            }
                            eq
                        }
                    };
                    if eq {
                        return Ok(Probe::Found(j));
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = jump(i, perturb, mask);
            }
        }
    }

    /// Adds `v`; does nothing when an equal key is present.
    pub fn add(&self, v: Value) -> PyResult<()> {
        let hash = ops::hash(&v)?;
        self.add_hashed(v, hash).map(|_| ())
    }

    /// Adds `key` with its hash; true when it was not present (CPython's `set_add_entry`).
    pub fn add_hashed(&self, key: Value, hash: i64) -> PyResult<bool> {
        match self.probe(&key, hash)? {
            Probe::Found(_) => Ok(false),
            Probe::Missing { unused, free } => {
                let t = self.t_mut();
                if t.slots.is_empty() {
                    t.slots = vec![Slot::UNUSED; MINSIZE];
                }
                t.used += 1;
                self.bump();
                if let Some(f) = free {
                    t.slots[f] = Slot { hash, key };
                    return Ok(true);
                }
                t.fill += 1;
                t.slots[unused] = Slot { hash, key };
                let mask = t.mask();
                if t.fill * 5 >= mask * 3 {
                    let used = t.used;
                    self.resize(if used > 50000 { used * 2 } else { used * 4 });
                }
                Ok(true)
            }
        }
    }

    /// Rebuilds the table with the smallest size above `minused`, dropping dummies
    /// (CPython's `set_table_resize`).
    pub fn resize(&self, minused: usize) {
        let t = self.t_mut();
        let mut size = MINSIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut t.slots, vec![Slot::UNUSED; size]);
        for s in old {
            if s.is_active() {
                insert_clean(&mut t.slots, s.key, s.hash);
            }
        }
        t.fill = t.used;
        self.bump();
    }

    /// `v in self`. A `set` key that is unhashable is looked up as a frozenset, as
    /// CPython does.
    pub fn contains(&self, v: &Value) -> PyResult<bool> {
        match ops::hash(v) {
            Ok(h) => self.contains_hashed(v, h),
            Err(e) => {
                let (k, h) = as_frozen_key(v, e)?;
                self.contains_hashed(&k, h)
            }
        }
    }
    pub fn contains_hashed(&self, v: &Value, hash: i64) -> PyResult<bool> {
        Ok(matches!(self.probe(v, hash)?, Probe::Found(_)))
    }

    /// Removes `v`; true when it was present. Unhashable sets are looked up as frozensets.
    pub fn discard(&self, v: &Value) -> PyResult<bool> {
        match ops::hash(v) {
            Ok(h) => self.discard_hashed(v, h),
            Err(e) => {
                let (k, h) = as_frozen_key(v, e)?;
                self.discard_hashed(&k, h)
            }
        }
    }
    pub fn discard_hashed(&self, v: &Value, hash: i64) -> PyResult<bool> {
        match self.probe(v, hash)? {
            Probe::Found(j) => {
                let t = self.t_mut();
                let old = std::mem::replace(
                    &mut t.slots[j],
                    Slot {
                        hash: DUMMY_HASH,
                        key: Value::UNBOUND,
                    },
                );
                t.used -= 1;
                self.bump();
                drop(old);
                Ok(true)
            }
            Probe::Missing { .. } => Ok(false),
        }
    }

    /// Removes and returns an arbitrary key, scanning from the finger as CPython does.
    pub fn pop(&self) -> Option<Value> {
        let t = self.t_mut();
        if t.used == 0 {
            return None;
        }
        let mask = t.mask();
        let mut i = t.finger & mask;
        while !t.slots[i].is_active() {
            i = if i == mask { 0 } else { i + 1 };
        }
        let s = std::mem::replace(
            &mut t.slots[i],
            Slot {
                hash: DUMMY_HASH,
                key: Value::UNBOUND,
            },
        );
        t.used -= 1;
        t.finger = i + 1;
        self.bump();
        Some(s.key)
    }

    pub fn clear(&self) {
        let t = self.t_mut();
        let old = std::mem::take(&mut t.slots);
        t.fill = 0;
        t.used = 0;
        self.bump();
        drop(old);
    }

    /// The active key at slot `i` or after: returns the key and the next position.
    pub fn next_entry(&self, mut i: usize) -> Option<(usize, Value)> {
        let t = self.t();
        while i < t.slots.len() {
            let s = &t.slots[i];
            if s.is_active() {
                return Some((i + 1, s.key.clone()));
            }
            i += 1;
        }
        None
    }

    /// The keys in table order.
    pub fn items(&self) -> Vec<Value> {
        self.t()
            .slots
            .iter()
            .filter(|s| s.is_active())
            .map(|s| s.key.clone())
            .collect()
    }
    /// The keys with their hashes, in table order.
    pub fn entries(&self) -> Vec<(Value, i64)> {
        self.t()
            .slots
            .iter()
            .filter(|s| s.is_active())
            .map(|s| (s.key.clone(), s.hash))
            .collect()
    }

    /// Exchanges the contents of two sets (CPython's `set_swap_bodies`, used by the
    /// `*_update` methods to adopt a computed result).
    pub fn swap_bodies(&self, other: &SetData) {
        let (a, b) = (self.t_mut(), other.t_mut());
        std::mem::swap(&mut a.slots, &mut b.slots);
        std::mem::swap(&mut a.fill, &mut b.fill);
        std::mem::swap(&mut a.used, &mut b.used);
        self.bump();
        other.bump();
    }

    /// Adds every key of `other` (CPython's `set_merge`): one resize up front, then the
    /// cheapest insertion the two tables allow.
    pub fn merge(&self, other: &SetData) -> PyResult<()> {
        if std::ptr::eq(self, other) || other.is_empty() {
            return Ok(());
        }
        let (fill, used, mask) = (self.fill(), self.len(), self.mask());
        if (fill + other.len()) * 5 >= mask * 3 {
            self.resize((used + other.len()) * 2);
        }
        if self.fill() == 0 {
            let same_shape = self.mask() == other.mask() && other.fill() == other.len();
            let entries: Vec<(usize, Slot)> = other
                .t()
                .slots
                .iter()
                .enumerate()
                .filter(|(_, s)| s.is_active())
                .map(|(i, s)| (i, s.clone()))
                .collect();
            let t = self.t_mut();
            if t.slots.is_empty() {
                t.slots = vec![Slot::UNUSED; t.mask() + 1];
            }
            t.fill = entries.len();
            t.used = entries.len();
            for (i, s) in entries {
                if same_shape {
                    t.slots[i] = s;
                } else {
                    insert_clean(&mut t.slots, s.key, s.hash);
                }
            }
            self.bump();
            return Ok(());
        }
        for (k, h) in other.entries() {
            self.add_hashed(k, h)?;
        }
        Ok(())
    }

    /// `self |= iterable` (CPython's `set_update_internal`): sets merge, dicts add their
    /// keys with the hashes they already have, other iterables add item by item.
    pub fn update(&self, other: &Value) -> PyResult<()> {
        if let Some(o) = as_set(other) {
            return self.merge(o);
        }
        if let Some(d) = exact_dict(other) {
            let n = d.len();
            if (self.fill() + n) * 5 >= self.mask() * 3 {
                self.resize((self.len() + n) * 2);
            }
            for e in d.entries() {
                self.add_hashed(e.key, e.hash)?;
            }
            return Ok(());
        }
        let it = ops::get_iter(other)?;
        while let Some(x) = ops::next(&it)? {
            self.add(x)?;
        }
        Ok(())
    }
}

/// `v` as a dict payload when it is exactly a dict.
fn exact_dict(v: &Value) -> Option<&DictData> {
    if crate::objects::typeobj::type_of(v).is(&types().dict) {
        v.downcast::<DictData>()
    } else {
        None
    }
}

/// For a lookup whose key failed to hash: a `set` key stands for the frozenset of its
/// items; anything else re-raises `err`.
fn as_frozen_key(v: &Value, err: PyErr) -> PyResult<(Value, i64)> {
    if v.kind() == Some(Kind::Set) && !is_frozen(v) && err.matches(&types().type_error) {
        let f = new_set(true);
        as_set(&f).expect("a new set").update(v)?;
        let h = ops::hash(&f)?;
        return Ok((f, h));
    }
    Err(err)
}

pub fn new_set(frozen: bool) -> Value {
    let ty = if frozen {
        &types().frozenset
    } else {
        &types().set
    };
    alloc(ty, SetData::new())
}

/// A new set (or frozenset) holding the items of `iterable` (CPython's `make_new_set`).
pub fn new_set_from(iterable: &Value, frozen: bool) -> PyResult<Value> {
    let s = new_set(frozen);
    as_set(&s).expect("a new set").update(iterable)?;
    Ok(s)
}

pub fn as_set(v: &Value) -> Option<&SetData> {
    v.downcast::<SetData>()
}

/// True when `v` is a frozenset (or subclass), false for a set.
pub fn is_frozen(v: &Value) -> bool {
    crate::objects::typeobj::is_instance(v, &types().frozenset)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::int::new_int;

    fn ints(s: &SetData) -> Vec<i64> {
        s.items().iter().filter_map(|v| v.as_small_int()).collect()
    }

    fn set_of(xs: &[i64]) -> SetData {
        let s = SetData::new();
        for &x in xs {
            s.add(new_int(x)).expect("ints hash");
        }
        s
    }

    #[test]
    fn iterates_in_cpython_table_order() {
        crate::vm::init();
        // Printed by CPython 3.11: {3, 1, 2} -> {1, 2, 3}; {0, 9, 4, 1} -> {0, 9, 4, 1}.
        assert_eq!(ints(&set_of(&[3, 1, 2])), vec![1, 2, 3]);
        assert_eq!(ints(&set_of(&[0, 9, 4, 1])), vec![0, 9, 4, 1]);
        // Growth past 60% fill: set(range(20)) with every other item removed, then two
        // colliding additions ({1, 3, ..., 19, 40, 64} in CPython).
        let s = set_of(&(0..20).collect::<Vec<_>>());
        for i in (0..20).step_by(2) {
            assert!(s.discard(&new_int(i)).expect("ints"));
        }
        s.add(new_int(40)).expect("ints");
        s.add(new_int(64)).expect("ints");
        let mut want: Vec<i64> = (1..20).step_by(2).collect();
        want.extend([40, 64]);
        assert_eq!(ints(&s), want);
    }

    #[test]
    fn reuses_the_last_dummy_on_the_probe_path() {
        crate::vm::init();
        // CPython 3.11: s={0,8,16}; remove 0 and 8; add 24, 32 -> {32, 24, 16}.
        let s = set_of(&[0, 8, 16]);
        s.discard(&new_int(0)).expect("ints");
        s.discard(&new_int(8)).expect("ints");
        s.add(new_int(24)).expect("ints");
        s.add(new_int(32)).expect("ints");
        assert_eq!(ints(&s), vec![32, 24, 16]);
        assert_eq!(s.len(), 3);
    }

    #[test]
    fn pop_follows_the_finger() {
        crate::vm::init();
        let s = set_of(&[5, 1, 3]);
        assert_eq!(s.pop().and_then(|v| v.as_small_int()), Some(1));
        assert_eq!(s.pop().and_then(|v| v.as_small_int()), Some(3));
        s.add(new_int(0)).expect("ints");
        // The finger is past slot 3: 5 comes before the re-added 0.
        assert_eq!(s.pop().and_then(|v| v.as_small_int()), Some(5));
        assert_eq!(s.pop().and_then(|v| v.as_small_int()), Some(0));
        assert!(s.pop().is_none());
    }
}
