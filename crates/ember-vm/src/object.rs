//! The heap object header, object layouts (`Kind`), allocation, reference counting and
//! deallocation.
//!
//! Every heap object is a `PyObject<T>`: a `#[repr(C)]` header followed by a payload `T`.
//! The header holds the reference count, the layout kind (which Rust payload follows, so
//! downcasts are one byte compare) and a counted pointer to the object's Python type.
//!
//! Invariants:
//! - an object of kind `K` was allocated as `PyObject<T>` with `T::KIND == K`;
//! - a count of `IMMORTAL` is never changed: such objects live for the whole process;
//! - deallocation never recurses deeper than `MAX_DEALLOC_DEPTH` on the Rust stack:
//!   deeper frees are queued and drained by the outermost one (CPython's "trashcan").

use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

/// Reference count that marks an immortal object.
pub const IMMORTAL: u32 = u32::MAX;

/// The Rust layout of a heap object. Several Python types may share a layout (all native
/// iterators share `NativeIter`; every exception class shares `Instance`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Kind {
    BigInt,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    Type,
    Function,
    Code,
    Cell,
    Module,
    Instance,
    BoundMethod,
    NativeFunction,
    Range,
    Slice,
    NativeIter,
    DictView,
    Property,
    ClassMethod,
    StaticMethod,
    Super,
    Generator,
    Traceback,
    Frame,
    MemberDescr,
    AsyncGenAwaitable,
    NativeState,
}

/// Bits of `Header::flags`.
pub mod header_flag {
    /// A `str` that is the interned copy of its text (immortal; compared by address).
    pub const INTERNED: u8 = 0x80;
    /// The object's type is a class defined in Python whose layout is a built-in one
    /// (a subclass of list, int, type ...): the generic operations look for overridden
    /// dunder methods (`ops::override_of`) before the built-in path.
    pub const SUBCLASS: u8 = 0x40;
    /// The payload is followed by an instance dict: the object is a
    /// `PyObject<Subclassed<T>>` (`objects::subclass`). Implies `SUBCLASS`.
    pub const INSTANCE_DICT: u8 = 0x20;
}

/// Object header: 16 bytes.
#[repr(C)]
pub struct Header {
    refcnt: Cell<u32>,
    pub kind: Kind,
    /// Per-object flags, meaning given by the layout.
    pub flags: Cell<u8>,
    /// The tagged word of a counted reference to the object's type.
    ty_raw: usize,
}

impl Header {
    /// A header for an immortal object whose type is set later (`set_type_raw`).
    pub(crate) fn new_immortal(kind: Kind) -> Header {
        Header {
            refcnt: Cell::new(IMMORTAL),
            kind,
            flags: Cell::new(0),
            ty_raw: Value::NONE.into_raw(),
        }
    }
    /// Sets the type of an immortal object made by `new_immortal`.
    ///
    /// # Safety
    /// `obj` is a heap object whose type is still the placeholder; `ty` is immortal.
    pub(crate) unsafe fn set_type_raw(obj: &Value, ty: &Value) {
        // SAFETY: per the contract, nobody else reads the header while it is patched.
        unsafe { (*obj.header_ptr()).ty_raw = ty.raw() };
    }
    #[inline(always)]
    pub fn incref(&self) {
        let rc = self.refcnt.get();
        if rc != IMMORTAL {
            // Saturates at IMMORTAL: an object referenced 4 billion times is kept forever.
            self.refcnt.set(rc + 1);
        }
    }
    pub fn refcount(&self) -> u32 {
        self.refcnt.get()
    }
    pub fn make_immortal(&self) {
        self.refcnt.set(IMMORTAL);
    }
    /// The object's type, borrowed (the header holds a reference to it).
    #[inline(always)]
    pub fn ty_value(&self) -> &Value {
        // SAFETY: `Value` is `repr(transparent)` over a tagged word; `ty_raw` stores the
        // tagged word of the type, which the header keeps alive with a counted reference.
        unsafe { &*(&self.ty_raw as *const usize as *const Value) }
    }
    /// Replaces the type (`obj.__class__ = C`), moving the counted reference.
    pub fn set_ty(&mut self, ty: Value) {
        // SAFETY: the old word is a counted type reference owned by this header.
        let old = unsafe { Value::from_raw(self.ty_raw) };
        self.ty_raw = ty.into_raw();
        drop(old);
    }
}

/// A heap object: header then payload.
#[repr(C)]
pub struct PyObject<T> {
    pub header: Header,
    pub data: T,
}

/// A Rust type that is the payload of some heap objects.
pub trait Payload: Sized + 'static {
    const KIND: Kind;
}

/// Allocates a new object of type `ty` holding `data`, with one reference.
pub fn alloc<T: Payload>(ty: &Value, data: T) -> Value {
    // SAFETY: `T::KIND` names the payload `T`, and no flag promises more than `T`.
    unsafe { alloc_raw(ty, T::KIND, 0, data) }
}

/// Allocates `PyObject<D>` with the given header kind and flags, with one reference.
///
/// # Safety
/// `D` is the payload that `kind` and `flags` promise (`T::KIND`'s payload `T`, or
/// `Subclassed<T>` with `INSTANCE_DICT` set), so that downcasts and `free_fn` agree.
pub(crate) unsafe fn alloc_raw<D: 'static>(ty: &Value, kind: Kind, flags: u8, data: D) -> Value {
    let obj = Box::new(PyObject {
        header: Header {
            refcnt: Cell::new(1),
            kind,
            flags: Cell::new(flags),
            ty_raw: ty.clone().into_raw(),
        },
        data,
    });
    let ptr = NonNull::from(Box::leak(obj)).cast::<Header>();
    // SAFETY: freshly allocated with a count of one, which the new Value takes.
    unsafe { Value::from_owned_ptr(ptr) }
}

thread_local! {
    /// Freed exact floats kept for reuse (CPython keeps a float free list too): float
    /// arithmetic allocates a result per operation.
    static FLOAT_FREE: std::cell::RefCell<Vec<NonNull<Header>>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Most freed floats kept for reuse.
const FLOAT_FREE_MAX: usize = 256;

/// A new `float` object of type `ty` (`float` itself), reusing a freed one if any.
#[inline]
pub fn alloc_float(ty: &Value, f: f64) -> Value {
    use crate::objects::float::FloatData;
    if let Some(p) = FLOAT_FREE.with(|l| l.borrow_mut().pop()) {
        // SAFETY: `p` is the memory of a freed `PyObject<FloatData>` (kept by
        // `free_float`), allocated as a Box of that layout and referenced by nobody.
        unsafe {
            (p.as_ptr() as *mut PyObject<FloatData>).write(PyObject {
                header: Header {
                    refcnt: Cell::new(1),
                    kind: Kind::Float,
                    flags: Cell::new(0),
                    ty_raw: ty.clone().into_raw(),
                },
                data: FloatData(f),
            });
            return Value::from_owned_ptr(p);
        }
    }
    alloc(ty, FloatData(f))
}

/// Frees a float, keeping plain ones for `alloc_float`.
///
/// # Safety
/// As `free_as`.
unsafe fn free_float(ptr: *mut Header) {
    use crate::objects::float::FloatData;
    // SAFETY: `ptr` is a float object (its kind is Float) with a count of zero.
    let h = unsafe { &*ptr };
    if h.flags.get() == 0 && FLOAT_FREE.with(|l| l.borrow().len()) < FLOAT_FREE_MAX {
        // The payload is a plain f64 (nothing to drop); the type reference is released.
        // SAFETY: the header owned one reference to its type.
        drop(unsafe { Value::from_raw(h.ty_raw) });
        // SAFETY: `ptr` is non-null (a live object until now).
        FLOAT_FREE.with(|l| l.borrow_mut().push(unsafe { NonNull::new_unchecked(ptr) }));
        return;
    }
    // SAFETY: as the contract of this function.
    unsafe { free_as::<FloatData>(ptr) }
}

/// Frees the object: drops its payload and its type reference and releases the memory.
///
/// # Safety
/// `ptr` is an object allocated as `PyObject<T>` whose count has reached zero.
pub(crate) unsafe fn free_as<T: 'static>(ptr: *mut Header) {
    // SAFETY: per the contract, the object was allocated by `alloc::<T>` as a Box.
    let obj = unsafe { Box::from_raw(ptr as *mut PyObject<T>) };
    let ty = obj.header.ty_raw;
    drop(obj);
    // SAFETY: the header owned one reference to its type.
    drop(unsafe { Value::from_raw(ty) });
}

/// Frees a type object, first unregistering it from its bases.
///
/// # Safety
/// As `free_as`.
unsafe fn free_type(ptr: *mut Header) {
    use crate::objects::typeobj::{unregister_subclass, TypeData};
    // SAFETY: `ptr` is a type object (its kind is Type) with a count of zero.
    let td = unsafe { &(*(ptr as *mut PyObject<TypeData>)).data };
    unregister_subclass(td, ptr as usize);
    // SAFETY: as the contract of this function.
    unsafe { free_as::<TypeData>(ptr) }
}

/// Frees a generator, coroutine or asynchronous generator. A coroutine that never ran
/// gets CPython's "was never awaited" warning first; one suspended is closed first, as
/// CPython's `_PyGen_Finalize` does (its `finally` blocks run; an error goes to
/// "Exception ignored in"). Closing may keep it alive (resurrection): then it stays.
///
/// # Safety
/// As `free_as`.
unsafe fn free_generator(ptr: *mut Header) {
    use crate::objects::generator::GeneratorData;
    // SAFETY: `ptr` is a generator object (its kind is Generator) with a count of zero.
    let obj = unsafe { &*(ptr as *mut PyObject<GeneratorData>) };
    let pc = obj.data.frame.borrow().as_ref().map(|f| f.pc);
    if obj.header.ty_value().is(&crate::vm::types().coroutine) && pc == Some(0) {
        let name = crate::objects::str::as_str(&obj.data.qualname).unwrap_or("?");
        crate::interp::coroutine::warn_never_awaited(name);
    } else if pc.is_some_and(|pc| pc > 0) && !obj.data.running.get() {
        obj.header.refcnt.set(1);
        // SAFETY: the object is alive (not freed yet) and now counts this one reference.
        let g = unsafe { Value::from_owned_ptr(NonNull::new_unchecked(ptr)) };
        if let Err(e) = crate::types::function::generator_close(std::slice::from_ref(&g), &[]) {
            crate::run::write_unraisable(&e, &g);
        }
        // The reference `g` took is given back by hand, without freeing.
        std::mem::forget(g);
        let rc = obj.header.refcnt.get();
        if rc > 1 {
            // Resurrected by its own `finally`: someone else holds it now.
            obj.header.refcnt.set(rc - 1);
            return;
        }
        obj.header.refcnt.set(0);
    }
    // SAFETY: as the contract of this function.
    unsafe { free_as::<GeneratorData>(ptr) }
}

/// The function that frees an object with this header.
fn free_fn(h: &Header) -> unsafe fn(*mut Header) {
    if h.flags.get() & header_flag::INSTANCE_DICT != 0 {
        return crate::objects::subclass::free_fn(h.kind);
    }
    free_fn_of_kind(h.kind)
}

/// The function that frees an object of a given kind (allocated by `alloc`).
fn free_fn_of_kind(kind: Kind) -> unsafe fn(*mut Header) {
    use crate::objects::*;
    match kind {
        Kind::BigInt => free_as::<int::BigIntData>,
        Kind::Float => free_float,
        Kind::Complex => free_as::<complex::ComplexData>,
        Kind::Str => free_as::<str::StrData>,
        Kind::Bytes => free_as::<bytes::BytesData>,
        Kind::ByteArray => free_as::<bytes::ByteArrayData>,
        Kind::Tuple => free_as::<tuple::TupleData>,
        Kind::List => free_as::<list::ListData>,
        Kind::Dict => free_as::<dict::DictData>,
        Kind::Set => free_as::<set::SetData>,
        Kind::Type => free_type,
        Kind::Function => free_as::<function::FunctionData>,
        Kind::Code => free_as::<code::CodeData>,
        Kind::Cell => free_as::<cell::CellData>,
        Kind::Module => free_as::<module::ModuleData>,
        Kind::Instance => free_as::<instance::InstanceData>,
        Kind::BoundMethod => free_as::<function::BoundMethodData>,
        Kind::NativeFunction => free_as::<native::NativeFunctionData>,
        Kind::Range => free_as::<range::RangeData>,
        Kind::Slice => free_as::<slice::SliceData>,
        Kind::NativeIter => free_as::<iter::NativeIterData>,
        Kind::DictView => free_as::<dict::DictViewData>,
        Kind::Property => free_as::<descr::PropertyData>,
        Kind::ClassMethod => free_as::<descr::ClassMethodData>,
        Kind::StaticMethod => free_as::<descr::StaticMethodData>,
        Kind::Super => free_as::<descr::SuperData>,
        Kind::Generator => free_generator,
        Kind::Traceback => free_as::<exception::TracebackData>,
        Kind::Frame => free_as::<exception::FrameData>,
        Kind::MemberDescr => free_as::<descr::MemberDescrData>,
        Kind::AsyncGenAwaitable => free_as::<generator::AsyncGenAwaitableData>,
        Kind::NativeState => free_as::<native_state::NativeStateData>,
    }
}

const MAX_DEALLOC_DEPTH: u32 = 64;

thread_local! {
    static DEALLOC_DEPTH: Cell<u32> = const { Cell::new(0) };
    static DEALLOC_QUEUE: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Drops one reference; frees the object when none remain.
///
/// # Safety
/// `ptr` is a live object and the caller owned one reference to it.
#[inline(always)]
pub unsafe fn decref(ptr: *mut Header) {
    // SAFETY: the caller's reference keeps the object alive until this point.
    let h = unsafe { &*ptr };
    let rc = h.refcnt.get();
    if rc == IMMORTAL {
        return;
    }
    if rc > 1 {
        h.refcnt.set(rc - 1);
        return;
    }
    h.refcnt.set(0);
    // SAFETY: the count reached zero: nobody else refers to the object.
    unsafe { dealloc(ptr) }
}

#[cold]
#[inline(never)]
unsafe fn dealloc(ptr: *mut Header) {
    let depth = DEALLOC_DEPTH.with(|d| d.get());
    if depth >= MAX_DEALLOC_DEPTH {
        DEALLOC_QUEUE.with(|q| q.borrow_mut().push(ptr as usize));
        return;
    }
    DEALLOC_DEPTH.with(|d| d.set(depth + 1));
    // SAFETY: `ptr` has a count of zero and its kind says which payload it holds.
    unsafe { free_fn(&*ptr)(ptr) };
    if depth == 0 {
        // The outermost free drains what deeper frees queued, at depth one.
        while let Some(next) = DEALLOC_QUEUE.with(|q| q.borrow_mut().pop()) {
            let p = next as *mut Header;
            // SAFETY: queued objects have a count of zero and were not freed yet.
            unsafe { free_fn(&*p)(p) };
        }
    }
    DEALLOC_DEPTH.with(|d| d.set(depth));
}
