//! Type objects: name, bases, MRO, namespace, instance layout and version tag.
//!
//! Built-in types are immortal and created once at start-up (`vm::types()`); classes
//! made by `class` statements are ordinary counted objects. Every type has a version tag
//! that is bumped when its namespace or that of a class in its MRO changes, so inline
//! caches can guard on (type, version) alone.

use crate::error::{PyErr, PyResult};
use crate::object::{alloc, Kind, Payload};
use crate::objects::dict::DictData;
use crate::objects::str::StrData;
use crate::slot::Slot;
use crate::value::Value;
use crate::vm::types;
use std::cell::{Cell, UnsafeCell};

pub struct TypeData {
    pub name: UnsafeCell<String>,
    pub qualname: UnsafeCell<String>,
    /// Direct bases (`__bases__`).
    pub bases: UnsafeCell<Vec<Value>>,
    /// Method resolution order, this type first.
    pub mro: UnsafeCell<Vec<Value>>,
    /// The namespace (a dict; set right after allocation).
    pub dict: Slot,
    /// The layout of instances (the "solid base").
    pub instance_kind: Kind,
    /// Built-in type (its namespace cannot be changed by Python code).
    pub builtin: bool,
    /// Can be subclassed.
    pub base_type: Cell<bool>,
    /// Instances have a `__dict__`.
    pub has_instance_dict: bool,
    /// Number of `__slots__` values instances hold (this class's and its bases').
    pub nslots: Cell<usize>,
    /// Version tag; bumped on any change to this type or a type in its MRO.
    pub version: Cell<u64>,
    /// Types whose MRO contains this one (weakly, by id), for version invalidation.
    pub subclasses: UnsafeCell<Vec<usize>>,
    /// Facts derived from the namespace along the MRO (`slot_flags`), and the version
    /// they were computed at.
    slot_cache: Cell<(u64, u8)>,
    /// A small direct-mapped cache of `lookup` results (CPython's method cache, per
    /// type): valid while the entry's version is the type's.
    lookup_cache: UnsafeCell<[CacheEntry; LOOKUP_CACHE_SIZE]>,
}

const LOOKUP_CACHE_SIZE: usize = 32;

/// One `lookup_cache` slot. `name` is held (counted), so its address cannot be reused
/// by another string while the entry exists; `value` is UNBOUND for "not found".
#[derive(Default)]
struct CacheEntry {
    version: u64,
    name: Value,
    value: Value,
}

/// `TypeData::slot_flags` bits: which data-model methods the class overrides.
pub mod slot_flag {
    /// `__new__` is not `object.__new__`.
    pub const NEW: u8 = 1;
    /// `__init__` is not `object.__init__`.
    pub const INIT: u8 = 2;
    /// `__setattr__` is a Python function.
    pub const SETATTR: u8 = 4;
    /// `__delattr__` is a Python function.
    pub const DELATTR: u8 = 8;
    /// `__getattr__` exists.
    pub const GETATTR: u8 = 16;
    /// `__getattribute__` is a Python function.
    pub const GETATTRIBUTE: u8 = 32;
    /// The class's own `__abstractmethods__` is non-empty: it cannot be instantiated.
    pub const ABSTRACT: u8 = 64;
    /// `__del__` exists (a finalizer runs when an instance is freed).
    pub const DEL: u8 = 128;
}

impl Payload for TypeData {
    const KIND: Kind = Kind::Type;
}

thread_local! {
    static NEXT_VERSION: Cell<u64> = const { Cell::new(1) };
}

pub fn next_version() -> u64 {
    NEXT_VERSION.with(|v| {
        let n = v.get();
        v.set(n + 1);
        n
    })
}

impl TypeData {
    pub fn new(name: &str, instance_kind: Kind, builtin: bool) -> TypeData {
        TypeData {
            name: UnsafeCell::new(name.to_string()),
            qualname: UnsafeCell::new(name.to_string()),
            bases: UnsafeCell::new(Vec::new()),
            mro: UnsafeCell::new(Vec::new()),
            dict: Slot::default(),
            instance_kind,
            builtin,
            base_type: Cell::new(true),
            has_instance_dict: instance_kind == Kind::Instance,
            nslots: Cell::new(0),
            version: Cell::new(next_version()),
            subclasses: UnsafeCell::new(Vec::new()),
            slot_cache: Cell::new((0, 0)),
            lookup_cache: UnsafeCell::new(Default::default()),
        }
    }
    pub fn name(&self) -> &str {
        // SAFETY: the name is only replaced by `set_name`, never while borrowed.
        unsafe { &*self.name.get() }
    }
    pub fn qualname(&self) -> &str {
        // SAFETY: as for `name`.
        unsafe { &*self.qualname.get() }
    }
    pub fn set_name(&self, name: String) {
        // SAFETY: single-threaded; no reference from `name()` outlives a statement.
        unsafe { *self.name.get() = name }
    }
    pub fn set_qualname(&self, name: String) {
        // SAFETY: as for `set_name`.
        unsafe { *self.qualname.get() = name }
    }
    pub fn mro(&self) -> &[Value] {
        // SAFETY: the MRO is replaced only by `set_mro`, not during a lookup.
        unsafe { &*self.mro.get() }
    }
    pub fn bases(&self) -> &[Value] {
        // SAFETY: as for `mro`.
        unsafe { &*self.bases.get() }
    }
    pub fn set_mro(&self, mro: Vec<Value>) {
        // SAFETY: see `mro`.
        unsafe { *self.mro.get() = mro }
    }
    pub fn set_bases(&self, bases: Vec<Value>) {
        // SAFETY: see `bases`.
        unsafe { *self.bases.get() = bases }
    }
    pub fn dict(&self) -> &DictData {
        self.dict
            .borrow()
            .downcast::<DictData>()
            .expect("a type's namespace is always a dict")
    }

    /// Looks `name` up along the MRO, without descriptors: CPython's `_PyType_Lookup`,
    /// through the per-type cache.
    pub fn lookup(&self, name: &Value) -> Option<Value> {
        let i = (name.id() >> 4) & (LOOKUP_CACHE_SIZE - 1);
        let version = self.version.get();
        // SAFETY: the cache is only touched here, with no call out while borrowed
        // (`lookup_uncached` runs before the entry is borrowed for the update).
        let e = unsafe { &(*self.lookup_cache.get())[i] };
        if e.version == version && e.name.is(name) {
            return if e.value.is_unbound() {
                None
            } else {
                Some(e.value.clone())
            };
        }
        let found = self.lookup_uncached(name);
        let entry = CacheEntry {
            version,
            name: name.clone(),
            value: found.clone().unwrap_or(Value::UNBOUND),
        };
        // SAFETY: as above; the old entry is dropped after the new one is in place.
        let old = unsafe { std::mem::replace(&mut (*self.lookup_cache.get())[i], entry) };
        drop(old);
        found
    }

    /// `lookup` without the cache.
    fn lookup_uncached(&self, name: &Value) -> Option<Value> {
        for t in self.mro() {
            let td = t.downcast::<TypeData>().expect("MRO entries are types");
            if let Some(v) = td.dict().get_str(name) {
                return Some(v);
            }
        }
        None
    }

    /// Marks this type and all its subclasses, transitively, changed (a namespace write,
    /// a new base): every cache keyed on one of their versions misses from now on.
    pub fn modified(&self) {
        self.version.set(next_version());
        // SAFETY: the list of subclass ids is not borrowed elsewhere.
        let mut pending = unsafe { &*self.subclasses.get() }.clone();
        while let Some(id) = pending.pop() {
            // Subclasses unregister themselves when freed, so ids here are live types.
            if let Some(td) = crate::objects::typeobj::type_data_by_id(id) {
                td.version.set(next_version());
                // SAFETY: as above, for the subclass's own list.
                pending.extend(unsafe { &*td.subclasses.get() }.iter().copied());
            }
        }
    }

    /// Which data-model methods this class overrides (`slot_flag` bits), recomputed only
    /// when the type's version changed: the slot table of DESIGN.md section 3, reduced
    /// to the facts the generic paths ask about on every call.
    pub fn slot_flags(&self) -> u8 {
        let (version, flags) = self.slot_cache.get();
        if version == self.version.get() {
            return flags;
        }
        let object_dict = crate::vm::types().object.clone();
        let object_td = object_dict
            .downcast::<TypeData>()
            .expect("object is a type");
        let not_object = |name: &'static str| {
            let key = StrData::intern_static(name);
            match self.lookup(&key) {
                Some(v) => !object_td.dict().get_str(&key).is_some_and(|o| o.is(&v)),
                None => false,
            }
        };
        let is_function = |name: &'static str| {
            self.lookup(&StrData::intern_static(name))
                .is_some_and(|f| f.kind() == Some(Kind::Function))
        };
        let mut f = 0;
        if not_object("__new__") {
            f |= slot_flag::NEW;
        }
        if not_object("__init__") {
            f |= slot_flag::INIT;
        }
        if is_function("__setattr__") {
            f |= slot_flag::SETATTR;
        }
        if is_function("__delattr__") {
            f |= slot_flag::DELATTR;
        }
        if is_function("__getattribute__") {
            f |= slot_flag::GETATTRIBUTE;
        }
        if self
            .lookup(&StrData::intern_static("__getattr__"))
            .is_some()
        {
            f |= slot_flag::GETATTR;
        }
        let abstract_names = self
            .dict()
            .get_str(&StrData::intern_static("__abstractmethods__"));
        if abstract_names.is_some_and(|a| crate::ops::is_true(&a).unwrap_or(false)) {
            f |= slot_flag::ABSTRACT;
        }
        if !self.builtin && self.lookup(&StrData::intern_static("__del__")).is_some() {
            f |= slot_flag::DEL;
        }
        self.slot_cache.set((self.version.get(), f));
        f
    }

    pub fn is_subtype(&self, other: &Value) -> bool {
        self.mro().iter().any(|t| t.is(other))
    }
}

/// The direct subclasses of `ty` that are alive (`type.__subclasses__()`).
pub fn subclasses(ty: &Value) -> Vec<Value> {
    let Some(td) = ty.downcast::<TypeData>() else {
        return Vec::new();
    };
    // SAFETY: the list is not borrowed elsewhere; ids in it are live types (see
    // `unregister_subclass`), so making a counted reference from each is sound.
    let ids = unsafe { &*td.subclasses.get() }.clone();
    ids.into_iter()
        .map(|id| {
            let v = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(id | 1) });
            (*v).clone()
        })
        .collect()
}

/// Looks up a type's payload by its id (address), for the subclass registry.
fn type_data_by_id(id: usize) -> Option<&'static TypeData> {
    // SAFETY: ids in a subclass list are addresses of live type objects (see `modified`).
    let v = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(id | 1) });
    let td = v.downcast::<TypeData>()?;
    // SAFETY: the type outlives this call; the 'static lifetime does not escape `modified`.
    Some(unsafe { &*(td as *const TypeData) })
}

/// Removes a type that is being freed from its bases' subclass lists, so that
/// `modified` never visits a freed type. Called by the deallocator before the payload
/// is dropped.
pub(crate) fn unregister_subclass(td: &TypeData, id: usize) {
    for b in td.bases() {
        if let Some(bd) = b.downcast::<TypeData>() {
            // SAFETY: the subclass list is not borrowed elsewhere during this call.
            unsafe { &mut *bd.subclasses.get() }.retain(|&x| x != id);
        }
    }
}

/// `type(v)`, borrowed.
#[inline(always)]
pub fn type_of(v: &Value) -> &Value {
    if let Some(h) = v.header() {
        return h.ty_value();
    }
    let t = types();
    if v.is_small_int() {
        &t.int
    } else if v.is_bool() {
        &t.bool
    } else if v.is_none() {
        &t.none_type
    } else if v.is_not_implemented() {
        &t.not_implemented_type
    } else if v.is_ellipsis() {
        &t.ellipsis_type
    } else {
        // UNBOUND never reaches Python code; treat it as None's type for robustness.
        &t.none_type
    }
}

pub fn type_data(ty: &Value) -> &TypeData {
    ty.downcast::<TypeData>()
        .expect("type_data() is called on types only")
}

/// The name of `type(v)`, for error messages.
pub fn type_name(v: &Value) -> String {
    type_data(type_of(v)).name().to_string()
}

/// `isinstance(v, ty)` by MRO (no `__instancecheck__`).
pub fn is_instance(v: &Value, ty: &Value) -> bool {
    let t = type_of(v);
    t.is(ty) || type_data(t).is_subtype(ty)
}

/// `issubclass(a, b)` for two types (no `__subclasscheck__`).
pub fn is_subclass(a: &Value, b: &Value) -> bool {
    a.is(b) || a.downcast::<TypeData>().is_some_and(|td| td.is_subtype(b))
}

/// Allocates a type object (its metatype is `type`), with `mro` computed from `bases`.
pub fn new_type(
    name: &str,
    bases: Vec<Value>,
    instance_kind: Kind,
    builtin: bool,
) -> PyResult<Value> {
    let td = TypeData::new(name, instance_kind, builtin);
    td.dict.set(DictData::new_value());
    let ty = alloc(&types().type_, td);
    set_bases_and_mro(&ty, bases)?;
    Ok(ty)
}

/// Sets `__bases__` and computes the C3 linearisation, registering with the bases.
pub fn set_bases_and_mro(ty: &Value, bases: Vec<Value>) -> PyResult<()> {
    let td = type_data(ty);
    let mro = c3_mro(ty, &bases)?;
    for b in &bases {
        // SAFETY: the subclass list is not borrowed elsewhere during this push.
        unsafe { &mut *type_data(b).subclasses.get() }.push(ty.id());
    }
    td.set_bases(bases);
    td.set_mro(mro);
    Ok(())
}

/// C3 linearisation of `ty` with direct `bases` (CPython's `mro_internal`).
pub fn c3_mro(ty: &Value, bases: &[Value]) -> PyResult<Vec<Value>> {
    for (i, b) in bases.iter().enumerate() {
        if bases[i + 1..].iter().any(|o| o.is(b)) {
            return Err(PyErr::type_error(format!(
                "duplicate base class {}",
                type_data(b).name()
            )));
        }
    }
    let mut seqs: Vec<Vec<Value>> = bases.iter().map(|b| type_data(b).mro().to_vec()).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![ty.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            let in_tail = seqs.iter().any(|t| t[1..].iter().any(|x| x.is(cand)));
            if !in_tail {
                found = Some(cand.clone());
                break;
            }
        }
        let Some(next) = found else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = type_data(&s[0]).name().to_string();
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(PyErr::type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if s[0].is(&next) {
                s.remove(0);
            }
        }
        out.push(next);
    }
}

/// Stores `name = value` in a type's namespace and bumps its version.
pub fn type_set_attr(ty: &Value, name: &str, value: Value) {
    let td = type_data(ty);
    td.dict().set_str(&StrData::intern(name), value);
    td.modified();
}
