//! `_posixsubprocess.fork_exec` (CPython 3.11's signature), which `subprocess.Popen`
//! calls to start a child: fork, then in the child set up the standard descriptors,
//! working directory, umask, signals, session, ids, run `preexec_fn`, close the other
//! descriptors and try each executable. A failure before or at exec is written to the
//! error pipe as `OSError:<hex errno>:[noexec]` (or `SubprocessError:0:<message>`),
//! the format `subprocess` parses. Everything the child needs is converted before
//! `fork`, so the child only makes system calls (and, with `preexec_fn`, runs Python).

use crate::error::{PyErr, PyResult};
use crate::modules::posix::process::{c_array, run_at_fork};
use crate::modules::posix::{c_int, errno_error, fs_converter, int_arg, last_errno};
use crate::objects::int::new_int;
use crate::objects::module::{new_module, ModuleData};
use crate::objects::typeobj::type_name;
use crate::ops;
use crate::value::Value;
use std::ffi::CString;

/// A new `_posixsubprocess` module.
pub fn create() -> Value {
    let m = new_module("_posixsubprocess");
    let md = m.downcast::<ModuleData>().expect("a new module");
    crate::modules::add_function(md, "fork_exec", fork_exec);
    m
}

/// What the child does, converted before `fork`.
struct ChildPlan {
    argv: Option<Vec<CString>>,
    executables: Vec<CString>,
    close_fds: bool,
    fds_to_keep: Vec<i32>,
    cwd: Option<CString>,
    env: Option<Vec<CString>>,
    p2cread: i32,
    p2cwrite: i32,
    c2pread: i32,
    c2pwrite: i32,
    errread: i32,
    errwrite: i32,
    errpipe_read: i32,
    errpipe_write: i32,
    restore_signals: bool,
    call_setsid: bool,
    pgid_to_set: i32,
    gid: Option<u32>,
    extra_groups: Option<Vec<libc::gid_t>>,
    uid: Option<u32>,
    child_umask: i32,
    preexec_fn: Value,
}

fn seq_items(v: &Value) -> PyResult<Vec<Value>> {
    ops::collect(v)
}

fn opt_id(v: &Value, what: &str) -> PyResult<Option<u32>> {
    if v.is_none() {
        return Ok(None);
    }
    let n = int_arg(v)?;
    u32::try_from(n)
        .map(Some)
        .map_err(|_| PyErr::overflow_error(format!("{} is greater than maximum", what)))
}

/// `fork_exec(args, executable_list, close_fds, pass_fds, cwd, env, p2cread, p2cwrite,
/// c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write, restore_signals,
/// call_setsid, pgid_to_set, gid, extra_groups, uid, child_umask, preexec_fn,
/// allow_vfork, /)`: the child's pid.
fn fork_exec(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::modules::posix::exactly("fork_exec", args, kw, 23)?;
    let a = args;
    let argv = if a[0].is_none() {
        None
    } else {
        Some(
            seq_items(&a[0])?
                .iter()
                .map(fs_converter)
                .collect::<PyResult<Vec<_>>>()?,
        )
    };
    let executables = seq_items(&a[1])?
        .iter()
        .map(fs_converter)
        .collect::<PyResult<Vec<_>>>()?;
    let close_fds = ops::is_true(&a[2])?;
    let mut fds_to_keep = Vec::new();
    for v in seq_items(&a[3])? {
        if !crate::objects::int::is_int(&v) {
            return Err(PyErr::value_error("bad value(s) in fds_to_keep"));
        }
        let fd = c_int(&v)?;
        if fd < 0 || fds_to_keep.last().is_some_and(|&l| l >= fd) {
            return Err(PyErr::value_error("bad value(s) in fds_to_keep"));
        }
        fds_to_keep.push(fd);
    }
    let cwd = if a[4].is_none() {
        None
    } else {
        Some(fs_converter(&a[4])?)
    };
    let env = if a[5].is_none() {
        None
    } else {
        Some(
            seq_items(&a[5])?
                .iter()
                .map(fs_converter)
                .collect::<PyResult<Vec<_>>>()?,
        )
    };
    let ints: Vec<i32> = a[6..14].iter().map(c_int).collect::<PyResult<_>>()?;
    let extra_groups = if a[18].is_none() {
        None
    } else {
        let mut g = Vec::new();
        for v in seq_items(&a[18])? {
            g.push(opt_id(&v, "gid")?.unwrap_or(0) as libc::gid_t);
        }
        Some(g)
    };
    let preexec_fn = a[21].clone();
    if !preexec_fn.is_none() && !ops::callable(&preexec_fn) {
        return Err(PyErr::type_error(format!(
            "'{}' object is not callable",
            type_name(&preexec_fn)
        )));
    }
    let plan = ChildPlan {
        argv,
        executables,
        close_fds,
        fds_to_keep,
        cwd,
        env,
        p2cread: ints[0],
        p2cwrite: ints[1],
        c2pread: ints[2],
        c2pwrite: ints[3],
        errread: ints[4],
        errwrite: ints[5],
        errpipe_read: ints[6],
        errpipe_write: ints[7],
        restore_signals: ops::is_true(&a[14])?,
        call_setsid: ops::is_true(&a[15])?,
        pgid_to_set: c_int(&a[16])?,
        gid: opt_id(&a[17], "gid")?,
        extra_groups,
        uid: opt_id(&a[19], "uid")?,
        child_umask: c_int(&a[20])?,
        preexec_fn,
    };
    let argv_ptrs = plan.argv.as_deref().map(c_array);
    let env_ptrs = plan.env.as_deref().map(c_array);
    let with_preexec = !plan.preexec_fn.is_none();
    if with_preexec {
        run_at_fork(0);
    }
    // SAFETY: the interpreter thread forks; the child only makes system calls on data
    // prepared above (and runs `preexec_fn` when asked, as CPython does) and never
    // returns from `child_exec`.
    let pid = unsafe { libc::fork() };
    if pid == 0 {
        if with_preexec {
            run_at_fork(1);
        }
        child_exec(&plan, argv_ptrs.as_deref(), env_ptrs.as_deref());
    }
    if pid < 0 {
        return Err(errno_error(None));
    }
    if with_preexec {
        run_at_fork(2);
    }
    Ok(new_int(pid as i64))
}

/// Writes all of `b` to `fd`, ignoring errors (the child has no way to report them).
fn write_all(fd: i32, b: &[u8]) {
    // SAFETY: `b` is readable for its length.
    unsafe { libc::write(fd, b.as_ptr() as *const libc::c_void, b.len()) };
}

/// Reports `errno` (or a message) on the error pipe and ends the child with status 255.
fn child_fail(plan: &ChildPlan, errno: i32, reached_exec: bool, message: Option<&str>) -> ! {
    match message {
        Some(m) => {
            write_all(plan.errpipe_write, b"SubprocessError:0:");
            write_all(plan.errpipe_write, m.as_bytes());
        }
        None => {
            let text = format!(
                "OSError:{:x}:{}",
                errno,
                if reached_exec { "" } else { "noexec" }
            );
            write_all(plan.errpipe_write, text.as_bytes());
        }
    }
    // SAFETY: ends the child without running the parent's cleanup.
    unsafe { libc::_exit(255) }
}

fn set_inheritable(fd: i32, on: bool) -> bool {
    // SAFETY: fcntl on an int.
    unsafe {
        let flags = libc::fcntl(fd, libc::F_GETFD);
        if flags < 0 {
            return false;
        }
        let new = if on {
            flags & !libc::FD_CLOEXEC
        } else {
            flags | libc::FD_CLOEXEC
        };
        new == flags || libc::fcntl(fd, libc::F_SETFD, new) == 0
    }
}

/// Closes every descriptor from 3 up, except those in `keep` (sorted).
fn close_open_fds(keep: &[i32]) {
    let mut lo: u32 = 3;
    let mut ranges = Vec::new();
    for &k in keep {
        if k as u32 >= lo {
            if k as u32 > lo {
                ranges.push((lo, k as u32 - 1));
            }
            lo = k as u32 + 1;
        }
    }
    ranges.push((lo, u32::MAX));
    for (a, b) in ranges {
        // SAFETY: close_range closes descriptors in a range; on old kernels (ENOSYS)
        // each descriptor up to the open-file limit is closed instead.
        let r = unsafe { libc::syscall(libc::SYS_close_range, a, b, 0) };
        if r != 0 {
            // SAFETY: plain library calls.
            let max = unsafe { libc::sysconf(libc::_SC_OPEN_MAX) }.clamp(256, 65536) as u32;
            for fd in a..b.min(max) {
                // SAFETY: closing a descriptor number; errors ignored.
                unsafe { libc::close(fd as i32) };
            }
        }
    }
}

fn child_exec(
    plan: &ChildPlan,
    argv: Option<&[*const libc::c_char]>,
    envp: Option<&[*const libc::c_char]>,
) -> ! {
    let fail = |reached| child_fail(plan, last_errno(), reached, None);
    // SAFETY (whole function): system calls on descriptors and C strings prepared by
    // the parent before fork.
    unsafe {
        for fd in [plan.p2cwrite, plan.c2pread, plan.errread] {
            if fd != -1 {
                libc::close(fd);
            }
        }
        libc::close(plan.errpipe_read);
        for &fd in &plan.fds_to_keep {
            if fd != plan.errpipe_write && !set_inheritable(fd, true) {
                fail(false);
            }
        }
        let mut c2pwrite = plan.c2pwrite;
        let mut errwrite = plan.errwrite;
        if c2pwrite == 0 {
            c2pwrite = libc::dup(c2pwrite);
            if c2pwrite < 0 || !set_inheritable(c2pwrite, false) {
                fail(false);
            }
        }
        while errwrite == 0 || errwrite == 1 {
            errwrite = libc::dup(errwrite);
            if errwrite < 0 || !set_inheritable(errwrite, false) {
                fail(false);
            }
        }
        for (fd, target) in [(plan.p2cread, 0), (c2pwrite, 1), (errwrite, 2)] {
            if fd == target {
                if !set_inheritable(fd, true) {
                    fail(false);
                }
            } else if fd != -1 && libc::dup2(fd, target) < 0 {
                fail(false);
            }
        }
        if let Some(cwd) = &plan.cwd {
            if libc::chdir(cwd.as_ptr()) != 0 {
                fail(false);
            }
        }
        if plan.child_umask >= 0 {
            libc::umask(plan.child_umask as libc::mode_t);
        }
        if plan.restore_signals {
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
            libc::signal(libc::SIGXFSZ, libc::SIG_DFL);
        }
        if plan.call_setsid && libc::setsid() < 0 {
            fail(false);
        }
        if plan.pgid_to_set >= 0 && libc::setpgid(0, plan.pgid_to_set) < 0 {
            fail(false);
        }
        if let Some(g) = &plan.extra_groups {
            if libc::setgroups(g.len(), g.as_ptr()) < 0 {
                fail(false);
            }
        }
        if let Some(gid) = plan.gid {
            if libc::setregid(gid, gid) < 0 {
                fail(false);
            }
        }
        if let Some(uid) = plan.uid {
            if libc::setreuid(uid, uid) < 0 {
                fail(false);
            }
        }
        if !plan.preexec_fn.is_none() && ops::call(&plan.preexec_fn, &[], &[]).is_err() {
            child_fail(plan, 0, true, Some("Exception occurred in preexec_fn."));
        }
        if plan.close_fds {
            close_open_fds(&plan.fds_to_keep);
        }
        let mut saved = 0;
        let argv = argv.map_or(std::ptr::null(), |a| a.as_ptr());
        for exe in &plan.executables {
            match envp {
                Some(e) => libc::execve(exe.as_ptr(), argv, e.as_ptr()),
                None => libc::execv(exe.as_ptr(), argv),
            };
            let e = last_errno();
            if e != libc::ENOENT && e != libc::ENOTDIR && saved == 0 {
                saved = e;
            }
        }
        child_fail(
            plan,
            if saved != 0 { saved } else { last_errno() },
            true,
            None,
        )
    }
}
