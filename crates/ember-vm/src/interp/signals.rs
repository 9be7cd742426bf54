//! Ctrl-C: a SIGINT handler that only sets a flag, checked by the dispatch loop on
//! backward jumps and calls (cheap: one relaxed atomic load), which then raises
//! KeyboardInterrupt in the running frame, as CPython does.

use crate::error::PyErr;
use std::sync::atomic::{AtomicBool, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_sig: libc::c_int) {
    INTERRUPTED.store(true, Ordering::Relaxed);
}

/// Installs the SIGINT handler (unless SIGINT is ignored, as CPython leaves it).
pub fn install() {
    // SAFETY: `on_sigint` only stores to an atomic, which is async-signal-safe; the
    // previous disposition is inspected to keep an inherited "ignore".
    unsafe {
        let prev = libc::signal(libc::SIGINT, on_sigint as *const () as libc::sighandler_t);
        if prev == libc::SIG_IGN {
            libc::signal(libc::SIGINT, libc::SIG_IGN);
        }
    }
}

/// True once after a SIGINT arrived.
#[inline(always)]
pub fn take_interrupt() -> bool {
    INTERRUPTED.load(Ordering::Relaxed) && INTERRUPTED.swap(false, Ordering::Relaxed)
}

/// The KeyboardInterrupt to raise.
#[cold]
pub fn keyboard_interrupt() -> PyErr {
    PyErr::new_empty(&crate::vm::types().keyboard_interrupt)
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

/// Runs what arrived signals ask for: KeyboardInterrupt after a SIGINT.
pub fn run_pending() -> crate::error::PyResult<()> {
    if take_interrupt() {
        return Err(keyboard_interrupt());
    }
    Ok(())
}
