//! `str`: text in generalised UTF-8 (`str_utf8.rs`: UTF-8 plus lone surrogates), with
//! its length in code points, its hash and whether it holds a surrogate cached.
//!
//! Indexing is O(1) for ASCII strings (the common case); non-ASCII strings are indexed
//! by walking characters (an index side table is planned, as PyPy does). Identifiers are
//! interned: `intern` returns one shared immortal object per distinct text, so namespace
//! lookups with interned keys compare pointers first.
//!
//! Invariant: the bytes are valid generalised UTF-8, and valid UTF-8 when the surrogate
//! flag is false. Every constructor keeps it: from a Rust `str`, from whole or
//! boundary-checked parts of other strs, or from code points through `StrBuf`.
//!
//! `as_str` is the fast path for surrogate-free text; for text with surrogates it
//! returns a lossy view (each surrogate as U+FFFD, same length and boundaries), so every
//! caller of `as_str` stays memory-safe but sees U+FFFD. The exact operations use
//! `as_bytes`, `code_points` and `StrBuf`: construction, `len`, indexing, slicing,
//! iteration, comparison, hashing, searching, concatenation, `repr`, formatting and the
//! codecs (see docs/architecture.md for the list).

use crate::object::{alloc, Kind, Payload};
use crate::objects::str_utf8::{self as utf8, CodePoints};
use crate::value::Value;
use crate::vm::types;
use std::cell::{Cell, OnceCell, RefCell, UnsafeCell};
use std::collections::HashMap;

pub struct StrData {
    /// The text. Only ever mutated by `append_unique`, on a str nobody else can see.
    text: UnsafeCell<Text>,
    /// Length in characters (code points), with `SURROGATES` set when the text holds a
    /// lone surrogate; when it is clear, the bytes are valid UTF-8. (One word for both
    /// keeps a str object in mimalloc's 64-byte size class.)
    len_and_flag: Cell<usize>,
    /// The hash, or -1 when not computed yet.
    hash: Cell<i64>,
}

/// The bit of `StrData::len_and_flag` saying the text holds a lone surrogate.
const SURROGATES: usize = 1 << (usize::BITS - 1);

struct Text {
    /// Generalised UTF-8.
    bytes: Vec<u8>,
    /// The lossy view of a text with surrogates, built by the first `as_str`. A boxed
    /// `String` is one word where `Box<str>` is two: the str object stays at 64 bytes.
    #[allow(clippy::box_collection)]
    lossy: OnceCell<Box<String>>,
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
        StrData::from_parts(s.into_bytes(), false)
    }
    /// A payload with the same text (lone surrogates included).
    pub fn copy(&self) -> StrData {
        StrData::from_parts(self.as_bytes().to_vec(), self.has_surrogates())
    }
    /// `bytes` must be valid generalised UTF-8, and valid UTF-8 unless `surrogates`.
    fn from_parts(bytes: Vec<u8>, surrogates: bool) -> StrData {
        debug_assert_eq!(surrogates, utf8::has_surrogate(&bytes));
        let char_len = if bytes.is_ascii() {
            bytes.len()
        } else {
            utf8::count_code_points(&bytes)
        };
        StrData {
            text: UnsafeCell::new(Text {
                bytes,
                lossy: OnceCell::new(),
            }),
            len_and_flag: Cell::new(char_len | if surrogates { SURROGATES } else { 0 }),
            hash: Cell::new(-1),
        }
    }
    #[inline]
    fn text(&self) -> &Text {
        // SAFETY: the text is only mutated by `append_unique`, whose caller guarantees no
        // other reference to this object (and so to this text) exists.
        unsafe { &*self.text.get() }
    }
    /// The text as a Rust `str`: exact when it holds no surrogate, else the lossy view
    /// (each surrogate as U+FFFD, with the same byte length and boundaries).
    #[inline]
    pub fn as_str(&self) -> &str {
        if self.has_surrogates() {
            return self.lossy_view();
        }
        // SAFETY: text without surrogates is valid UTF-8 (the module's invariant).
        unsafe { std::str::from_utf8_unchecked(&self.text().bytes) }
    }
    #[cold]
    #[inline(never)]
    fn lossy_view(&self) -> &str {
        let t = self.text();
        t.lossy.get_or_init(|| Box::new(utf8::lossy(&t.bytes)))
    }
    /// The exact text, generalised UTF-8.
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        &self.text().bytes
    }
    /// Whether the text holds a lone surrogate (and `as_str` is a lossy view).
    #[inline]
    pub fn has_surrogates(&self) -> bool {
        self.len_and_flag.get() & SURROGATES != 0
    }
    /// The code points of the text.
    pub fn code_points(&self) -> CodePoints<'_> {
        CodePoints::new(self.as_bytes())
    }
    #[inline]
    pub fn char_len(&self) -> usize {
        self.len_and_flag.get() & !SURROGATES
    }
    /// Whether the text is ASCII (never with a surrogate: the flag bit makes the word
    /// differ from any byte length).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.len_and_flag.get() == self.as_bytes().len()
    }

    /// Appends to this str in place: `s += t` when the register holds the only reference
    /// (CPython's same optimisation), making repeated concatenation amortised linear.
    ///
    /// # Safety
    /// The caller owns the only reference to this object (its count is one and it is not
    /// immortal), so no `&str` borrowed from it is alive.
    pub unsafe fn append_unique(&self, tail: &StrData) {
        // SAFETY: per the contract, nobody else can observe the text while it changes.
        let t = unsafe { &mut *self.text.get() };
        t.bytes.extend_from_slice(tail.as_bytes());
        if self.has_surrogates() || tail.has_surrogates() {
            // A lossy view built before no longer matches the text.
            t.lossy = OnceCell::new();
        }
        // The lengths add (below the flag bit); the flag is set when either text has one.
        self.len_and_flag.set(
            (self.len_and_flag.get() + tail.char_len()) | (tail.len_and_flag.get() & SURROGATES),
        );
        self.hash.set(-1);
    }
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_bytes(self.as_bytes());
        self.hash.set(h);
        h
    }
    /// The code point at index `i` (0-based, already bounds-checked by the caller).
    pub fn code_point_at(&self, i: usize) -> u32 {
        if self.is_ascii() {
            self.as_bytes()[i] as u32
        } else {
            utf8::decode_at(self.as_bytes(), self.byte_offset(i)).0
        }
    }
    /// Byte offset of character index `i` (`i <= char_len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i;
        }
        let b = self.as_bytes();
        if i >= self.char_len() {
            return b.len();
        }
        b.iter()
            .enumerate()
            .filter(|(_, &x)| utf8::is_boundary_byte(x))
            .nth(i)
            .map_or(b.len(), |(k, _)| k)
    }
    /// The character index of byte offset `b` (a boundary).
    pub fn char_index(&self, b: usize) -> usize {
        if self.is_ascii() {
            b
        } else {
            utf8::count_code_points(&self.as_bytes()[..b])
        }
    }
    /// The substring of characters `start .. end` (lossy when the text has surrogates:
    /// use `slice` for an exact one).
    pub fn substr(&self, start: usize, end: usize) -> &str {
        let b0 = self.byte_offset(start);
        let b1 = self.byte_offset(end);
        &self.as_str()[b0..b1]
    }
    /// The exact bytes of characters `start .. end`.
    pub fn substr_bytes(&self, start: usize, end: usize) -> &[u8] {
        &self.as_bytes()[self.byte_offset(start)..self.byte_offset(end)]
    }
    /// A new str of characters `start .. end`.
    pub fn slice(&self, start: usize, end: usize) -> Value {
        new_str_from_bytes_of(self, self.byte_offset(start), self.byte_offset(end))
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

/// Hashes addresses and small integers (names by address, layout ids): one multiply,
/// folded so that both the low bits (bucket) and the high bits (hashbrown's tag) vary.
#[derive(Default, Clone, Copy)]
pub(crate) struct BuildAddrHasher;

pub(crate) struct AddrHasher(u64);
impl std::hash::BuildHasher for BuildAddrHasher {
    type Hasher = AddrHasher;
    fn build_hasher(&self) -> AddrHasher {
        AddrHasher(0)
    }
}
impl std::hash::Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0 ^ (self.0 >> 32)
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(b as u64);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(21) ^ n).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
    fn write_u32(&mut self, n: u32) {
        self.write_u64(n as u64);
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

/// The str payload of `v` (exact or subclass payload), if `v` is one.
pub fn as_str_data(v: &Value) -> Option<&StrData> {
    v.downcast::<StrData>()
}

fn new_from_parts(bytes: Vec<u8>, surrogates: bool) -> Value {
    if bytes.is_empty() {
        return EMPTY.with(|e| e.clone());
    }
    alloc(&types().str, StrData::from_parts(bytes, surrogates))
}

/// A new str of generalised UTF-8 `bytes` that the caller knows valid (pieces cut at
/// code point boundaries from strs); `maybe_surrogates` false promises none is a lone
/// surrogate, so no scan for them is needed.
pub fn new_str_from_valid(bytes: Vec<u8>, maybe_surrogates: bool) -> Value {
    let surrogates = maybe_surrogates && utf8::has_surrogate(&bytes);
    new_from_parts(bytes, surrogates)
}

/// A new str of bytes `b0 .. b1` of `sd`'s text, which must be code point boundaries.
pub fn new_str_from_bytes_of(sd: &StrData, b0: usize, b1: usize) -> Value {
    let b = sd.as_bytes();
    let boundary = |i: usize| i == b.len() || b.get(i).is_some_and(|&x| utf8::is_boundary_byte(x));
    assert!(
        b0 <= b1 && boundary(b0) && boundary(b1),
        "str slices are taken at code point boundaries"
    );
    let part = &b[b0..b1];
    let surrogates = sd.has_surrogates() && utf8::has_surrogate(part);
    new_from_parts(part.to_vec(), surrogates)
}

/// A new str of generalised UTF-8 bytes (pieces of strs joined), or `None` when they are
/// not valid.
pub fn str_from_generalised_utf8(bytes: Vec<u8>) -> Option<Value> {
    match String::from_utf8(bytes) {
        Ok(s) => Some(new_string(s)),
        Err(e) => {
            let bytes = e.into_bytes();
            let surrogates = utf8::validate(&bytes)?;
            Some(new_from_parts(bytes, surrogates))
        }
    }
}

/// The str for `mapped`, the result of a character-by-character mapping of `original`'s
/// lossy view in which U+FFFD maps to itself and nothing else maps to U+FFFD (case
/// mappings: surrogates have no case): each U+FFFD of the result is given back the code
/// point it stood for, in order.
pub fn restore_surrogates(original: &StrData, mapped: String) -> Value {
    if !original.has_surrogates() {
        return new_string(mapped);
    }
    let mut stood_for = original
        .code_points()
        .filter(|&c| c == 0xFFFD || utf8::is_surrogate(c));
    let mut out = StrBuf::with_capacity(mapped.len());
    for c in mapped.chars() {
        match c {
            '\u{FFFD}' => out.push_code_point(stood_for.next().unwrap_or(0xFFFD)),
            c => out.push_char(c),
        }
    }
    out.finish()
}

/// The one-character str for code point `c` (interned unless it is a surrogate).
pub fn new_char(c: u32) -> Value {
    match char::from_u32(c) {
        Some(ch) => StrData::intern(ch.encode_utf8(&mut [0u8; 4])),
        None => {
            let mut b = StrBuf::new();
            b.push_code_point(c);
            b.finish()
        }
    }
}

/// `a + b + ...` of strs, exact.
pub fn concat<'a>(parts: impl IntoIterator<Item = &'a StrData> + Clone) -> Value {
    let n = parts.clone().into_iter().map(|p| p.as_bytes().len()).sum();
    let mut b = StrBuf::with_capacity(n);
    for p in parts {
        b.push_data(p);
    }
    b.finish()
}

/// `sub in s`.
pub fn contains(s: &StrData, sub: &StrData) -> bool {
    if s.has_surrogates() || sub.has_surrogates() {
        crate::types::stringlib::find(s.as_bytes(), sub.as_bytes()).is_some()
    } else {
        s.as_str().contains(sub.as_str())
    }
}

/// `s * n`.
pub fn repeat(s: &StrData, n: usize) -> Value {
    new_from_parts(s.as_bytes().repeat(n), s.has_surrogates() && n > 0)
}

/// Builds a str from pieces, surrogates included (`String` for text, exact for strs).
#[derive(Default)]
pub struct StrBuf {
    /// Generalised UTF-8 (valid UTF-8 unless `surrogates`).
    bytes: Vec<u8>,
    surrogates: bool,
}

impl StrBuf {
    pub fn new() -> StrBuf {
        StrBuf::default()
    }
    pub fn with_capacity(n: usize) -> StrBuf {
        StrBuf {
            bytes: Vec::with_capacity(n),
            surrogates: false,
        }
    }
    #[inline]
    pub fn push_str(&mut self, s: &str) {
        self.bytes.extend_from_slice(s.as_bytes());
    }
    #[inline]
    pub fn push_char(&mut self, c: char) {
        self.push_str(c.encode_utf8(&mut [0u8; 4]));
    }
    /// Appends code point `c`; one beyond U+10FFFF (which callers reject first) is
    /// appended as U+FFFD.
    pub fn push_code_point(&mut self, c: u32) {
        if c > 0x10FFFF {
            debug_assert!(false, "code point out of range");
            self.push_char('\u{FFFD}');
            return;
        }
        self.surrogates |= utf8::is_surrogate(c);
        utf8::push_code_point(&mut self.bytes, c);
    }
    /// Appends a str's exact text.
    #[inline]
    pub fn push_data(&mut self, s: &StrData) {
        self.bytes.extend_from_slice(s.as_bytes());
        self.surrogates |= s.has_surrogates();
    }
    /// Appends generalised UTF-8 bytes if they are valid (checked: O(n)); false if not.
    pub fn push_generalised(&mut self, b: &[u8]) -> bool {
        match utf8::validate(b) {
            Some(surrogates) => {
                self.bytes.extend_from_slice(b);
                self.surrogates |= surrogates;
                true
            }
            None => false,
        }
    }
    /// Appends characters `start .. end` of a str.
    pub fn push_chars_of(&mut self, s: &StrData, start: usize, end: usize) {
        let part = s.substr_bytes(start, end);
        self.surrogates |= s.has_surrogates() && utf8::has_surrogate(part);
        self.bytes.extend_from_slice(part);
    }
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }
    /// The text so far, generalised UTF-8.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }
    /// The length in bytes.
    pub fn len(&self) -> usize {
        self.bytes.len()
    }
    /// Cuts the text back to its first `len` bytes (a code point boundary).
    pub fn truncate(&mut self, len: usize) {
        self.bytes.truncate(len);
        self.surrogates = self.surrogates && utf8::has_surrogate(&self.bytes);
    }
    /// The text so far, lossy when it holds surrogates.
    pub fn to_string_lossy(&self) -> String {
        if self.surrogates {
            utf8::lossy(&self.bytes)
        } else {
            String::from_utf8(self.bytes.clone())
                .expect("a StrBuf without surrogates holds valid UTF-8")
        }
    }
    /// The text (generalised UTF-8) and whether it holds a lone surrogate.
    pub fn into_parts(self) -> (Vec<u8>, bool) {
        (self.bytes, self.surrogates)
    }
    /// The new str object.
    pub fn finish(self) -> Value {
        new_from_parts(self.bytes, self.surrogates)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_surrogate() -> StrData {
        let mut b = StrBuf::new();
        b.push_str("a");
        b.push_code_point(0xD800);
        StrData::from_parts(b.bytes, b.surrogates)
    }

    #[test]
    fn surrogates_are_exact_and_as_str_is_a_lossy_view() {
        let s = with_surrogate();
        assert!(s.has_surrogates() && !s.is_ascii());
        assert_eq!(s.char_len(), 2);
        assert_eq!(s.as_str(), "a\u{FFFD}");
        assert_eq!(s.as_bytes(), b"a\xED\xA0\x80");
        assert_eq!(s.code_point_at(1), 0xD800);
        assert_eq!(s.byte_offset(1), 1);
        let plain = StrData::new("b\u{e9}");
        assert!(!plain.has_surrogates());
        assert_eq!((plain.char_len(), plain.as_str()), (2, "b\u{e9}"));
    }

    #[test]
    fn append_unique_carries_the_flag_and_drops_the_lossy_view() {
        let s = StrData::new("xy");
        assert_eq!(s.as_str(), "xy");
        // SAFETY: `s` is a local payload no one else can see.
        unsafe { s.append_unique(&with_surrogate()) };
        assert!(s.has_surrogates());
        assert_eq!((s.char_len(), s.as_str()), (4, "xya\u{FFFD}"));
        // SAFETY: as above.
        unsafe { s.append_unique(&StrData::new("z")) };
        assert_eq!((s.char_len(), s.as_str()), (5, "xya\u{FFFD}z"));
        assert!(s.has_surrogates());
    }

    #[test]
    fn str_payload_stays_in_its_size_class() {
        // Header (16) + payload: 64 bytes, mimalloc's size class before surrogates.
        assert_eq!(std::mem::size_of::<StrData>(), 48);
    }
}
