//! The register stack: one contiguous run of `Value` slots per frame, carved from large
//! chunks that never move, so a frame's registers are a stable pointer for its whole
//! life. An ordinary call takes a window from the current chunk (no heap allocation);
//! a new chunk is allocated only when one fills up, and kept for reuse.
//!
//! Invariant: every slot above the top of the stack is `UNBOUND` (holds no reference).

use crate::value::Value;

const CHUNK: usize = 1 << 16;

pub struct RegisterStack {
    chunks: Vec<Box<[Value]>>,
    /// Index of the chunk in use.
    cur: usize,
    /// First free slot in the chunk in use.
    top: usize,
}

/// Where the stack stood before a window was taken; given back to `free`.
#[derive(Clone, Copy, Debug)]
pub struct Mark {
    cur: usize,
    top: usize,
}

fn new_chunk(n: usize) -> Box<[Value]> {
    (0..n.max(CHUNK)).map(|_| Value::UNBOUND).collect()
}

impl Default for RegisterStack {
    fn default() -> Self {
        Self::new()
    }
}

impl RegisterStack {
    pub fn new() -> RegisterStack {
        RegisterStack {
            chunks: Vec::new(),
            cur: 0,
            top: 0,
        }
    }

    /// Takes a window of `n` unbound registers.
    #[inline]
    pub fn alloc(&mut self, n: usize) -> (*mut Value, Mark) {
        let mark = Mark {
            cur: self.cur,
            top: self.top,
        };
        if let Some(chunk) = self.chunks.get_mut(self.cur) {
            if self.top + n <= chunk.len() {
                // SAFETY: `top + n` is within the chunk.
                let ptr = unsafe { chunk.as_mut_ptr().add(self.top) };
                self.top += n;
                return (ptr, mark);
            }
        }
        self.alloc_slow(n, mark)
    }

    #[cold]
    #[inline(never)]
    fn alloc_slow(&mut self, n: usize, mark: Mark) -> (*mut Value, Mark) {
        if self.chunks.is_empty() {
            self.chunks.push(new_chunk(n));
        }
        if self.top + n > self.chunks[self.cur].len() {
            // Move on to the next chunk (reusing one that is big enough).
            self.cur += 1;
            if self.cur < self.chunks.len() && self.chunks[self.cur].len() < n {
                self.chunks.truncate(self.cur);
            }
            if self.cur == self.chunks.len() {
                self.chunks.push(new_chunk(n));
            }
            self.top = 0;
        }
        let ptr = self.chunks[self.cur][self.top..].as_mut_ptr();
        self.top += n;
        (ptr, mark)
    }

    /// Drops what the `n` slots of a window hold, leaving them UNBOUND. Needs no borrow
    /// of the stack: a destructor that runs Python code (a weak reference callback) may
    /// take windows above this one meanwhile.
    ///
    /// # Safety
    /// `ptr`/`n` is a live window returned by `alloc`.
    #[inline]
    pub unsafe fn clear(ptr: *mut Value, n: usize) {
        for i in 0..n {
            // SAFETY: the window lies inside a live chunk (per the contract); the old value
            // is taken out before it is dropped, so the slot is UNBOUND if a destructor runs.
            let old = unsafe { std::ptr::replace(ptr.add(i), Value::UNBOUND) };
            if old.is_heap() {
                drop(old);
            } else {
                std::mem::forget(old);
            }
        }
    }

    /// Gives back the window taken with `mark` (cleared by `clear` first).
    ///
    /// Windows are given back in the reverse order they were taken.
    #[inline]
    pub fn pop(&mut self, mark: Mark) {
        self.cur = mark.cur;
        self.top = mark.top;
    }
}
