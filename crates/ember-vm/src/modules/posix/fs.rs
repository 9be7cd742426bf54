//! File-system calls on paths: the working directory, creating, removing, renaming and
//! linking files, permissions, owners, times, `listdir`.

use super::{
    bool_arg, c_int, check, check_fd_combination, dir_fd_arg, errno_error, fs_name, int_arg,
    last_errno, path_arg, retry, Params, PathArg, PathKind, PATH, PATH_OR_FD,
};
use crate::error::{PyErr, PyResult};
use crate::objects::bytes::new_bytes;
use crate::objects::int::new_int;
use crate::objects::list::new_list;
use crate::objects::module::ModuleData;
use crate::objects::tuple::as_tuple;
use crate::value::Value;

pub(super) fn install(m: &ModuleData) {
    let f = |n, fun| super::func(m, n, fun);
    f("getcwd", posix_getcwd);
    f("getcwdb", posix_getcwdb);
    f("chdir", posix_chdir);
    f("fchdir", posix_fchdir);
    f("mkdir", posix_mkdir);
    f("mkfifo", posix_mkfifo);
    f("rmdir", posix_rmdir);
    f("unlink", posix_unlink);
    f("remove", posix_remove);
    f("rename", posix_rename);
    f("replace", posix_replace);
    f("readlink", posix_readlink);
    f("symlink", posix_symlink);
    f("link", posix_link);
    f("access", posix_access);
    f("chmod", posix_chmod);
    f("fchmod", posix_fchmod);
    f("chown", posix_chown);
    f("lchown", posix_lchown);
    f("fchown", posix_fchown);
    f("utime", posix_utime);
    f("truncate", posix_truncate);
    f("umask", posix_umask);
    f("listdir", posix_listdir);
}

fn cwd_bytes() -> PyResult<Vec<u8>> {
    let mut buf = vec![0u8; 1024];
    loop {
        // SAFETY: `buf` is writable for its whole length.
        let r = unsafe { libc::getcwd(buf.as_mut_ptr() as *mut libc::c_char, buf.len()) };
        if !r.is_null() {
            let n = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
            buf.truncate(n);
            return Ok(buf);
        }
        if last_errno() != libc::ERANGE {
            return Err(errno_error(None));
        }
        let n = buf.len() * 2;
        buf.resize(n, 0);
    }
}

fn posix_getcwd(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::modules::no_args("posix.getcwd", args, kw)?;
    Ok(super::fs_decode(&cwd_bytes()?))
}

fn posix_getcwdb(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::modules::no_args("posix.getcwdb", args, kw)?;
    Ok(new_bytes(cwd_bytes()?))
}

const CHDIR: Params = Params {
    fname: "chdir",
    names: &["path"],
    npos: 1,
    required: 1,
};

/// `chdir(path)`; an fd goes to `fchdir`.
fn posix_chdir(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = CHDIR.parse(args, kw)?;
    let p = path_arg("chdir", "path", a[0].expect("required"), PATH_OR_FD)?;
    // SAFETY: a valid C string or an fd.
    let r = unsafe {
        match p.fd {
            Some(fd) => libc::fchdir(fd),
            None => libc::chdir(p.ptr()),
        }
    };
    check(r, || p.error())
}

fn posix_fchdir(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Params {
        fname: "fchdir",
        names: &["fd"],
        npos: 1,
        required: 1,
    }
    .parse(args, kw)?;
    let fd = super::fd_arg(a[0].expect("required"))?;
    // SAFETY: plain system call on an int.
    check(unsafe { libc::fchdir(fd) }, || errno_error(None))
}

/// The path and `dir_fd` of `f(path, ..., *, dir_fd=None)`.
fn path_and_dir_fd(
    p: &Params,
    a: &[Option<&Value>],
    dir_fd_index: usize,
) -> PyResult<(PathArg, i32)> {
    let path = path_arg(p.fname, "path", a[0].expect("required"), PATH)?;
    Ok((path, dir_fd_arg(a[dir_fd_index])?))
}

fn mode_arg(v: Option<&Value>, default: i64) -> PyResult<libc::mode_t> {
    Ok(match v {
        Some(v) => c_int(v)? as libc::mode_t,
        None => default as libc::mode_t,
    })
}

const MKDIR: Params = Params {
    fname: "mkdir",
    names: &["path", "mode", "dir_fd"],
    npos: 2,
    required: 1,
};

/// `mkdir(path, mode=0o777, *, dir_fd=None)`.
fn posix_mkdir(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = MKDIR.parse(args, kw)?;
    let (p, dir_fd) = path_and_dir_fd(&MKDIR, &a, 2)?;
    let mode = mode_arg(a[1], 0o777)?;
    // SAFETY: a valid C string.
    check(unsafe { libc::mkdirat(dir_fd, p.ptr(), mode) }, || {
        p.error()
    })
}

const MKFIFO: Params = Params {
    fname: "mkfifo",
    names: &["path", "mode", "dir_fd"],
    npos: 2,
    required: 1,
};

/// `mkfifo(path, mode=0o666, *, dir_fd=None)`.
fn posix_mkfifo(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = MKFIFO.parse(args, kw)?;
    let (p, dir_fd) = path_and_dir_fd(&MKFIFO, &a, 2)?;
    let mode = mode_arg(a[1], 0o666)?;
    // SAFETY: a valid C string.
    retry(
        || unsafe { libc::mkfifoat(dir_fd, p.ptr(), mode) },
        || p.error(),
    )?;
    Ok(Value::NONE)
}

/// `unlinkat(dir_fd, path, flags)` for `rmdir`, `unlink` and `remove`.
fn unlink_at(p: &Params, args: &[Value], kw: &[Value], flags: libc::c_int) -> PyResult<Value> {
    let a = p.parse(args, kw)?;
    let (path, dir_fd) = path_and_dir_fd(p, &a, 1)?;
    // SAFETY: a valid C string.
    check(unsafe { libc::unlinkat(dir_fd, path.ptr(), flags) }, || {
        path.error()
    })
}

fn posix_rmdir(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    const P: Params = Params {
        fname: "rmdir",
        names: &["path", "dir_fd"],
        npos: 1,
        required: 1,
    };
    unlink_at(&P, args, kw, libc::AT_REMOVEDIR)
}

fn posix_unlink(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    const P: Params = Params {
        fname: "unlink",
        names: &["path", "dir_fd"],
        npos: 1,
        required: 1,
    };
    unlink_at(&P, args, kw, 0)
}

fn posix_remove(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    const P: Params = Params {
        fname: "remove",
        names: &["path", "dir_fd"],
        npos: 1,
        required: 1,
    };
    unlink_at(&P, args, kw, 0)
}

/// `rename`/`replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None)`.
fn rename_at(p: &Params, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = p.parse(args, kw)?;
    let src = path_arg(p.fname, "src", a[0].expect("required"), PATH)?;
    let dst = path_arg(p.fname, "dst", a[1].expect("required"), PATH)?;
    let (sfd, dfd) = (dir_fd_arg(a[2])?, dir_fd_arg(a[3])?);
    // SAFETY: valid C strings.
    check(
        unsafe { libc::renameat(sfd, src.ptr(), dfd, dst.ptr()) },
        || src.error2(&dst),
    )
}

fn posix_rename(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    const P: Params = Params {
        fname: "rename",
        names: &["src", "dst", "src_dir_fd", "dst_dir_fd"],
        npos: 2,
        required: 2,
    };
    rename_at(&P, args, kw)
}

fn posix_replace(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    const P: Params = Params {
        fname: "replace",
        names: &["src", "dst", "src_dir_fd", "dst_dir_fd"],
        npos: 2,
        required: 2,
    };
    rename_at(&P, args, kw)
}

const READLINK: Params = Params {
    fname: "readlink",
    names: &["path", "dir_fd"],
    npos: 1,
    required: 1,
};

/// `readlink(path, *, dir_fd=None)`: str, or bytes for a bytes path.
fn posix_readlink(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = READLINK.parse(args, kw)?;
    let (p, dir_fd) = path_and_dir_fd(&READLINK, &a, 1)?;
    let mut buf = vec![0u8; libc::PATH_MAX as usize + 1];
    // SAFETY: `buf` is writable for its whole length; a valid C string.
    let n = unsafe {
        libc::readlinkat(
            dir_fd,
            p.ptr(),
            buf.as_mut_ptr() as *mut libc::c_char,
            buf.len(),
        )
    };
    if n < 0 {
        return Err(p.error());
    }
    Ok(fs_name(&buf[..n as usize], p.is_bytes))
}

const SYMLINK: Params = Params {
    fname: "symlink",
    names: &["src", "dst", "target_is_directory", "dir_fd"],
    npos: 3,
    required: 2,
};

/// `symlink(src, dst, target_is_directory=False, *, dir_fd=None)`.
fn posix_symlink(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = SYMLINK.parse(args, kw)?;
    let src = path_arg("symlink", "src", a[0].expect("required"), PATH)?;
    let dst = path_arg("symlink", "dst", a[1].expect("required"), PATH)?;
    let dir_fd = dir_fd_arg(a[3])?;
    // SAFETY: valid C strings.
    check(
        unsafe { libc::symlinkat(src.ptr(), dir_fd, dst.ptr()) },
        || src.error2(&dst),
    )
}

const LINK: Params = Params {
    fname: "link",
    names: &["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"],
    npos: 2,
    required: 2,
};

/// `link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True)`.
fn posix_link(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = LINK.parse(args, kw)?;
    let src = path_arg("link", "src", a[0].expect("required"), PATH)?;
    let dst = path_arg("link", "dst", a[1].expect("required"), PATH)?;
    let (sfd, dfd) = (dir_fd_arg(a[2])?, dir_fd_arg(a[3])?);
    let flags = if bool_arg(a[4], true)? {
        libc::AT_SYMLINK_FOLLOW
    } else {
        0
    };
    // SAFETY: valid C strings.
    check(
        unsafe { libc::linkat(sfd, src.ptr(), dfd, dst.ptr(), flags) },
        || src.error2(&dst),
    )
}

const ACCESS: Params = Params {
    fname: "access",
    names: &["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"],
    npos: 2,
    required: 2,
};

/// `access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True)`:
/// True when allowed (never raises for a refusal).
fn posix_access(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = ACCESS.parse(args, kw)?;
    let p = path_arg("access", "path", a[0].expect("required"), PATH)?;
    let mode = c_int(a[1].expect("required"))?;
    let dir_fd = dir_fd_arg(a[2])?;
    let mut flags = 0;
    if bool_arg(a[3], false)? {
        flags |= libc::AT_EACCESS;
    }
    if !bool_arg(a[4], true)? {
        flags |= libc::AT_SYMLINK_NOFOLLOW;
    }
    // SAFETY: a valid C string.
    Ok(Value::bool(
        unsafe { libc::faccessat(dir_fd, p.ptr(), mode, flags) } == 0,
    ))
}

const CHMOD: Params = Params {
    fname: "chmod",
    names: &["path", "mode", "dir_fd", "follow_symlinks"],
    npos: 2,
    required: 2,
};

/// `chmod(path, mode, *, dir_fd=None, follow_symlinks=True)`; an fd goes to `fchmod`.
fn posix_chmod(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = CHMOD.parse(args, kw)?;
    let p = path_arg("chmod", "path", a[0].expect("required"), PATH_OR_FD)?;
    let mode = c_int(a[1].expect("required"))? as libc::mode_t;
    let dir_fd = dir_fd_arg(a[2])?;
    let follow = bool_arg(a[3], true)?;
    check_fd_combination("chmod", &p, dir_fd, true)?;
    // SAFETY: a valid C string or an fd.
    let r = unsafe {
        match p.fd {
            Some(fd) => libc::fchmod(fd, mode),
            None => libc::fchmodat(
                dir_fd,
                p.ptr(),
                mode,
                if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW },
            ),
        }
    };
    if r != 0 && !follow && last_errno() == libc::ENOTSUP {
        return Err(PyErr::not_implemented(
            "chmod: follow_symlinks unavailable on this platform",
        ));
    }
    check(r, || p.error())
}

fn posix_fchmod(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Params {
        fname: "fchmod",
        names: &["fd", "mode"],
        npos: 2,
        required: 2,
    }
    .parse(args, kw)?;
    let fd = c_int(a[0].expect("required"))?;
    let mode = c_int(a[1].expect("required"))? as libc::mode_t;
    // SAFETY: plain system call on ints.
    check(unsafe { libc::fchmod(fd, mode) }, || errno_error(None))
}

/// A uid or gid argument (-1 leaves it unchanged).
fn id_arg(v: &Value) -> PyResult<u32> {
    let n = int_arg(v)?;
    if n == -1 {
        return Ok(u32::MAX);
    }
    u32::try_from(n).map_err(|_| {
        PyErr::overflow_error(if n < 0 {
            "uid is less than minimum"
        } else {
            "uid is greater than maximum"
        })
    })
}

const CHOWN: Params = Params {
    fname: "chown",
    names: &["path", "uid", "gid", "dir_fd", "follow_symlinks"],
    npos: 3,
    required: 3,
};

/// `chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True)`.
fn posix_chown(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = CHOWN.parse(args, kw)?;
    let p = path_arg("chown", "path", a[0].expect("required"), PATH_OR_FD)?;
    let uid = id_arg(a[1].expect("required"))?;
    let gid = id_arg(a[2].expect("required"))?;
    let dir_fd = dir_fd_arg(a[3])?;
    let follow = bool_arg(a[4], true)?;
    check_fd_combination("chown", &p, dir_fd, follow)?;
    // SAFETY: a valid C string or an fd.
    let r = unsafe {
        match p.fd {
            Some(fd) => libc::fchown(fd, uid, gid),
            None => libc::fchownat(
                dir_fd,
                p.ptr(),
                uid,
                gid,
                if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW },
            ),
        }
    };
    check(r, || p.error())
}

fn posix_lchown(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Params {
        fname: "lchown",
        names: &["path", "uid", "gid"],
        npos: 3,
        required: 3,
    }
    .parse(args, kw)?;
    let p = path_arg("lchown", "path", a[0].expect("required"), PATH)?;
    let uid = id_arg(a[1].expect("required"))?;
    let gid = id_arg(a[2].expect("required"))?;
    // SAFETY: a valid C string.
    check(unsafe { libc::lchown(p.ptr(), uid, gid) }, || p.error())
}

fn posix_fchown(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Params {
        fname: "fchown",
        names: &["fd", "uid", "gid"],
        npos: 3,
        required: 3,
    }
    .parse(args, kw)?;
    let fd = c_int(a[0].expect("required"))?;
    let uid = id_arg(a[1].expect("required"))?;
    let gid = id_arg(a[2].expect("required"))?;
    // SAFETY: plain system call on ints.
    check(unsafe { libc::fchown(fd, uid, gid) }, || errno_error(None))
}

/// A time in seconds (int or float) as a timespec, rounded toward minus infinity.
fn timespec_of(v: &Value) -> PyResult<libc::timespec> {
    if let Some(f) = crate::objects::float::as_float(v).filter(|_| !crate::objects::int::is_int(v))
    {
        if f.is_nan() {
            return Err(PyErr::value_error("Invalid value NaN (not a number)"));
        }
        let s = f.floor();
        let ns = ((f - s) * 1e9).floor();
        return Ok(libc::timespec {
            tv_sec: s as libc::time_t,
            tv_nsec: ns as libc::c_long,
        });
    }
    Ok(libc::timespec {
        tv_sec: int_arg(v)? as libc::time_t,
        tv_nsec: 0,
    })
}

/// Nanoseconds as a timespec.
fn timespec_of_ns(v: &Value) -> PyResult<libc::timespec> {
    let n = crate::objects::int::to_bigint(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            crate::objects::typeobj::type_name(v)
        ))
    })?;
    let billion = num_bigint::BigInt::from(1_000_000_000);
    let (s, ns) = num_integer::Integer::div_mod_floor(&n, &billion);
    let s = i64::try_from(s)
        .map_err(|_| PyErr::overflow_error("timestamp too large to convert to C _PyTime_t"))?;
    let ns = i64::try_from(ns).unwrap_or(0);
    Ok(libc::timespec {
        tv_sec: s as libc::time_t,
        tv_nsec: ns as libc::c_long,
    })
}

/// The two items of a `times`/`ns` tuple.
fn pair(v: &Value) -> Option<[Value; 2]> {
    let t = as_tuple(v)?;
    match t {
        [a, b] => Some([a.clone(), b.clone()]),
        _ => None,
    }
}

const UTIME: Params = Params {
    fname: "utime",
    names: &["path", "times", "ns", "dir_fd", "follow_symlinks"],
    npos: 2,
    required: 1,
};

/// `utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True)`.
fn posix_utime(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = UTIME.parse(args, kw)?;
    let p = path_arg("utime", "path", a[0].expect("required"), PATH_OR_FD)?;
    let times = a[1].filter(|t| !t.is_none());
    let ns = a[2];
    let dir_fd = dir_fd_arg(a[3])?;
    let follow = bool_arg(a[4], true)?;
    if times.is_some() && ns.is_some() {
        return Err(PyErr::value_error(
            "utime: you may specify either 'times' or 'ns' but not both",
        ));
    }
    let now = libc::timespec {
        tv_sec: 0,
        tv_nsec: libc::UTIME_NOW,
    };
    let ts: [libc::timespec; 2] = if let Some(t) = times {
        let [x, y] = pair(t).ok_or_else(|| {
            PyErr::type_error("utime: 'times' must be either a tuple of two ints or None")
        })?;
        [timespec_of(&x)?, timespec_of(&y)?]
    } else if let Some(n) = ns {
        let [x, y] =
            pair(n).ok_or_else(|| PyErr::type_error("utime: 'ns' must be a tuple of two ints"))?;
        [timespec_of_ns(&x)?, timespec_of_ns(&y)?]
    } else {
        [now, now]
    };
    check_fd_combination("utime", &p, dir_fd, follow)?;
    // SAFETY: `ts` holds two timespecs; a valid C string or an fd.
    let r = unsafe {
        match p.fd {
            Some(fd) => libc::futimens(fd, ts.as_ptr()),
            None => libc::utimensat(
                dir_fd,
                p.ptr(),
                ts.as_ptr(),
                if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW },
            ),
        }
    };
    check(r, || p.error())
}

const TRUNCATE: Params = Params {
    fname: "truncate",
    names: &["path", "length"],
    npos: 2,
    required: 2,
};

/// `truncate(path, length)`; an fd goes to `ftruncate`.
fn posix_truncate(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = TRUNCATE.parse(args, kw)?;
    let p = path_arg("truncate", "path", a[0].expect("required"), PATH_OR_FD)?;
    let length = int_arg(a[1].expect("required"))?;
    retry(
        // SAFETY: a valid C string or an fd.
        || unsafe {
            match p.fd {
                Some(fd) => libc::ftruncate(fd, length),
                None => libc::truncate(p.ptr(), length),
            }
        },
        || p.error(),
    )?;
    Ok(Value::NONE)
}

/// `umask(mask, /)`: the previous mask.
fn posix_umask(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::positional("umask", args, kw, 1, 1)?;
    let mask = c_int(&a[0])?;
    // SAFETY: plain system call.
    Ok(new_int(unsafe { libc::umask(mask as libc::mode_t) } as i64))
}

const LISTDIR: PathKind = PathKind {
    allow_fd: true,
    nullable: true,
};

/// `listdir(path=None)`: the names in a directory (not `.` and `..`), bytes for a bytes
/// path; an fd is read from its start and left open.
fn posix_listdir(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Params {
        fname: "listdir",
        names: &["path"],
        npos: 1,
        required: 0,
    }
    .parse(args, kw)?;
    let p = match a[0] {
        Some(v) => path_arg("listdir", "path", v, LISTDIR)?,
        None => path_arg("listdir", "path", &Value::NONE, LISTDIR)?,
    };
    let mut names = Vec::new();
    let dir = super::scandir::Dir::open(&p)?;
    while let Some(e) = dir.next_entry(&p)? {
        names.push(fs_name(&e.name, p.is_bytes));
    }
    Ok(new_list(names))
}
