//! Signals: the C handler only records the signal (a bit in an atomic mask and a flag)
//! and writes its number to the wakeup fd; the dispatch loop checks the flag on
//! backward jumps and calls (one relaxed atomic load) and then runs the Python handlers
//! between instructions, as CPython does. SIGINT's default Python handler
//! (`default_int_handler`) raises KeyboardInterrupt. The Python-level handler table and
//! the `_signal` functions are in `modules/signal.rs`.

use crate::error::{PyErr, PyResult};
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU64, Ordering};

/// Set when any signal arrived and its Python handler has not run yet.
static TRIPPED: AtomicBool = AtomicBool::new(false);
/// Bit `n - 1` for each signal `n` waiting for its Python handler.
static PENDING: AtomicU64 = AtomicU64::new(0);
/// `signal.set_wakeup_fd`'s descriptor, or -1.
pub static WAKEUP_FD: AtomicI32 = AtomicI32::new(-1);

/// The C-level handler for every signal with a Python handler.
pub extern "C" fn on_signal(sig: libc::c_int) {
    if (1..=64).contains(&sig) {
        PENDING.fetch_or(1 << (sig - 1), Ordering::Relaxed);
    }
    TRIPPED.store(true, Ordering::Release);
    let fd = WAKEUP_FD.load(Ordering::Relaxed);
    if fd >= 0 {
        let b = sig as u8;
        // SAFETY: write(2) is async-signal-safe; errno is saved and restored around it.
        unsafe {
            let saved = *libc::__errno_location();
            libc::write(fd, &b as *const u8 as *const libc::c_void, 1);
            *libc::__errno_location() = saved;
        }
    }
}

/// Installs the SIGINT handler (unless SIGINT is ignored, as CPython leaves it) and
/// ignores SIGXFSZ as CPython does at start-up (SIGPIPE is already ignored by Rust's
/// runtime, as by CPython's).
pub fn install() {
    // SAFETY: `on_signal` is async-signal-safe (atomics and write(2)); the previous
    // disposition is inspected to keep an inherited "ignore".
    unsafe {
        let prev = libc::signal(libc::SIGINT, on_signal as *const () as libc::sighandler_t);
        if prev == libc::SIG_IGN {
            libc::signal(libc::SIGINT, libc::SIG_IGN);
        }
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
    }
}

/// Blocks the asynchronous signals in the calling thread: the launcher thread calls it
/// once the interpreter thread runs, so that signals sent to the process reach the
/// interpreter thread (as they reach CPython's main thread), and `kill(getpid(), sig)`
/// has run its handler when it returns.
pub fn leave_signals_to_interpreter_thread() {
    // SAFETY: building a signal set and changing this thread's mask only.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut set);
        for sync in [libc::SIGSEGV, libc::SIGBUS, libc::SIGFPE, libc::SIGILL] {
            libc::sigdelset(&mut set, sync);
        }
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}

/// True when a signal's Python handler is waiting to run (cheap: one relaxed load).
#[inline(always)]
pub fn pending() -> bool {
    TRIPPED.load(Ordering::Relaxed)
}

/// The KeyboardInterrupt to raise.
#[cold]
pub fn keyboard_interrupt() -> PyErr {
    PyErr::new_empty(&crate::vm::types().keyboard_interrupt)
}

/// Runs the Python handlers of the signals that arrived, lowest number first; the
/// first exception a handler raises is returned (the remaining signals stay pending).
#[cold]
#[inline(never)]
pub fn run_pending() -> PyResult<()> {
    if !TRIPPED.swap(false, Ordering::Acquire) {
        return Ok(());
    }
    let mut mask = PENDING.swap(0, Ordering::Acquire);
    while mask != 0 {
        let sig = mask.trailing_zeros() as i32 + 1;
        mask &= mask - 1;
        if let Err(e) = crate::modules::signal::call_handler(sig) {
            if mask != 0 {
                PENDING.fetch_or(mask, Ordering::Relaxed);
                TRIPPED.store(true, Ordering::Relaxed);
            }
            return Err(e);
        }
    }
    Ok(())
}

/// Ends the process the way CPython does after an uncaught KeyboardInterrupt: by
/// SIGINT with the default action, so the parent sees death by signal.
pub fn die_by_sigint() -> ! {
    crate::modules::stdio::flush_stdout();
    // SAFETY: restoring the default action and raising the signal at ourselves.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::raise(libc::SIGINT);
    }
    std::process::exit(130)
}
