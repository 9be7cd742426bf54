//! The `_signal` module (what `signal.py` wraps): Python signal handlers, `alarm`,
//! `pause`, `raise_signal`, `strsignal`, `valid_signals`, `set_wakeup_fd`,
//! `siginterrupt`, `setitimer`/`getitimer`, `pthread_sigmask`, `sigpending` and the
//! `SIG*` constants. The handler table is kept here; `interp/signals.rs` records
//! arriving signals and calls `call_handler` between instructions.

use crate::error::{PyErr, PyResult};
use crate::modules::posix::{c_int, positional, Params};
use crate::objects::float::new_float;
use crate::objects::int::new_int;
use crate::objects::module::{new_module, ModuleData};
use crate::objects::native::{new_native, Binding};
use crate::objects::set::{as_set, new_set};
use crate::objects::str::{new_str, StrData};
use crate::objects::tuple::new_tuple;
use crate::ops;
use crate::value::Value;
use crate::vm::types;
use std::cell::RefCell;

const NSIG: i32 = 65;
const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;

thread_local! {
    /// The Python handler of each signal (None: installed outside Python); created on
    /// first use from the C dispositions.
    static HANDLERS: RefCell<Option<Vec<Value>>> = const { RefCell::new(None) };
    static DEFAULT_INT_HANDLER: RefCell<Option<Value>> = const { RefCell::new(None) };
    static ITIMER_ERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// A new `_signal` module.
pub fn create() -> Value {
    let m = new_module("_signal");
    let md = m.downcast::<ModuleData>().expect("a new module");
    let set = |n: &str, v: Value| md.dict().set_str(&StrData::intern(n), v);
    let int = |n: i64| new_int(n);
    for (name, n) in SIGNALS {
        set(name, int(*n as i64));
    }
    let (rtmin, rtmax) = (libc::SIGRTMIN(), libc::SIGRTMAX());
    set("SIGRTMIN", int(rtmin as i64));
    set("SIGRTMAX", int(rtmax as i64));
    set("NSIG", int(NSIG as i64));
    set("SIG_DFL", int(SIG_DFL));
    set("SIG_IGN", int(SIG_IGN));
    set("SIG_BLOCK", int(libc::SIG_BLOCK as i64));
    set("SIG_UNBLOCK", int(libc::SIG_UNBLOCK as i64));
    set("SIG_SETMASK", int(libc::SIG_SETMASK as i64));
    set("ITIMER_REAL", int(libc::ITIMER_REAL as i64));
    set("ITIMER_VIRTUAL", int(libc::ITIMER_VIRTUAL as i64));
    set("ITIMER_PROF", int(libc::ITIMER_PROF as i64));
    set("default_int_handler", default_int_handler());
    set("ItimerError", itimer_error());
    let f = |n, fun| crate::modules::add_function(md, n, fun);
    f("signal", signal_signal);
    f("getsignal", signal_getsignal);
    f("alarm", signal_alarm);
    f("pause", signal_pause);
    f("raise_signal", signal_raise_signal);
    f("strsignal", signal_strsignal);
    f("valid_signals", signal_valid_signals);
    f("set_wakeup_fd", signal_set_wakeup_fd);
    f("siginterrupt", signal_siginterrupt);
    f("setitimer", signal_setitimer);
    f("getitimer", signal_getitimer);
    f("pthread_sigmask", signal_pthread_sigmask);
    f("sigpending", signal_sigpending);
    f("pthread_kill", signal_pthread_kill);
    m
}

const SIGNALS: &[(&str, i32)] = &[
    ("SIGABRT", libc::SIGABRT),
    ("SIGALRM", libc::SIGALRM),
    ("SIGBUS", libc::SIGBUS),
    ("SIGCHLD", libc::SIGCHLD),
    ("SIGCLD", libc::SIGCHLD),
    ("SIGCONT", libc::SIGCONT),
    ("SIGFPE", libc::SIGFPE),
    ("SIGHUP", libc::SIGHUP),
    ("SIGILL", libc::SIGILL),
    ("SIGINT", libc::SIGINT),
    ("SIGIO", libc::SIGIO),
    ("SIGIOT", libc::SIGIOT),
    ("SIGKILL", libc::SIGKILL),
    ("SIGPIPE", libc::SIGPIPE),
    ("SIGPOLL", libc::SIGPOLL),
    ("SIGPROF", libc::SIGPROF),
    ("SIGPWR", libc::SIGPWR),
    ("SIGQUIT", libc::SIGQUIT),
    ("SIGSEGV", libc::SIGSEGV),
    ("SIGSTKFLT", libc::SIGSTKFLT),
    ("SIGSTOP", libc::SIGSTOP),
    ("SIGSYS", libc::SIGSYS),
    ("SIGTERM", libc::SIGTERM),
    ("SIGTRAP", libc::SIGTRAP),
    ("SIGTSTP", libc::SIGTSTP),
    ("SIGTTIN", libc::SIGTTIN),
    ("SIGTTOU", libc::SIGTTOU),
    ("SIGURG", libc::SIGURG),
    ("SIGUSR1", libc::SIGUSR1),
    ("SIGUSR2", libc::SIGUSR2),
    ("SIGVTALRM", libc::SIGVTALRM),
    ("SIGWINCH", libc::SIGWINCH),
    ("SIGXCPU", libc::SIGXCPU),
    ("SIGXFSZ", libc::SIGXFSZ),
];

fn default_int_handler() -> Value {
    DEFAULT_INT_HANDLER.with(|d| {
        d.borrow_mut()
            .get_or_insert_with(|| {
                new_native(
                    "default_int_handler",
                    signal_default_int_handler,
                    Binding::Function,
                    Value::NONE,
                )
            })
            .clone()
    })
}

fn itimer_error() -> Value {
    ITIMER_ERROR.with(|d| {
        d.borrow_mut()
            .get_or_insert_with(|| {
                let t = crate::objects::typeobj::new_type(
                    "itimer_error",
                    vec![types().os_error.clone()],
                    crate::object::Kind::Instance,
                    false,
                )
                .expect("OSError can be subclassed");
                crate::types::add_attr(&t, "__module__", new_str("signal"));
                t
            })
            .clone()
    })
}

/// The handler table, created from the C dispositions on first use.
fn with_handlers<R>(f: impl FnOnce(&mut Vec<Value>) -> R) -> R {
    HANDLERS.with(|h| {
        let mut h = h.borrow_mut();
        let table = h.get_or_insert_with(|| {
            (0..NSIG)
                .map(|sig| {
                    if sig == libc::SIGINT {
                        return default_int_handler();
                    }
                    // SAFETY: querying a disposition; `old` is plain old data.
                    let mut old: libc::sigaction = unsafe { std::mem::zeroed() };
                    if sig == 0 || unsafe { libc::sigaction(sig, std::ptr::null(), &mut old) } != 0
                    {
                        return Value::NONE;
                    }
                    match old.sa_sigaction {
                        libc::SIG_DFL => new_int(SIG_DFL),
                        libc::SIG_IGN => new_int(SIG_IGN),
                        _ => Value::NONE,
                    }
                })
                .collect()
        });
        f(table)
    })
}

/// Runs the Python handler of `sig` (from the dispatch loop, between instructions).
pub fn call_handler(sig: i32) -> PyResult<()> {
    let initialised = HANDLERS.with(|h| h.borrow().is_some());
    if !initialised {
        // `_signal` never imported: only SIGINT has a Python handler.
        if sig == libc::SIGINT {
            return Err(crate::interp::signals::keyboard_interrupt());
        }
        return Ok(());
    }
    let h = with_handlers(|t| t[sig as usize].clone());
    if h.is_none() || crate::objects::int::is_int(&h) || !ops::callable(&h) {
        return Ok(());
    }
    let frame = crate::interp::frames::get_frame(0).unwrap_or(Value::NONE);
    ops::call(&h, &[new_int(sig as i64), frame], &[])?;
    Ok(())
}

fn signum_arg(v: &Value) -> PyResult<i32> {
    let sig = c_int(v)?;
    if !(1..NSIG).contains(&sig) {
        return Err(PyErr::value_error("signal number out of range"));
    }
    Ok(sig)
}

fn errno_error() -> PyErr {
    crate::modules::posix::errno_error(None)
}

/// `default_int_handler(signalnum, frame, /)`: raises KeyboardInterrupt.
fn signal_default_int_handler(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(crate::interp::signals::keyboard_interrupt())
}

/// `signal(signalnum, handler, /)`: installs `handler` (SIG_DFL, SIG_IGN or a callable)
/// and returns the previous one.
fn signal_signal(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("signal", args, kw, 2, 2)?;
    let sig = signum_arg(&a[0])?;
    let handler = &a[1];
    let ign = ops::eq_bool(handler, &new_int(SIG_IGN))?;
    let dfl = !ign && ops::eq_bool(handler, &new_int(SIG_DFL))?;
    let action = if ign {
        libc::SIG_IGN
    } else if dfl {
        libc::SIG_DFL
    } else if ops::callable(handler) {
        crate::interp::signals::on_signal as *const () as libc::sighandler_t
    } else {
        return Err(PyErr::type_error(
            "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
        ));
    };
    // SAFETY: installing a disposition; `on_signal` is async-signal-safe.
    let r = unsafe {
        let mut act: libc::sigaction = std::mem::zeroed();
        act.sa_sigaction = action;
        act.sa_flags = libc::SA_ONSTACK;
        libc::sigemptyset(&mut act.sa_mask);
        libc::sigaction(sig, &act, std::ptr::null_mut())
    };
    if r != 0 {
        return Err(errno_error());
    }
    let old = with_handlers(|t| std::mem::replace(&mut t[sig as usize], handler.clone()));
    Ok(old)
}

/// `getsignal(signalnum, /)`.
fn signal_getsignal(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("getsignal", args, kw, 1, 1)?;
    let sig = signum_arg(&a[0])?;
    Ok(with_handlers(|t| t[sig as usize].clone()))
}

/// `alarm(seconds, /)`: the seconds left on the previous alarm.
fn signal_alarm(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("alarm", args, kw, 1, 1)?;
    let secs = c_int(&a[0])?;
    // SAFETY: plain system call.
    Ok(new_int(unsafe { libc::alarm(secs as libc::c_uint) } as i64))
}

/// `pause()`: waits for a signal, then runs its handler.
fn signal_pause(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional("pause", args, kw, 0, 0)?;
    // SAFETY: plain system call.
    unsafe { libc::pause() };
    crate::interp::signals::run_pending()?;
    Ok(Value::NONE)
}

/// `raise_signal(signalnum, /)`.
fn signal_raise_signal(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("raise_signal", args, kw, 1, 1)?;
    let sig = signum_arg(&a[0])?;
    // SAFETY: plain library call.
    if unsafe { libc::raise(sig) } != 0 {
        return Err(errno_error());
    }
    crate::interp::signals::run_pending()?;
    Ok(Value::NONE)
}

/// `strsignal(signalnum, /)`: the system's description, or None.
fn signal_strsignal(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("strsignal", args, kw, 1, 1)?;
    let sig = signum_arg(&a[0])?;
    // SAFETY: the returned text is copied at once.
    let p = unsafe { libc::strsignal(sig) };
    if p.is_null() {
        return Ok(Value::NONE);
    }
    // SAFETY: a non-null result is a C string.
    let s = unsafe { std::ffi::CStr::from_ptr(p) }
        .to_string_lossy()
        .into_owned();
    if s.contains("Unknown signal") {
        return Ok(Value::NONE);
    }
    Ok(crate::objects::str::new_string(s))
}

fn set_of(set: &libc::sigset_t) -> PyResult<Value> {
    let out = new_set(false);
    let s = as_set(&out).expect("a new set");
    for sig in 1..NSIG {
        // SAFETY: testing membership of an initialised set.
        if unsafe { libc::sigismember(set, sig) } == 1 {
            s.add(new_int(sig as i64))?;
        }
    }
    Ok(out)
}

/// `valid_signals()`: every signal number this system accepts.
fn signal_valid_signals(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional("valid_signals", args, kw, 0, 0)?;
    // SAFETY: filling a plain-old-data set.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    if unsafe { libc::sigfillset(&mut set) } != 0 {
        return Err(errno_error());
    }
    set_of(&set)
}

/// `set_wakeup_fd(fd, /, *, warn_on_full_buffer=True)`: the previous fd.
fn signal_set_wakeup_fd(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = Params {
        fname: "set_wakeup_fd",
        names: &["fd", "warn_on_full_buffer"],
        npos: 1,
        required: 1,
    };
    let a = p.parse(args, kw)?;
    let fd = c_int(a[0].expect("required"))?;
    if fd != -1 {
        // SAFETY: F_GETFL on an int checks the descriptor and reads its flags.
        let fl = unsafe { libc::fcntl(fd, libc::F_GETFL) };
        if fl < 0 {
            return Err(errno_error());
        }
        if fl & libc::O_NONBLOCK == 0 {
            return Err(PyErr::value_error(format!(
                "the fd {} must be in non-blocking mode",
                fd
            )));
        }
    }
    let old = crate::interp::signals::WAKEUP_FD.swap(fd, std::sync::atomic::Ordering::Relaxed);
    Ok(new_int(old as i64))
}

/// `siginterrupt(signalnum, flag, /)`: whether the signal interrupts system calls.
fn signal_siginterrupt(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("siginterrupt", args, kw, 2, 2)?;
    let sig = signum_arg(&a[0])?;
    let flag = ops::is_true(&a[1])?;
    // SAFETY: reading and rewriting the disposition's flags.
    let r = unsafe {
        let mut act: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(sig, std::ptr::null(), &mut act) != 0 {
            -1
        } else {
            if flag {
                act.sa_flags &= !libc::SA_RESTART;
            } else {
                act.sa_flags |= libc::SA_RESTART;
            }
            libc::sigaction(sig, &act, std::ptr::null_mut())
        }
    };
    if r != 0 {
        return Err(errno_error());
    }
    Ok(Value::NONE)
}

fn timeval_of(secs: f64) -> libc::timeval {
    let s = secs.floor();
    let mut us = ((secs - s) * 1e6).round() as i64;
    let mut s = s as i64;
    if us >= 1_000_000 {
        s += 1;
        us -= 1_000_000;
    }
    // CPython rounds a positive time below one microsecond up to one microsecond.
    if s == 0 && us == 0 && secs > 0.0 {
        us = 1;
    }
    libc::timeval {
        tv_sec: s as libc::time_t,
        tv_usec: us as libc::suseconds_t,
    }
}

fn itimer_tuple(v: &libc::itimerval) -> Value {
    let f = |t: &libc::timeval| new_float(t.tv_sec as f64 + t.tv_usec as f64 * 1e-6);
    new_tuple(vec![f(&v.it_value), f(&v.it_interval)])
}

fn itimer_err() -> PyErr {
    let e = crate::modules::posix::last_errno();
    let args = [
        new_int(e as i64),
        crate::objects::str::new_string(crate::types::exception::strerror(e)),
    ];
    match ops::call(&itimer_error(), &args, &[]) {
        Ok(exc) => PyErr::from_exc(exc),
        Err(err) => err,
    }
}

/// `setitimer(which, seconds, interval=0.0, /)`: the previous `(delay, interval)`.
fn signal_setitimer(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("setitimer", args, kw, 2, 3)?;
    let which = c_int(&a[0])?;
    let secs = crate::types::float::to_f64(&a[1])?;
    let interval = match a.get(2) {
        Some(v) => crate::types::float::to_f64(v)?,
        None => 0.0,
    };
    let new = libc::itimerval {
        it_value: timeval_of(secs),
        it_interval: timeval_of(interval),
    };
    // SAFETY: `old` is plain old data the call fills.
    let mut old: libc::itimerval = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    if unsafe { libc::setitimer(which, &new, &mut old) } != 0 {
        return Err(itimer_err());
    }
    Ok(itimer_tuple(&old))
}

/// `getitimer(which, /)`.
fn signal_getitimer(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("getitimer", args, kw, 1, 1)?;
    let which = c_int(&a[0])?;
    // SAFETY: `cur` is plain old data the call fills.
    let mut cur: libc::itimerval = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    if unsafe { libc::getitimer(which, &mut cur) } != 0 {
        return Err(itimer_err());
    }
    Ok(itimer_tuple(&cur))
}

/// A set of signal numbers from an iterable.
fn sigset_arg(v: &Value) -> PyResult<libc::sigset_t> {
    // SAFETY: initialising a plain-old-data set.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    unsafe { libc::sigemptyset(&mut set) };
    for item in ops::collect(v)? {
        let sig = c_int(&item)?;
        if !(1..NSIG).contains(&sig) {
            return Err(PyErr::value_error(format!(
                "signal number {} out of range [1; {}]",
                sig,
                NSIG - 1
            )));
        }
        // SAFETY: adding a valid signal number.
        unsafe { libc::sigaddset(&mut set, sig) };
    }
    Ok(set)
}

/// `pthread_sigmask(how, mask, /)`: the previous mask.
fn signal_pthread_sigmask(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("pthread_sigmask", args, kw, 2, 2)?;
    let how = c_int(&a[0])?;
    let mask = sigset_arg(&a[1])?;
    // SAFETY: `old` is plain old data the call fills.
    let mut old: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    let r = unsafe { libc::pthread_sigmask(how, &mask, &mut old) };
    if r != 0 {
        // SAFETY: reporting the returned error number through errno.
        unsafe { *libc::__errno_location() = r };
        return Err(errno_error());
    }
    crate::interp::signals::run_pending()?;
    set_of(&old)
}

/// `sigpending()`.
fn signal_sigpending(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional("sigpending", args, kw, 0, 0)?;
    // SAFETY: `set` is plain old data the call fills.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    if unsafe { libc::sigpending(&mut set) } != 0 {
        return Err(errno_error());
    }
    set_of(&set)
}

/// `pthread_kill(thread_id, signalnum, /)`.
fn signal_pthread_kill(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("pthread_kill", args, kw, 2, 2)?;
    let tid = crate::modules::posix::int_arg(&a[0])? as libc::pthread_t;
    let sig = c_int(&a[1])?;
    // SAFETY: signalling a thread by id; an unknown id gives ESRCH.
    let r = unsafe { libc::pthread_kill(tid, sig) };
    if r != 0 {
        // SAFETY: reporting the returned error number through errno.
        unsafe { *libc::__errno_location() = r };
        return Err(errno_error());
    }
    crate::interp::signals::run_pending()?;
    Ok(Value::NONE)
}
