//! `os.stat_result` and the calls that make one: `stat`, `lstat`, `fstat` (with
//! `dir_fd` and `follow_symlinks`, through `fstatat`).

use super::{
    bool_arg, check_fd_combination, dir_fd_arg, fd_arg, path_arg, Params, PATH, PATH_OR_FD,
};
use crate::error::PyResult;
use crate::modules::structseq::{new_structseq, new_structseq_type_hidden};
use crate::objects::float::new_float;
use crate::objects::int::{new_int, new_int_i128};
use crate::objects::module::ModuleData;
use crate::value::Value;
use std::cell::RefCell;

thread_local! {
    static STAT_RESULT: RefCell<Option<Value>> = const { RefCell::new(None) };
    static STATVFS_RESULT: RefCell<Option<Value>> = const { RefCell::new(None) };
}

const STATVFS_FIELDS: [Option<&str>; 11] = [
    Some("f_bsize"),
    Some("f_frsize"),
    Some("f_blocks"),
    Some("f_bfree"),
    Some("f_bavail"),
    Some("f_files"),
    Some("f_ffree"),
    Some("f_favail"),
    Some("f_flag"),
    Some("f_namemax"),
    Some("f_fsid"),
];

const FIELDS: [Option<&str>; 19] = [
    Some("st_mode"),
    Some("st_ino"),
    Some("st_dev"),
    Some("st_nlink"),
    Some("st_uid"),
    Some("st_gid"),
    Some("st_size"),
    None,
    None,
    None,
    Some("st_atime"),
    Some("st_mtime"),
    Some("st_ctime"),
    Some("st_atime_ns"),
    Some("st_mtime_ns"),
    Some("st_ctime_ns"),
    Some("st_blksize"),
    Some("st_blocks"),
    Some("st_rdev"),
];

pub(super) fn install(m: &ModuleData) {
    let ty = new_structseq_type_hidden("os", "stat_result", &FIELDS, 10);
    STAT_RESULT.with(|s| *s.borrow_mut() = Some(ty.clone()));
    crate::types::add_staticmethod(&ty, "__new__", stat_result_new);
    super::set(m, "stat_result", ty);
    super::func(m, "stat", posix_stat);
    super::func(m, "lstat", posix_lstat);
    super::func(m, "fstat", posix_fstat);
    let vfs = new_structseq_type_hidden("os", "statvfs_result", &STATVFS_FIELDS, 10);
    STATVFS_RESULT.with(|s| *s.borrow_mut() = Some(vfs.clone()));
    super::set(m, "statvfs_result", vfs);
    super::func(m, "statvfs", posix_statvfs);
    super::func(m, "fstatvfs", posix_fstatvfs);
    super::func(m, "major", posix_major);
    super::func(m, "minor", posix_minor);
    super::func(m, "makedev", posix_makedev);
}

/// `os.stat_result(sequence)`: missing float times are the integer ones.
fn stat_result_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (ty, mut items) = crate::modules::structseq::new_items(args, kw)?;
    for i in 0..3 {
        if items[10 + i].is_none() {
            items[10 + i] = items[7 + i].clone();
        }
    }
    Ok(new_structseq(&ty, items))
}

fn stat_result_type() -> Value {
    STAT_RESULT
        .with(|s| s.borrow().clone())
        .expect("posix creates stat_result before any stat call")
}

/// The `os.stat_result` for a C `struct stat`.
pub(super) fn stat_result(st: &libc::stat) -> Value {
    let times = [
        (st.st_atime, st.st_atime_nsec),
        (st.st_mtime, st.st_mtime_nsec),
        (st.st_ctime, st.st_ctime_nsec),
    ];
    let mut items = vec![
        new_int(st.st_mode as i64),
        new_int_i128(st.st_ino as i128),
        new_int_i128(st.st_dev as i128),
        new_int(st.st_nlink as i64),
        new_int(st.st_uid as i64),
        new_int(st.st_gid as i64),
        new_int(st.st_size),
    ];
    items.extend(times.iter().map(|(s, _)| new_int(*s)));
    items.extend(
        times
            .iter()
            .map(|(s, ns)| new_float(*s as f64 + *ns as f64 * 1e-9)),
    );
    items.extend(
        times
            .iter()
            .map(|(s, ns)| new_int_i128(*s as i128 * 1_000_000_000 + *ns as i128)),
    );
    items.push(new_int(st.st_blksize));
    items.push(new_int(st.st_blocks));
    items.push(new_int_i128(st.st_rdev as i128));
    new_structseq(&stat_result_type(), items)
}

/// `fstatat(dir_fd, path, flags)` (or `fstat` of an fd) as a `stat_result`.
pub(super) fn stat_at(
    path: &super::PathArg,
    dir_fd: i32,
    follow_symlinks: bool,
) -> PyResult<Value> {
    // SAFETY: `st` is plain old data the call fills; the path is a valid C string.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    let r = match path.fd {
        // SAFETY: as above.
        Some(fd) => unsafe { libc::fstat(fd, &mut st) },
        None => {
            let flags = if follow_symlinks {
                0
            } else {
                libc::AT_SYMLINK_NOFOLLOW
            };
            // SAFETY: as above.
            unsafe { libc::fstatat(dir_fd, path.ptr(), &mut st, flags) }
        }
    };
    if r != 0 {
        return Err(path.error());
    }
    Ok(stat_result(&st))
}

const STAT: Params = Params {
    fname: "stat",
    names: &["path", "dir_fd", "follow_symlinks"],
    npos: 1,
    required: 1,
};

/// `stat(path, *, dir_fd=None, follow_symlinks=True)`.
fn posix_stat(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = STAT.parse(args, kw)?;
    let path = path_arg("stat", "path", a[0].expect("required"), PATH_OR_FD)?;
    let dir_fd = dir_fd_arg(a[1])?;
    let follow = bool_arg(a[2], true)?;
    check_fd_combination("stat", &path, dir_fd, follow)?;
    stat_at(&path, dir_fd, follow)
}

const LSTAT: Params = Params {
    fname: "lstat",
    names: &["path", "dir_fd"],
    npos: 1,
    required: 1,
};

/// `lstat(path, *, dir_fd=None)`.
fn posix_lstat(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = LSTAT.parse(args, kw)?;
    let path = path_arg("lstat", "path", a[0].expect("required"), PATH)?;
    stat_at(&path, dir_fd_arg(a[1])?, false)
}

const FSTAT: Params = Params {
    fname: "fstat",
    names: &["fd"],
    npos: 1,
    required: 1,
};

/// `fstat(fd)`.
fn posix_fstat(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = FSTAT.parse(args, kw)?;
    let fd = fd_arg(a[0].expect("required"))?;
    // SAFETY: `st` is plain old data the call fills.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    super::retry(
        // SAFETY: as above.
        || unsafe { libc::fstat(fd, &mut st) },
        || super::errno_error(None),
    )?;
    Ok(stat_result(&st))
}

fn statvfs_result(st: &libc::statvfs) -> Value {
    let items = [
        st.f_bsize as i128,
        st.f_frsize as i128,
        st.f_blocks as i128,
        st.f_bfree as i128,
        st.f_bavail as i128,
        st.f_files as i128,
        st.f_ffree as i128,
        st.f_favail as i128,
        st.f_flag as i128,
        st.f_namemax as i128,
        st.f_fsid as i128,
    ];
    let ty = STATVFS_RESULT
        .with(|s| s.borrow().clone())
        .expect("posix creates statvfs_result first");
    new_structseq(&ty, items.iter().map(|&n| new_int_i128(n)).collect())
}

/// `statvfs(path)`; an fd goes to `fstatvfs`.
fn posix_statvfs(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Params {
        fname: "statvfs",
        names: &["path"],
        npos: 1,
        required: 1,
    }
    .parse(args, kw)?;
    let p = path_arg("statvfs", "path", a[0].expect("required"), PATH_OR_FD)?;
    // SAFETY: `st` is plain old data the call fills; a valid C string or an fd.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    super::retry(
        // SAFETY: as above.
        || unsafe {
            match p.fd {
                Some(fd) => libc::fstatvfs(fd, &mut st),
                None => libc::statvfs(p.ptr(), &mut st),
            }
        },
        || p.error(),
    )?;
    Ok(statvfs_result(&st))
}

/// `fstatvfs(fd, /)`.
fn posix_fstatvfs(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::positional("fstatvfs", args, kw, 1, 1)?;
    let fd = fd_arg(&a[0])?;
    // SAFETY: `st` is plain old data the call fills.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    super::retry(
        || unsafe { libc::fstatvfs(fd, &mut st) },
        || super::errno_error(None),
    )?;
    Ok(statvfs_result(&st))
}

fn dev_arg(v: &Value) -> PyResult<libc::dev_t> {
    crate::objects::int::to_bigint(v)
        .and_then(|b| u64::try_from(b).ok())
        .ok_or_else(|| {
            crate::error::PyErr::overflow_error("Python int too large to convert to C dev_t")
        })
}

/// `major(device, /)`.
fn posix_major(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::positional("major", args, kw, 1, 1)?;
    Ok(new_int(libc::major(dev_arg(&a[0])?) as i64))
}

/// `minor(device, /)`.
fn posix_minor(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::positional("minor", args, kw, 1, 1)?;
    Ok(new_int(libc::minor(dev_arg(&a[0])?) as i64))
}

/// `makedev(major, minor, /)`.
fn posix_makedev(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::positional("makedev", args, kw, 2, 2)?;
    let (ma, mi) = (super::c_int(&a[0])? as u32, super::c_int(&a[1])? as u32);
    Ok(new_int_i128(libc::makedev(ma, mi) as i128))
}
