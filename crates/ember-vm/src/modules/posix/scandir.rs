//! `scandir` and `listdir`'s directory reading: `posix.ScandirIterator` (an iterator and
//! context manager over `readdir`) and `posix.DirEntry` (name, path, and `is_dir`/
//! `is_file`/`is_symlink`/`stat` answered from the directory entry's type where it
//! can, with the stat results cached as CPython caches them).

use super::{bool_arg, fs_name, path_arg, Params, PathArg, PathKind};
use crate::error::{PyErr, PyResult};
use crate::object::{alloc, Kind};
use crate::objects::instance::{new_instance, InstanceData};
use crate::objects::int::{new_int, new_int_i128, to_i64};
use crate::objects::iter::{new_native_iter, NativeIterData, NativeIterator};
use crate::objects::module::ModuleData;
use crate::objects::native::{new_native, Binding};
use crate::objects::str::new_string;
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::objects::typeobj::new_type;
use crate::ops;
use crate::value::Value;
use crate::vm::types;
use std::cell::RefCell;
use std::ffi::CStr;

thread_local! {
    /// (ScandirIterator, DirEntry)
    static TYPES: RefCell<Option<(Value, Value)>> = const { RefCell::new(None) };
}

pub(super) fn install(m: &ModuleData) {
    let it = new_type(
        "ScandirIterator",
        vec![types().object.clone()],
        Kind::NativeIter,
        true,
    )
    .expect("a simple type");
    let add = crate::types::add_method;
    add(&it, "__next__", crate::types::function::native_iter_next);
    add(&it, "__iter__", crate::types::function::identity);
    add(&it, "__enter__", crate::types::function::identity);
    add(&it, "__exit__", scandir_exit);
    add(&it, "close", scandir_close);
    crate::types::add_attr(&it, "__module__", crate::objects::str::new_str("posix"));
    crate::types::add_staticmethod(&it, "__new__", |_, _| {
        Err(PyErr::type_error(
            "cannot create 'posix.ScandirIterator' instances",
        ))
    });
    let de = new_type(
        "DirEntry",
        vec![types().object.clone()],
        Kind::Instance,
        true,
    )
    .expect("a simple type");
    crate::objects::typeobj::type_data(&de).nslots.set(2);
    for (name, getter) in [
        ("name", entry_name as crate::objects::native::NativeFn),
        ("path", entry_path),
    ] {
        let g = new_native(name, getter, Binding::Function, de.clone());
        let prop = alloc(
            &types().property,
            crate::objects::descr::PropertyData::new(g, Value::NONE, Value::NONE, Value::NONE),
        );
        crate::types::add_attr(&de, name, prop);
    }
    add(&de, "is_dir", entry_is_dir);
    add(&de, "is_file", entry_is_file);
    add(&de, "is_symlink", entry_is_symlink);
    add(&de, "stat", entry_stat);
    add(&de, "inode", entry_inode);
    add(&de, "__fspath__", entry_path);
    add(&de, "__repr__", entry_repr);
    crate::types::add_attr(&de, "__module__", crate::objects::str::new_str("posix"));
    crate::types::add_staticmethod(&de, "__new__", |_, _| {
        Err(PyErr::type_error(
            "cannot create 'posix.DirEntry' instances",
        ))
    });
    super::set(m, "DirEntry", de.clone());
    TYPES.with(|t| *t.borrow_mut() = Some((it, de)));
    super::func(m, "scandir", posix_scandir);
}

fn scandir_types() -> (Value, Value) {
    TYPES
        .with(|t| t.borrow().clone())
        .expect("posix creates its scandir types first")
}

/// An open directory stream (`opendir`, or `fdopendir` on a duplicate of a given fd).
pub(super) struct Dir {
    dir: std::cell::Cell<*mut libc::DIR>,
    from_fd: bool,
}

/// One entry read from a directory.
pub(super) struct RawEntry {
    pub name: Vec<u8>,
    pub d_type: u8,
    pub ino: u64,
}

impl Dir {
    pub fn open(p: &PathArg) -> PyResult<Dir> {
        // SAFETY: a valid C string, or a descriptor we duplicate so closing the stream
        // leaves the caller's open.
        let dir = unsafe {
            match p.fd {
                Some(fd) => {
                    let d = libc::dup(fd);
                    if d < 0 {
                        return Err(p.error());
                    }
                    let dir = libc::fdopendir(d);
                    if dir.is_null() {
                        libc::close(d);
                    } else {
                        libc::rewinddir(dir);
                    }
                    dir
                }
                None => libc::opendir(p.ptr()),
            }
        };
        if dir.is_null() {
            return Err(p.error());
        }
        Ok(Dir {
            dir: std::cell::Cell::new(dir),
            from_fd: p.fd.is_some(),
        })
    }

    /// The next entry other than `.` and `..`, or None at the end.
    pub fn next_entry(&self, p: &PathArg) -> PyResult<Option<RawEntry>> {
        let dir = self.dir.get();
        if dir.is_null() {
            return Ok(None);
        }
        loop {
            // SAFETY: `dir` is an open stream; errno is cleared to tell the end from an
            // error, and the entry is copied before the next call.
            unsafe {
                *libc::__errno_location() = 0;
                let e = libc::readdir(dir);
                if e.is_null() {
                    if super::last_errno() != 0 {
                        return Err(p.error());
                    }
                    return Ok(None);
                }
                let name = CStr::from_ptr((*e).d_name.as_ptr()).to_bytes();
                if name == b"." || name == b".." {
                    continue;
                }
                return Ok(Some(RawEntry {
                    name: name.to_vec(),
                    d_type: (*e).d_type,
                    ino: (*e).d_ino,
                }));
            }
        }
    }

    pub fn close(&self) {
        let dir = self.dir.replace(std::ptr::null_mut());
        if !dir.is_null() {
            // SAFETY: the stream is open and closed once (the pointer is taken).
            unsafe {
                if self.from_fd {
                    libc::rewinddir(dir);
                }
                libc::closedir(dir);
            }
        }
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        self.close();
    }
}

struct ScandirIter {
    dir: Dir,
    path: PathArg,
    /// The directory path with a trailing slash, prefixed to each name ("" for an fd).
    prefix: Vec<u8>,
}

impl NativeIterator for ScandirIter {
    fn next(&mut self) -> PyResult<Option<Value>> {
        match self.dir.next_entry(&self.path)? {
            Some(e) => Ok(Some(self.entry(e))),
            None => {
                self.dir.close();
                Ok(None)
            }
        }
    }
    fn close(&mut self) {
        self.dir.close();
    }
}

impl ScandirIter {
    fn entry(&self, e: RawEntry) -> Value {
        let (_, de) = scandir_types();
        let v = new_instance(&de);
        let mut full = self.prefix.clone();
        full.extend_from_slice(&e.name);
        let dir_fd = match self.path.fd {
            Some(fd) => new_int(fd as i64),
            None => Value::NONE,
        };
        let fields = vec![
            fs_name(&e.name, self.path.is_bytes),
            fs_name(&full, self.path.is_bytes),
            new_int(e.d_type as i64),
            new_int_i128(e.ino as i128),
            dir_fd,
        ];
        if let Some(inst) = v.downcast::<InstanceData>() {
            inst.builtin_value.set(new_tuple(fields));
        }
        v
    }
}

const SCANDIR: PathKind = PathKind {
    allow_fd: true,
    nullable: true,
};

/// `scandir(path=None)`.
fn posix_scandir(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Params {
        fname: "scandir",
        names: &["path"],
        npos: 1,
        required: 0,
    }
    .parse(args, kw)?;
    let p = path_arg("scandir", "path", a[0].unwrap_or(&Value::NONE), SCANDIR)?;
    let dir = Dir::open(&p)?;
    let prefix = match p.fd {
        Some(_) => Vec::new(),
        None => {
            let mut b = p.c.as_bytes().to_vec();
            if !b.is_empty() && !b.ends_with(b"/") {
                b.push(b'/');
            }
            b
        }
    };
    let (it, _) = scandir_types();
    Ok(new_native_iter(
        &it,
        Box::new(ScandirIter {
            dir,
            path: p,
            prefix,
        }),
    ))
}

fn scandir_close(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if let Some(it) = args[0].downcast::<NativeIterData>() {
        if let Ok(mut s) = it.state.try_borrow_mut() {
            s.close();
        }
    }
    Ok(Value::NONE)
}

fn scandir_exit(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    scandir_close(&args[..1], kw)?;
    Ok(Value::FALSE)
}

/// The entry's fields: name, path, d_type, inode, dir fd (or None).
fn fields(v: &Value) -> PyResult<Vec<Value>> {
    v.downcast::<InstanceData>()
        .map(|i| i.builtin_value.get())
        .and_then(|t| as_tuple(&t).map(<[Value]>::to_vec))
        .filter(|t| t.len() == 5)
        .ok_or_else(|| PyErr::type_error("descriptor requires a 'posix.DirEntry' object"))
}

fn entry_name(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(fields(&args[0])?[0].clone())
}

fn entry_path(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(fields(&args[0])?[1].clone())
}

fn entry_inode(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::positional("inode", &args[1..], kw, 0, 0)?;
    Ok(fields(&args[0])?[3].clone())
}

fn entry_repr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = fields(&args[0])?;
    Ok(new_string(format!("<DirEntry {}>", ops::repr(&f[0])?)))
}

/// `stat` (slot 0) or `lstat` (slot 1) of the entry, computed once.
fn cached_stat(entry: &Value, follow: bool) -> PyResult<Value> {
    let f = fields(entry)?;
    let inst = entry.downcast::<InstanceData>().expect("checked by fields");
    let slot = if follow { 0 } else { 1 };
    if let Some(v) = inst.get_slot(slot) {
        return Ok(v);
    }
    if follow && !is_symlink(entry, &f)? {
        let v = cached_stat(entry, false)?;
        inst.set_slot(0, Some(v.clone()));
        return Ok(v);
    }
    let dir_fd = f[4].as_small_int().map_or(libc::AT_FDCWD, |fd| fd as i32);
    let target = if dir_fd == libc::AT_FDCWD {
        &f[1]
    } else {
        &f[0]
    };
    let mut p = path_arg("stat", "path", target, super::PATH)?;
    p.obj = f[1].clone();
    let v = super::stat::stat_at(&p, dir_fd, follow)?;
    inst.set_slot(slot, Some(v.clone()));
    Ok(v)
}

fn d_type(f: &[Value]) -> u8 {
    to_i64(&f[2]).unwrap_or(0) as u8
}

fn is_symlink(entry: &Value, f: &[Value]) -> PyResult<bool> {
    let t = d_type(f);
    if t != libc::DT_UNKNOWN {
        return Ok(t == libc::DT_LNK);
    }
    Ok(mode_of(&cached_stat(entry, false)?)? & libc::S_IFMT == libc::S_IFLNK)
}

fn mode_of(st: &Value) -> PyResult<u32> {
    let m = ops::getitem(st, &new_int(0))?;
    Ok(to_i64(&m).unwrap_or(0) as u32)
}

/// `is_dir`/`is_file`: from the entry's type when known and not a symlink to follow,
/// else from stat (a vanished file is neither).
fn test_mode(
    args: &[Value],
    kw: &[Value],
    fname: &'static str,
    want: u32,
    dt: u8,
) -> PyResult<Value> {
    let p = Params {
        fname,
        names: &["follow_symlinks"],
        npos: 0,
        required: 0,
    };
    let a = p.parse(&args[1..], kw)?;
    let follow = bool_arg(a[0], true)?;
    let entry = &args[0];
    let f = fields(entry)?;
    let t = d_type(&f);
    if t != libc::DT_UNKNOWN && !(follow && t == libc::DT_LNK) {
        return Ok(Value::bool(t == dt));
    }
    match cached_stat(entry, follow) {
        Ok(st) => Ok(Value::bool(mode_of(&st)? & libc::S_IFMT == want)),
        Err(e) if e.matches(&types().file_not_found_error) => Ok(Value::FALSE),
        Err(e) => Err(e),
    }
}

fn entry_is_dir(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    test_mode(args, kw, "is_dir", libc::S_IFDIR, libc::DT_DIR)
}

fn entry_is_file(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    test_mode(args, kw, "is_file", libc::S_IFREG, libc::DT_REG)
}

fn entry_is_symlink(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::positional("is_symlink", &args[1..], kw, 0, 0)?;
    let f = fields(&args[0])?;
    match is_symlink(&args[0], &f) {
        Ok(b) => Ok(Value::bool(b)),
        Err(e) if e.matches(&types().file_not_found_error) => Ok(Value::FALSE),
        Err(e) => Err(e),
    }
}

fn entry_stat(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = Params {
        fname: "stat",
        names: &["follow_symlinks"],
        npos: 0,
        required: 0,
    };
    let a = p.parse(&args[1..], kw)?;
    cached_stat(&args[0], bool_arg(a[0], true)?)
}
