//! Processes and the system: ids, `fork`/`exec*`/`_exit`/`system`, `kill`, `waitpid`
//! and the wait-status macros, `register_at_fork`, `times`, `uname`, `cpu_count`,
//! `sysconf`, `urandom`, `strerror`, and the environment (`environ`, `putenv`,
//! `unsetenv`).

use super::{c_int, errno_error, fs_converter, int_arg, positional, retry, Params};
use crate::error::{PyErr, PyResult};
use crate::modules::structseq::{new_structseq, new_structseq_type};
use crate::objects::bytes::new_bytes;
use crate::objects::dict::DictData;
use crate::objects::float::new_float;
use crate::objects::int::new_int;
use crate::objects::list::as_list;
use crate::objects::module::ModuleData;
use crate::objects::native::NativeFn;
use crate::objects::str::new_string;
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::objects::typeobj::type_name;
use crate::ops;
use crate::value::Value;
use std::cell::RefCell;
use std::ffi::{CStr, CString};

thread_local! {
    /// (times_result, uname_result)
    static TYPES: RefCell<Option<(Value, Value)>> = const { RefCell::new(None) };
    /// `register_at_fork` callables: before, after in child, after in parent.
    static AT_FORK: RefCell<[Vec<Value>; 3]> = const { RefCell::new([Vec::new(), Vec::new(), Vec::new()]) };
}

pub(super) fn install(m: &ModuleData) {
    let times = new_structseq_type(
        "posix",
        "times_result",
        &[
            "user",
            "system",
            "children_user",
            "children_system",
            "elapsed",
        ],
    );
    let uname = new_structseq_type(
        "posix",
        "uname_result",
        &["sysname", "nodename", "release", "version", "machine"],
    );
    super::set(m, "times_result", times.clone());
    super::set(m, "uname_result", uname.clone());
    TYPES.with(|t| *t.borrow_mut() = Some((times, uname)));
    let ids: [(&'static str, NativeFn); 9] = [
        ("getpid", posix_getpid),
        ("getppid", posix_getppid),
        ("getuid", posix_getuid),
        ("geteuid", posix_geteuid),
        ("getgid", posix_getgid),
        ("getegid", posix_getegid),
        ("getpgrp", posix_getpgrp),
        ("setsid", posix_setsid),
        ("getlogin", posix_getlogin),
    ];
    for (n, f) in ids {
        super::func(m, n, f);
    }
    let f = |n, fun| super::func(m, n, fun);
    f("getpgid", posix_getpgid);
    f("getsid", posix_getsid);
    f("setpgid", posix_setpgid);
    f("getgroups", posix_getgroups);
    f("kill", posix_kill);
    f("killpg", posix_killpg);
    f("waitpid", posix_waitpid);
    f("wait", posix_wait);
    f("waitstatus_to_exitcode", posix_waitstatus_to_exitcode);
    f("WIFEXITED", posix_wifexited);
    f("WEXITSTATUS", posix_wexitstatus);
    f("WIFSIGNALED", posix_wifsignaled);
    f("WTERMSIG", posix_wtermsig);
    f("WIFSTOPPED", posix_wifstopped);
    f("WSTOPSIG", posix_wstopsig);
    f("WCOREDUMP", posix_wcoredump);
    f("WIFCONTINUED", posix_wifcontinued);
    f("fork", posix_fork);
    f("register_at_fork", posix_register_at_fork);
    f("execv", posix_execv);
    f("execve", posix_execve);
    f("_exit", posix_underscore_exit);
    f("abort", posix_abort);
    f("system", posix_system);
    f("times", posix_times);
    f("uname", posix_uname);
    f("cpu_count", posix_cpu_count);
    f("sysconf", posix_sysconf);
    f("urandom", posix_urandom);
    f("strerror", posix_strerror);
    f("putenv", posix_putenv);
    f("unsetenv", posix_unsetenv);
    f("nice", posix_nice);
    f("getloadavg", posix_getloadavg);
    f("sync", posix_sync);
    super::set(m, "environ", environ());
}

macro_rules! id_fn {
    ($rust:ident, $name:literal, $call:expr) => {
        fn $rust(args: &[Value], kw: &[Value]) -> PyResult<Value> {
            crate::modules::no_args(concat!("posix.", $name), args, kw)?;
            // SAFETY: a call with no arguments and no failure mode.
            Ok(new_int(unsafe { $call } as i64))
        }
    };
}

id_fn!(posix_getpid, "getpid", libc::getpid());
id_fn!(posix_getppid, "getppid", libc::getppid());
id_fn!(posix_getuid, "getuid", libc::getuid());
id_fn!(posix_geteuid, "geteuid", libc::geteuid());
id_fn!(posix_getgid, "getgid", libc::getgid());
id_fn!(posix_getegid, "getegid", libc::getegid());
id_fn!(posix_getpgrp, "getpgrp", libc::getpgrp());

fn posix_setsid(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::modules::no_args("posix.setsid", args, kw)?;
    // SAFETY: plain system call.
    if unsafe { libc::setsid() } < 0 {
        return Err(errno_error(None));
    }
    Ok(Value::NONE)
}

fn posix_getlogin(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::modules::no_args("posix.getlogin", args, kw)?;
    // SAFETY: the returned string is copied at once.
    let p = unsafe { libc::getlogin() };
    if p.is_null() {
        return Err(errno_error(None));
    }
    // SAFETY: a non-null result is a C string.
    Ok(super::fs_decode(unsafe { CStr::from_ptr(p) }.to_bytes()))
}

fn posix_getpgid(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("getpgid", args, kw, 1, 1)?;
    // SAFETY: plain system call.
    let r = unsafe { libc::getpgid(c_int(&a[0])?) };
    if r < 0 {
        return Err(errno_error(None));
    }
    Ok(new_int(r as i64))
}

fn posix_getsid(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("getsid", args, kw, 1, 1)?;
    // SAFETY: plain system call.
    let r = unsafe { libc::getsid(c_int(&a[0])?) };
    if r < 0 {
        return Err(errno_error(None));
    }
    Ok(new_int(r as i64))
}

fn posix_setpgid(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("setpgid", args, kw, 2, 2)?;
    // SAFETY: plain system call.
    super::check(
        unsafe { libc::setpgid(c_int(&a[0])?, c_int(&a[1])?) },
        || errno_error(None),
    )
}

fn posix_getgroups(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::modules::no_args("posix.getgroups", args, kw)?;
    // SAFETY: asking for the count, then filling a buffer of that size.
    let n = unsafe { libc::getgroups(0, std::ptr::null_mut()) };
    if n < 0 {
        return Err(errno_error(None));
    }
    let mut g = vec![0 as libc::gid_t; n as usize];
    // SAFETY: `g` has room for `n` ids.
    let n = unsafe { libc::getgroups(n, g.as_mut_ptr()) };
    if n < 0 {
        return Err(errno_error(None));
    }
    Ok(crate::objects::list::new_list(
        g[..n as usize].iter().map(|&x| new_int(x as i64)).collect(),
    ))
}

/// `kill(pid, signal, /)`.
fn posix_kill(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::exactly("kill", args, kw, 2)?;
    let pid = c_int(&args[0])?;
    let sig = c_int(&args[1])?;
    // SAFETY: plain system call.
    super::check(unsafe { libc::kill(pid, sig) }, || errno_error(None))?;
    // A signal sent to ourselves runs its Python handler before kill() returns.
    crate::interp::signals::run_pending()?;
    Ok(Value::NONE)
}

fn posix_killpg(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("killpg", args, kw, 2, 2)?;
    // SAFETY: plain system call.
    super::check(
        unsafe { libc::killpg(c_int(&a[0])?, c_int(&a[1])?) },
        || errno_error(None),
    )?;
    crate::interp::signals::run_pending()?;
    Ok(Value::NONE)
}

/// `waitpid(pid, options, /)`: `(pid, status)`.
fn posix_waitpid(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("waitpid", args, kw, 2, 2)?;
    let pid = c_int(&a[0])?;
    let options = c_int(&a[1])?;
    let mut status = 0;
    // SAFETY: `status` is written by the call.
    let r = retry(
        || unsafe { libc::waitpid(pid, &mut status, options) },
        || errno_error(None),
    )?;
    Ok(new_tuple(vec![new_int(r as i64), new_int(status as i64)]))
}

/// `wait()`: `(pid, status)`.
fn posix_wait(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::modules::no_args("posix.wait", args, kw)?;
    let mut status = 0;
    // SAFETY: `status` is written by the call.
    let r = retry(|| unsafe { libc::wait(&mut status) }, || errno_error(None))?;
    Ok(new_tuple(vec![new_int(r as i64), new_int(status as i64)]))
}

const STATUS: Params = Params {
    fname: "",
    names: &["status"],
    npos: 1,
    required: 1,
};

fn status_arg(fname: &'static str, args: &[Value], kw: &[Value]) -> PyResult<i32> {
    let p = Params { fname, ..STATUS };
    let a = p.parse(args, kw)?;
    c_int(a[0].expect("required"))
}

macro_rules! wait_macro {
    ($rust:ident, $name:literal, $f:expr, $wrap:expr) => {
        fn $rust(args: &[Value], kw: &[Value]) -> PyResult<Value> {
            let s = status_arg($name, args, kw)?;
            Ok($wrap($f(s)))
        }
    };
}

wait_macro!(posix_wifexited, "WIFEXITED", libc::WIFEXITED, Value::bool);
wait_macro!(
    posix_wifsignaled,
    "WIFSIGNALED",
    libc::WIFSIGNALED,
    Value::bool
);
wait_macro!(
    posix_wifstopped,
    "WIFSTOPPED",
    libc::WIFSTOPPED,
    Value::bool
);
wait_macro!(
    posix_wifcontinued,
    "WIFCONTINUED",
    libc::WIFCONTINUED,
    Value::bool
);
wait_macro!(posix_wcoredump, "WCOREDUMP", libc::WCOREDUMP, Value::bool);
wait_macro!(posix_wexitstatus, "WEXITSTATUS", libc::WEXITSTATUS, |n| {
    new_int(n as i64)
});
wait_macro!(posix_wtermsig, "WTERMSIG", libc::WTERMSIG, |n| new_int(
    n as i64
));
wait_macro!(posix_wstopsig, "WSTOPSIG", libc::WSTOPSIG, |n| new_int(
    n as i64
));

/// `waitstatus_to_exitcode(status)`: the exit code, or minus the killing signal.
fn posix_waitstatus_to_exitcode(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = status_arg("waitstatus_to_exitcode", args, kw)?;
    if libc::WIFEXITED(s) {
        return Ok(new_int(libc::WEXITSTATUS(s) as i64));
    }
    if libc::WIFSIGNALED(s) {
        return Ok(new_int(-(libc::WTERMSIG(s) as i64)));
    }
    if libc::WIFSTOPPED(s) {
        return Err(PyErr::value_error(format!(
            "process stopped by delivery of signal {}",
            libc::WSTOPSIG(s)
        )));
    }
    Err(PyErr::value_error(format!("invalid wait status: {}", s)))
}

const AT_FORK_NAMES: [&str; 3] = ["before", "after_in_child", "after_in_parent"];

/// `register_at_fork(*, before=None, after_in_child=None, after_in_parent=None)`.
fn posix_register_at_fork(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = Params {
        fname: "register_at_fork",
        names: &AT_FORK_NAMES,
        npos: 0,
        required: 0,
    };
    let a = p.parse(args, kw)?;
    if a.iter().all(Option::is_none) {
        return Err(PyErr::type_error("At least one argument is required."));
    }
    for (i, v) in a.iter().enumerate() {
        if let Some(v) = v {
            if !ops::callable(v) {
                return Err(PyErr::type_error(format!(
                    "'{}' must be callable, not {}",
                    AT_FORK_NAMES[i],
                    type_name(v)
                )));
            }
        }
    }
    AT_FORK.with(|h| {
        let mut h = h.borrow_mut();
        for (i, v) in a.iter().enumerate() {
            if let Some(v) = v {
                h[i].push((*v).clone());
            }
        }
    });
    Ok(Value::NONE)
}

/// Runs the `register_at_fork` callables of kind `which`; exceptions are reported as
/// unraisable (written to stderr) and ignored, as CPython does.
pub(crate) fn run_at_fork(which: usize) {
    let mut hooks = AT_FORK.with(|h| h.borrow()[which].clone());
    if which == 0 {
        hooks.reverse();
    }
    for f in hooks {
        if let Err(e) = ops::call(&f, &[], &[]) {
            crate::modules::sys::write_unraisable(&e, "Exception ignored in", &f);
        }
    }
}

/// `fork()`: 0 in the child, the child's pid in the parent.
fn posix_fork(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::modules::no_args("posix.fork", args, kw)?;
    run_at_fork(0);
    // SAFETY: the interpreter is single-threaded; the child continues running Python.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(errno_error(None));
    }
    run_at_fork(if pid == 0 { 1 } else { 2 });
    Ok(new_int(pid as i64))
}

/// The items of an `argv` tuple or list as C strings, checked as `execv` does.
pub(crate) fn argv_arg(fname: &str, v: &Value) -> PyResult<Vec<CString>> {
    let items = match (as_tuple(v), as_list(v)) {
        (Some(t), _) => t.to_vec(),
        (None, Some(l)) => l.items().to_vec(),
        _ => {
            return Err(PyErr::type_error(format!(
                "{}() arg 2 must be a tuple or list",
                fname
            )))
        }
    };
    if items.is_empty() {
        return Err(PyErr::value_error(format!(
            "{}() arg 2 must not be empty",
            fname
        )));
    }
    let argv = items
        .iter()
        .map(fs_converter)
        .collect::<PyResult<Vec<_>>>()?;
    if argv[0].as_bytes().is_empty() {
        return Err(PyErr::value_error(format!(
            "{}() arg 2 first element cannot be empty",
            fname
        )));
    }
    Ok(argv)
}

/// An environment mapping as `KEY=VALUE` C strings.
pub(crate) fn env_arg(fname: &str, env: &Value) -> PyResult<Vec<CString>> {
    let keys = ops::getattr_opt(env, &crate::objects::str::StrData::intern_static("keys"))?;
    if keys.is_none() {
        return Err(PyErr::type_error(format!(
            "{}: environment must be a mapping object",
            fname
        )));
    }
    let mut out = Vec::new();
    for k in ops::collect(&ops::call_method(env, "keys", &[])?)? {
        let v = ops::getitem(env, &k)?;
        let (k, v) = (fs_converter(&k)?, fs_converter(&v)?);
        if k.as_bytes().is_empty() || k.as_bytes()[1..].contains(&b'=') {
            return Err(PyErr::value_error("illegal environment variable name"));
        }
        let mut kv = k.into_bytes();
        kv.push(b'=');
        kv.extend_from_slice(v.as_bytes());
        out.push(CString::new(kv).map_err(|_| PyErr::value_error("embedded null byte"))?);
    }
    Ok(out)
}

/// Pointers to C strings, null-terminated, for `exec*`.
pub(crate) fn c_array(v: &[CString]) -> Vec<*const libc::c_char> {
    v.iter()
        .map(|s| s.as_ptr())
        .chain(std::iter::once(std::ptr::null()))
        .collect()
}

/// `execv(path, argv, /)`: replaces the process (returns only by raising).
fn posix_execv(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("execv", args, kw, 2, 2)?;
    let path = super::path_arg("execv", "path", &a[0], super::PATH)?;
    let argv = argv_arg("execv", &a[1])?;
    let ptrs = c_array(&argv);
    // SAFETY: null-terminated arrays of valid C strings that outlive the call.
    unsafe { libc::execv(path.ptr(), ptrs.as_ptr()) };
    Err(errno_error(None))
}

/// `execve(path, argv, env)`.
fn posix_execve(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = Params {
        fname: "execve",
        names: &["path", "argv", "env"],
        npos: 3,
        required: 3,
    };
    let a = p.parse(args, kw)?;
    let path = super::path_arg("execve", "path", a[0].expect("required"), super::PATH_OR_FD)?;
    let argv = argv_arg("execve", a[1].expect("required"))?;
    let env = env_arg("execve", a[2].expect("required"))?;
    let (argp, envp) = (c_array(&argv), c_array(&env));
    // SAFETY: null-terminated arrays of valid C strings that outlive the call.
    unsafe {
        match path.fd {
            Some(fd) => libc::fexecve(fd, argp.as_ptr(), envp.as_ptr()),
            None => libc::execve(path.ptr(), argp.as_ptr(), envp.as_ptr()),
        }
    };
    Err(path.error())
}

/// `_exit(status)`: ends the process at once (no cleanup, no flushing).
fn posix_underscore_exit(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Params {
        fname: "_exit",
        names: &["status"],
        npos: 1,
        required: 1,
    }
    .parse(args, kw)?;
    let status = c_int(a[0].expect("required"))?;
    // SAFETY: ends the process.
    unsafe { libc::_exit(status) }
}

fn posix_abort(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::modules::no_args("posix.abort", args, kw)?;
    std::process::abort()
}

/// `system(command)`: the wait status of `/bin/sh -c command`.
fn posix_system(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Params {
        fname: "system",
        names: &["command"],
        npos: 1,
        required: 1,
    }
    .parse(args, kw)?;
    let cmd = fs_converter(a[0].expect("required"))?;
    // SAFETY: a valid C string.
    Ok(new_int(unsafe { libc::system(cmd.as_ptr()) } as i64))
}

fn posix_times(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::modules::no_args("posix.times", args, kw)?;
    // SAFETY: `t` is plain old data the call fills.
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    let elapsed = unsafe { libc::times(&mut t) };
    if elapsed == (-1i64) as libc::clock_t {
        return Err(errno_error(None));
    }
    // SAFETY: plain library call.
    let tick = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    let f = |c: libc::clock_t| new_float(c as f64 / tick);
    let ty = TYPES
        .with(|t| t.borrow().clone())
        .expect("created with posix")
        .0;
    Ok(new_structseq(
        &ty,
        vec![
            f(t.tms_utime),
            f(t.tms_stime),
            f(t.tms_cutime),
            f(t.tms_cstime),
            f(elapsed),
        ],
    ))
}

fn posix_uname(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::modules::no_args("posix.uname", args, kw)?;
    // SAFETY: `u` is plain old data the call fills.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    if unsafe { libc::uname(&mut u) } != 0 {
        return Err(errno_error(None));
    }
    let s = |f: &[libc::c_char]| {
        // SAFETY: uname fills null-terminated strings.
        super::fs_decode(unsafe { CStr::from_ptr(f.as_ptr()) }.to_bytes())
    };
    let ty = TYPES
        .with(|t| t.borrow().clone())
        .expect("created with posix")
        .1;
    Ok(new_structseq(
        &ty,
        vec![
            s(&u.sysname),
            s(&u.nodename),
            s(&u.release),
            s(&u.version),
            s(&u.machine),
        ],
    ))
}

fn posix_cpu_count(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::modules::no_args("posix.cpu_count", args, kw)?;
    // SAFETY: plain library call.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n < 1 {
        Value::NONE
    } else {
        new_int(n as i64)
    })
}

/// `sysconf(name, /)`: by number or by a name of `sysconf_names`.
fn posix_sysconf(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("sysconf", args, kw, 1, 1)?;
    let name = if crate::objects::int::is_int(&a[0]) {
        c_int(&a[0])?
    } else if let Some(s) = crate::objects::str::as_str(&a[0]) {
        super::consts::SYSCONF_NAMES
            .iter()
            .find(|(n, _)| *n == s)
            .map(|(_, v)| *v)
            .ok_or_else(|| PyErr::value_error("unrecognized configuration name"))?
    } else {
        return Err(PyErr::type_error(
            "configuration names must be strings or integers",
        ));
    };
    // SAFETY: errno is cleared to tell "no limit" (-1, errno 0) from an error.
    let r = unsafe {
        *libc::__errno_location() = 0;
        libc::sysconf(name)
    };
    if r == -1 && super::last_errno() != 0 {
        return Err(errno_error(None));
    }
    Ok(new_int(r as i64))
}

/// `urandom(size, /)`.
fn posix_urandom(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("urandom", args, kw, 1, 1)?;
    let n = int_arg(&a[0])?;
    if n < 0 {
        return Err(PyErr::value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    let mut done = 0;
    while done < buf.len() {
        // SAFETY: the rest of `buf` is writable.
        let r = unsafe {
            libc::getrandom(
                buf[done..].as_mut_ptr() as *mut libc::c_void,
                buf.len() - done,
                0,
            )
        };
        if r < 0 {
            if super::last_errno() == libc::EINTR {
                crate::interp::signals::run_pending()?;
                continue;
            }
            return Err(errno_error(None));
        }
        done += r as usize;
    }
    Ok(new_bytes(buf))
}

/// `strerror(code, /)`.
fn posix_strerror(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("strerror", args, kw, 1, 1)?;
    let code = c_int(&a[0])?;
    Ok(new_string(crate::types::exception::strerror(code)))
}

fn env_name(v: &Value) -> PyResult<CString> {
    let k = fs_converter(v)?;
    if k.as_bytes().contains(&b'=') {
        return Err(PyErr::value_error("illegal environment variable name"));
    }
    Ok(k)
}

/// `putenv(name, value, /)`.
fn posix_putenv(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("putenv", args, kw, 2, 2)?;
    let k = env_name(&a[0])?;
    let v = fs_converter(&a[1])?;
    // SAFETY: valid C strings; the interpreter is single-threaded.
    super::check(unsafe { libc::setenv(k.as_ptr(), v.as_ptr(), 1) }, || {
        errno_error(None)
    })
}

/// `unsetenv(name, /)`.
fn posix_unsetenv(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("unsetenv", args, kw, 1, 1)?;
    let k = env_name(&a[0])?;
    // SAFETY: a valid C string; the interpreter is single-threaded.
    super::check(unsafe { libc::unsetenv(k.as_ptr()) }, || errno_error(None))
}

fn posix_nice(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("nice", args, kw, 1, 1)?;
    let inc = c_int(&a[0])?;
    // SAFETY: errno cleared to tell -1 the niceness from an error.
    let r = unsafe {
        *libc::__errno_location() = 0;
        libc::nice(inc)
    };
    if r == -1 && super::last_errno() != 0 {
        return Err(errno_error(None));
    }
    Ok(new_int(r as i64))
}

fn posix_getloadavg(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::modules::no_args("posix.getloadavg", args, kw)?;
    let mut l = [0f64; 3];
    // SAFETY: `l` has room for three values.
    if unsafe { libc::getloadavg(l.as_mut_ptr(), 3) } != 3 {
        return Err(PyErr::os_error("Load averages are unobtainable"));
    }
    Ok(new_tuple(l.iter().map(|&x| new_float(x)).collect()))
}

/// `posix.environ`: the environment at start-up, bytes to bytes.
fn environ() -> Value {
    let d = DictData::new_value();
    let dd = d.downcast::<DictData>().expect("a new dict");
    use std::os::unix::ffi::OsStrExt;
    for (k, v) in std::env::vars_os() {
        let _ = dd.set(
            new_bytes(k.as_bytes().to_vec()),
            new_bytes(v.as_bytes().to_vec()),
        );
    }
    d
}

fn posix_sync(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::modules::no_args("posix.sync", args, kw)?;
    // SAFETY: plain system call.
    unsafe { libc::sync() };
    Ok(Value::NONE)
}
