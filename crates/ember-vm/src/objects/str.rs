//! `str`: UTF-8 text with its length in characters, its hash and an ASCII flag cached.
//!
//! Indexing is O(1) for ASCII strings (the common case); non-ASCII strings are indexed
//! by walking characters (an index side table is planned, as PyPy does). Identifiers are
//! interned: `intern` returns one shared immortal object per distinct text, so namespace
//! lookups with interned keys compare pointers first.

use crate::object::{alloc, Kind, Payload};
use crate::value::Value;
use crate::vm::types;
use std::cell::{Cell, RefCell, UnsafeCell};
use std::collections::HashMap;

pub struct StrData {
    /// The text. Only ever mutated by `append_unique`, on a str nobody else can see.
    s: UnsafeCell<String>,
    /// Length in characters (code points).
    char_len: Cell<usize>,
    /// The hash, or -1 when not computed yet.
    hash: Cell<i64>,
}

impl Payload for StrData {
    const KIND: Kind = Kind::Str;
}

thread_local! {
    static EMPTY: Value = {
        let v = alloc(&types().str, StrData::new(""));
        v.header().expect("heap").make_immortal();
        v
    };
    static INTERNED: RefCell<HashMap<Box<str>, Value>> = RefCell::new(HashMap::new());
    static STATIC_NAMES: RefCell<HashMap<(usize, usize), Value, BuildAddrHasher>> =
        const { RefCell::new(HashMap::with_hasher(BuildAddrHasher)) };
}

impl StrData {
    pub fn new(s: &str) -> StrData {
        StrData::from_string(s.into())
    }
    pub fn from_string(s: String) -> StrData {
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        StrData {
            s: UnsafeCell::new(s),
            char_len: Cell::new(char_len),
            hash: Cell::new(-1),
        }
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        // SAFETY: the text is only mutated by `append_unique`, whose caller guarantees no
        // other reference to this object (and so to this text) exists.
        unsafe { &*self.s.get() }
    }
    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len.get()
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len.get() == self.as_str().len()
    }

    /// Appends to this str in place: `s += t` when the register holds the only reference
    /// (CPython's same optimisation), making repeated concatenation amortised linear.
    ///
    /// # Safety
    /// The caller owns the only reference to this object (its count is one and it is not
    /// immortal), so no `&str` borrowed from it is alive.
    pub unsafe fn append_unique(&self, tail: &StrData) {
        // SAFETY: per the contract, nobody else can observe the text while it changes.
        let s = unsafe { &mut *self.s.get() };
        s.push_str(tail.as_str());
        self.char_len.set(self.char_len.get() + tail.char_len());
        self.hash.set(-1);
    }
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_bytes(self.as_str().as_bytes());
        self.hash.set(h);
        h
    }
    /// The character at index `i` (0-based, already bounds-checked by the caller).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.as_str().as_bytes()[i] as char
        } else {
            self.as_str()
                .chars()
                .nth(i)
                .expect("index checked by caller")
        }
    }
    /// Byte offset of character index `i` (`i <= char_len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            let s = self.as_str();
            s.char_indices().nth(i).map_or(s.len(), |(b, _)| b)
        }
    }
    /// The substring of characters `start .. end`.
    pub fn substr(&self, start: usize, end: usize) -> &str {
        let b0 = self.byte_offset(start);
        let b1 = self.byte_offset(end);
        &self.as_str()[b0..b1]
    }

    /// The interned string for a `'static` name, cached by the text's address so that
    /// hot paths (`lookup_special(v, "__len__")`) skip hashing the text.
    #[inline]
    pub fn intern_static(s: &'static str) -> Value {
        let key = (s.as_ptr() as usize, s.len());
        STATIC_NAMES.with(|m| {
            if let Some(v) = m.borrow().get(&key) {
                return v.clone();
            }
            let v = StrData::intern(s);
            m.borrow_mut().insert(key, v.clone());
            v
        })
    }

    /// The interned string object for `s` (immortal).
    pub fn intern(s: &str) -> Value {
        INTERNED.with(|m| {
            if let Some(v) = m.borrow().get(s) {
                return v.clone();
            }
            let v = alloc(&types().str, StrData::new(s));
            let h = v.header().expect("a new str is a heap object");
            h.make_immortal();
            h.flags
                .set(h.flags.get() | crate::object::header_flag::INTERNED);
            m.borrow_mut().insert(s.into(), v.clone());
            v
        })
    }
}

/// Hashes an address: the keys of `STATIC_NAMES` are already well spread.
#[derive(Default, Clone, Copy)]
struct BuildAddrHasher;
struct AddrHasher(u64);
impl std::hash::BuildHasher for BuildAddrHasher {
    type Hasher = AddrHasher;
    fn build_hasher(&self) -> AddrHasher {
        AddrHasher(0)
    }
}
impl std::hash::Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ b as u64;
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = (self.0.rotate_left(29) ^ n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// A non-cryptographic hash of bytes (FNV-1a folded to 64 bits), never -1.
pub fn hash_bytes(b: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &c in b {
        h ^= c as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = (h ^ (h >> 29)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// A new `str` object.
pub fn new_str(s: &str) -> Value {
    if s.is_empty() {
        return EMPTY.with(|e| e.clone());
    }
    alloc(&types().str, StrData::new(s))
}

/// A new `str` object taking a `String`.
pub fn new_string(s: String) -> Value {
    if s.is_empty() {
        return EMPTY.with(|e| e.clone());
    }
    alloc(&types().str, StrData::from_string(s))
}

/// The text of a `str` object (exact or subclass payload), if `v` is one.
pub fn as_str(v: &Value) -> Option<&str> {
    v.downcast::<StrData>().map(|s| s.as_str())
}
