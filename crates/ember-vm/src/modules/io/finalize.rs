//! Streams still open when the program ends have their written data flushed, as
//! CPython's shutdown finalises them (`f = open(p, "w"); f.write(s)` at module level
//! writes `s`). Writable TextIOWrapper and Buffered states register their address
//! while they live (their `Drop` deregisters them); at exit each is flushed through
//! the native layers only, so no Python code runs and no state is freed meanwhile.

use super::buffered::Buffered;
use super::textio::TextIO;
use std::cell::RefCell;
use std::collections::HashSet;

thread_local! {
    static TEXT: RefCell<HashSet<usize>> = RefCell::new(HashSet::new());
    static BUFFERED: RefCell<HashSet<usize>> = RefCell::new(HashSet::new());
}

pub fn register_text(t: &mut TextIO) {
    TEXT.with(|s| s.borrow_mut().insert(t as *mut TextIO as usize));
}

pub fn forget_text(t: &mut TextIO) {
    let _ = TEXT.try_with(|s| s.borrow_mut().remove(&(t as *mut TextIO as usize)));
}

pub fn register_buffered(b: &mut Buffered) {
    BUFFERED.with(|s| s.borrow_mut().insert(b as *mut Buffered as usize));
}

pub fn forget_buffered(b: &mut Buffered) {
    let _ = BUFFERED.try_with(|s| s.borrow_mut().remove(&(b as *mut Buffered as usize)));
}

/// Flushes every registered stream (text layers first, into their buffers).
pub fn flush_all_at_exit() {
    let texts: Vec<usize> = TEXT.with(|s| s.borrow().iter().copied().collect());
    for addr in texts {
        // SAFETY: the address was registered by a live TextIO, and its Drop removes it;
        // at exit no method of the stream is running, so nothing else borrows it, and
        // `flush_at_exit` runs no Python code (nothing can free it meanwhile).
        unsafe { &mut *(addr as *mut TextIO) }.flush_at_exit();
    }
    let buffered: Vec<usize> = BUFFERED.with(|s| s.borrow().iter().copied().collect());
    for addr in buffered {
        // SAFETY: as above, for a live Buffered.
        unsafe { &mut *(addr as *mut Buffered) }.flush_at_exit();
    }
}
