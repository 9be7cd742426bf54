//! Calls on file descriptors: `open`, `read`, `write`, `close`, `lseek`, `pipe`, `dup`,
//! inheritance and blocking flags, terminals (`isatty`, `get_terminal_size`).
//! Descriptors Python creates are non-inheritable (PEP 446): `O_CLOEXEC` on `open`,
//! `pipe2(O_CLOEXEC)`, `F_DUPFD_CLOEXEC`.

use super::{
    c_int, check, dir_fd_arg, errno_error, fd_arg, fileno_arg, int_arg, path_arg, positional,
    retry, Params, PATH,
};
use crate::error::{PyErr, PyResult};
use crate::modules::structseq::{new_structseq, new_structseq_type};
use crate::objects::bytes::new_bytes;
use crate::objects::int::new_int;
use crate::objects::module::ModuleData;
use crate::objects::tuple::new_tuple;
use crate::ops;
use crate::value::Value;
use std::cell::RefCell;

thread_local! {
    static TERMINAL_SIZE: RefCell<Option<Value>> = const { RefCell::new(None) };
}

pub(super) fn install(m: &ModuleData) {
    let ts = new_structseq_type("os", "terminal_size", &["columns", "lines"]);
    TERMINAL_SIZE.with(|t| *t.borrow_mut() = Some(ts.clone()));
    super::set(m, "terminal_size", ts);
    let f = |n, fun| super::func(m, n, fun);
    f("open", posix_open);
    f("close", posix_close);
    f("closerange", posix_closerange);
    f("read", posix_read);
    f("write", posix_write);
    f("lseek", posix_lseek);
    f("fsync", posix_fsync);
    f("fdatasync", posix_fdatasync);
    f("ftruncate", posix_ftruncate);
    f("dup", posix_dup);
    f("dup2", posix_dup2);
    f("pipe", posix_pipe);
    f("pipe2", posix_pipe2);
    f("isatty", posix_isatty);
    f("get_inheritable", posix_get_inheritable);
    f("set_inheritable", posix_set_inheritable);
    f("get_blocking", posix_get_blocking);
    f("set_blocking", posix_set_blocking);
    f("device_encoding", posix_device_encoding);
    f("get_terminal_size", posix_get_terminal_size);
}

const OPEN: Params = Params {
    fname: "open",
    names: &["path", "flags", "mode", "dir_fd"],
    npos: 3,
    required: 2,
};

/// `open(path, flags, mode=0o777, *, dir_fd=None)`: a new non-inheritable descriptor.
fn posix_open(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = OPEN.parse(args, kw)?;
    let p = path_arg("open", "path", a[0].expect("required"), PATH)?;
    let flags = c_int(a[1].expect("required"))? | libc::O_CLOEXEC;
    let mode = match a[2] {
        Some(m) => c_int(m)?,
        None => 0o777,
    };
    let dir_fd = dir_fd_arg(a[3])?;
    // SAFETY: a valid C string.
    let fd = retry(
        || unsafe { libc::openat(dir_fd, p.ptr(), flags, mode as libc::c_uint) },
        || p.error(),
    )?;
    Ok(new_int(fd as i64))
}

/// `close(fd)`.
fn posix_close(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Params {
        fname: "close",
        names: &["fd"],
        npos: 1,
        required: 1,
    }
    .parse(args, kw)?;
    let fd = fd_arg(a[0].expect("required"))?;
    // SAFETY: closing a descriptor the caller names; EINTR is not retried (the
    // descriptor is gone on Linux).
    let r = unsafe { libc::close(fd) };
    if r != 0 && super::last_errno() != libc::EINTR {
        return Err(errno_error(None));
    }
    Ok(Value::NONE)
}

/// `closerange(fd_low, fd_high, /)`: errors ignored.
fn posix_closerange(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("closerange", args, kw, 2, 2)?;
    let (lo, hi) = (c_int(&a[0])?.max(0), c_int(&a[1])?);
    for fd in lo..hi {
        // SAFETY: closing descriptors, errors ignored as CPython does.
        unsafe { libc::close(fd) };
    }
    Ok(Value::NONE)
}

/// `read(fd, length, /)`.
fn posix_read(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("read", args, kw, 2, 2)?;
    let fd = c_int(&a[0])?;
    let n = int_arg(&a[1])?;
    if n < 0 {
        // SAFETY: setting errno for the error report.
        unsafe { *libc::__errno_location() = libc::EINVAL };
        return Err(errno_error(None));
    }
    let mut buf = vec![0u8; n as usize];
    // SAFETY: `buf` is writable for its whole length.
    let got = retry(
        || unsafe { libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len()) },
        || errno_error(None),
    )?;
    buf.truncate(got as usize);
    Ok(new_bytes(buf))
}

/// `write(fd, data, /)`: the number of bytes written.
fn posix_write(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("write", args, kw, 2, 2)?;
    let fd = c_int(&a[0])?;
    let data = super::buffer_arg(&a[1])?;
    // SAFETY: `data` is readable for its whole length.
    let n = retry(
        || unsafe { libc::write(fd, data.as_ptr() as *const libc::c_void, data.len()) },
        || errno_error(None),
    )?;
    Ok(new_int(n as i64))
}

/// `lseek(fd, position, whence, /)`: the new position.
fn posix_lseek(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("lseek", args, kw, 3, 3)?;
    let fd = c_int(&a[0])?;
    let pos = int_arg(&a[1])?;
    let whence = c_int(&a[2])?;
    // SAFETY: plain system call on ints.
    let r = unsafe { libc::lseek(fd, pos, whence) };
    if r < 0 {
        return Err(errno_error(None));
    }
    Ok(new_int(r))
}

/// `fsync(fd)`: an int or an object with `fileno()`.
fn posix_fsync(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Params {
        fname: "fsync",
        names: &["fd"],
        npos: 1,
        required: 1,
    }
    .parse(args, kw)?;
    let fd = fileno_arg(a[0].expect("required"))?;
    // SAFETY: plain system call.
    retry(|| unsafe { libc::fsync(fd) }, || errno_error(None))?;
    Ok(Value::NONE)
}

fn posix_fdatasync(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Params {
        fname: "fdatasync",
        names: &["fd"],
        npos: 1,
        required: 1,
    }
    .parse(args, kw)?;
    let fd = fileno_arg(a[0].expect("required"))?;
    // SAFETY: plain system call.
    retry(|| unsafe { libc::fdatasync(fd) }, || errno_error(None))?;
    Ok(Value::NONE)
}

/// `ftruncate(fd, length, /)`.
fn posix_ftruncate(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("ftruncate", args, kw, 2, 2)?;
    let fd = c_int(&a[0])?;
    let length = int_arg(&a[1])?;
    // SAFETY: plain system call.
    retry(
        || unsafe { libc::ftruncate(fd, length) },
        || errno_error(None),
    )?;
    Ok(Value::NONE)
}

/// `dup(fd, /)`: a non-inheritable copy.
fn posix_dup(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("dup", args, kw, 1, 1)?;
    let fd = c_int(&a[0])?;
    // SAFETY: plain system call.
    let r = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if r < 0 {
        return Err(errno_error(None));
    }
    Ok(new_int(r as i64))
}

/// `dup2(fd, fd2, inheritable=True)`: `fd2`.
fn posix_dup2(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Params {
        fname: "dup2",
        names: &["fd", "fd2", "inheritable"],
        npos: 3,
        required: 2,
    }
    .parse(args, kw)?;
    let fd = c_int(a[0].expect("required"))?;
    let fd2 = c_int(a[1].expect("required"))?;
    let inheritable = super::bool_arg(a[2], true)?;
    let flags = if inheritable { 0 } else { libc::O_CLOEXEC };
    // SAFETY: plain system calls.
    let r = unsafe {
        if fd == fd2 {
            if libc::fcntl(fd, libc::F_GETFD) < 0 {
                -1
            } else {
                fd2
            }
        } else {
            libc::dup3(fd, fd2, flags)
        }
    };
    if r < 0 {
        return Err(errno_error(None));
    }
    Ok(new_int(r as i64))
}

fn make_pipe(flags: libc::c_int) -> PyResult<Value> {
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` has room for the two descriptors.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), flags) } != 0 {
        return Err(errno_error(None));
    }
    Ok(new_tuple(vec![
        new_int(fds[0] as i64),
        new_int(fds[1] as i64),
    ]))
}

/// `pipe()`: `(read_fd, write_fd)`, both non-inheritable.
fn posix_pipe(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(PyErr::type_error(format!(
            "posix.pipe() takes no arguments ({} given)",
            args.len()
        )));
    }
    let _ = kw;
    make_pipe(libc::O_CLOEXEC)
}

/// `pipe2(flags, /)`.
fn posix_pipe2(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("pipe2", args, kw, 1, 1)?;
    make_pipe(c_int(&a[0])?)
}

/// `isatty(fd, /)`.
fn posix_isatty(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("isatty", args, kw, 1, 1)?;
    let fd = c_int(&a[0])?;
    // SAFETY: plain library call.
    Ok(Value::bool(unsafe { libc::isatty(fd) } == 1))
}

fn fd_flags(fd: i32, get: libc::c_int) -> PyResult<libc::c_int> {
    // SAFETY: plain system call.
    let r = unsafe { libc::fcntl(fd, get) };
    if r < 0 {
        return Err(errno_error(None));
    }
    Ok(r)
}

fn set_fd_flag(
    fd: i32,
    get: libc::c_int,
    set: libc::c_int,
    flag: libc::c_int,
    on: bool,
) -> PyResult<Value> {
    let old = fd_flags(fd, get)?;
    let new = if on { old | flag } else { old & !flag };
    if new != old {
        // SAFETY: plain system call.
        check(unsafe { libc::fcntl(fd, set, new) }, || errno_error(None))?;
    }
    Ok(Value::NONE)
}

/// `get_inheritable(fd, /)`.
fn posix_get_inheritable(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("get_inheritable", args, kw, 1, 1)?;
    Ok(Value::bool(
        fd_flags(c_int(&a[0])?, libc::F_GETFD)? & libc::FD_CLOEXEC == 0,
    ))
}

/// `set_inheritable(fd, inheritable, /)`.
fn posix_set_inheritable(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("set_inheritable", args, kw, 2, 2)?;
    let on = ops::is_true(&a[1])?;
    set_fd_flag(
        c_int(&a[0])?,
        libc::F_GETFD,
        libc::F_SETFD,
        libc::FD_CLOEXEC,
        !on,
    )
}

/// `get_blocking(fd, /)`.
fn posix_get_blocking(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("get_blocking", args, kw, 1, 1)?;
    Ok(Value::bool(
        fd_flags(c_int(&a[0])?, libc::F_GETFL)? & libc::O_NONBLOCK == 0,
    ))
}

/// `set_blocking(fd, blocking, /)`.
fn posix_set_blocking(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("set_blocking", args, kw, 2, 2)?;
    let on = ops::is_true(&a[1])?;
    set_fd_flag(
        c_int(&a[0])?,
        libc::F_GETFL,
        libc::F_SETFL,
        libc::O_NONBLOCK,
        !on,
    )
}

/// `device_encoding(fd)`: 'utf-8' for a terminal (Ember's locale is UTF-8), else None.
fn posix_device_encoding(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Params {
        fname: "device_encoding",
        names: &["fd"],
        npos: 1,
        required: 1,
    }
    .parse(args, kw)?;
    let fd = c_int(a[0].expect("required"))?;
    // SAFETY: plain library call.
    Ok(if unsafe { libc::isatty(fd) } == 1 {
        crate::objects::str::new_str("utf-8")
    } else {
        Value::NONE
    })
}

/// `get_terminal_size(fd=1, /)`: `os.terminal_size(columns, lines)`.
fn posix_get_terminal_size(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional("get_terminal_size", args, kw, 0, 1)?;
    let fd = match a.first() {
        Some(v) => c_int(v)?,
        None => 1,
    };
    // SAFETY: `w` is plain old data the ioctl fills.
    let mut w: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ writes a winsize.
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut w) } != 0 {
        return Err(errno_error(None));
    }
    let ty = TERMINAL_SIZE
        .with(|t| t.borrow().clone())
        .expect("created with posix");
    Ok(new_structseq(
        &ty,
        vec![new_int(w.ws_col as i64), new_int(w.ws_row as i64)],
    ))
}
