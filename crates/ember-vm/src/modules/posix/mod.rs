//! The `posix` module (what `os` imports on Linux): system calls on files, directories,
//! file descriptors, processes and the environment, through the C library (`libc`).
//! This file holds what every part shares: argument parsing in Argument Clinic's style
//! (its messages), path arguments (str, bytes, `os.PathLike`, an fd where accepted, with
//! `dir_fd`), file-system encoding (UTF-8 with `surrogateescape`), errors from `errno`
//! (the OSError subclass, with the file names), and retrying calls interrupted by a
//! signal (PEP 475). The functions live beside it, by subject.

mod consts;
mod fd;
mod fs;
pub(crate) mod process;
mod scandir;
mod stat;

use crate::error::{PyErr, PyResult};
use crate::objects::bytes::{new_bytes, BytesData};
use crate::objects::int::to_i64;
use crate::objects::module::{new_module, ModuleData};
use crate::objects::native::NativeFn;
use crate::objects::str::{as_str, as_str_data, StrData};
use crate::objects::typeobj::type_name;
use crate::ops;
use crate::value::Value;
use std::ffi::CString;

/// A new `posix` module.
pub fn create() -> Value {
    let m = new_module("posix");
    let md = m.downcast::<ModuleData>().expect("a new module");
    stat::install(md);
    fs::install(md);
    scandir::install(md);
    fd::install(md);
    process::install(md);
    consts::install(md);
    set(md, "error", crate::vm::types().os_error.clone());
    func(md, "fspath", posix_fspath);
    m
}

/// Stores `v` as `name` in module `m`.
pub(crate) fn set(m: &ModuleData, name: &str, v: Value) {
    m.dict().set_str(&StrData::intern(name), v);
}

/// Adds the native function `f` as `name` to module `m`.
pub(crate) fn func(m: &ModuleData, name: &'static str, f: NativeFn) {
    crate::modules::add_function(m, name, f);
}

/// A function's parameters as Argument Clinic declares them: `names` in order, the
/// first `npos` accepted by position, the first `required` required; every name is
/// also accepted as a keyword.
pub(crate) struct Params {
    pub fname: &'static str,
    pub names: &'static [&'static str],
    pub npos: usize,
    pub required: usize,
}

impl Params {
    /// Each parameter's value, if given, with CPython's errors for a bad call.
    pub fn parse<'a>(
        &self,
        args: &'a [Value],
        kw: &'a [Value],
    ) -> PyResult<Vec<Option<&'a Value>>> {
        let a = crate::types::args::Args::new(args, kw);
        let (nargs, nkw) = (a.pos.len(), a.kwnames.len());
        let f = self.fname;
        let maxargs = self.names.len();
        if nargs + nkw > maxargs {
            return Err(PyErr::type_error(format!(
                "{}() takes at most {} {}argument{} ({} given)",
                f,
                maxargs,
                if nargs == 0 { "keyword " } else { "" },
                if maxargs == 1 { "" } else { "s" },
                nargs + nkw
            )));
        }
        if nargs > self.npos {
            return Err(PyErr::type_error(if self.npos == 0 {
                format!("{}() takes no positional arguments", f)
            } else {
                format!(
                    "{}() takes {} {} positional argument{} ({} given)",
                    f,
                    if self.required < self.npos {
                        "at most"
                    } else {
                        "exactly"
                    },
                    self.npos,
                    if self.npos == 1 { "" } else { "s" },
                    nargs
                )
            }));
        }
        let mut out: Vec<Option<&'a Value>> = vec![None; maxargs];
        for (i, v) in a.pos.iter().enumerate() {
            out[i] = Some(v);
        }
        for (k, v) in a.kwnames.iter().zip(a.kwvals) {
            let n = as_str(k).unwrap_or("");
            match self.names.iter().position(|x| *x == n) {
                Some(i) if i < nargs => {
                    return Err(PyErr::type_error(format!(
                        "argument for {}() given by name ('{}') and position ({})",
                        f,
                        n,
                        i + 1
                    )))
                }
                Some(i) => out[i] = Some(v),
                None => {
                    return Err(PyErr::type_error(format!(
                        "'{}' is an invalid keyword argument for {}()",
                        n, f
                    )))
                }
            }
        }
        for (i, v) in out.iter().enumerate().take(self.required) {
            if v.is_none() {
                return Err(PyErr::type_error(format!(
                    "{}() missing required argument '{}' (pos {})",
                    f,
                    self.names[i],
                    i + 1
                )));
            }
        }
        Ok(out)
    }
}

/// Positional-only arguments: exactly `min..=max` of them, no keywords
/// (`_PyArg_CheckPositional`'s messages).
pub(crate) fn positional<'a>(
    fname: &str,
    args: &'a [Value],
    kw: &'a [Value],
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    let a = crate::types::args::Args::new(args, kw);
    a.no_kwargs(fname)?;
    let n = a.pos.len();
    if n < min || n > max {
        let qual = if min == max {
            ""
        } else if n < min {
            "at least "
        } else {
            "at most "
        };
        let want = if n < min { min } else { max };
        return Err(PyErr::type_error(format!(
            "{} expected {}{} argument{}, got {}",
            fname,
            qual,
            want,
            if want == 1 { "" } else { "s" },
            n
        )));
    }
    Ok(a.pos)
}

/// `PyArg_ParseTuple`'s message for a wrong count of exactly `n` arguments.
pub(crate) fn exactly(fname: &str, args: &[Value], kw: &[Value], n: usize) -> PyResult<()> {
    crate::types::args::Args::new(args, kw).no_kwargs(fname)?;
    if args.len() != n {
        return Err(PyErr::type_error(format!(
            "{}() takes exactly {} argument{} ({} given)",
            fname,
            n,
            if n == 1 { "" } else { "s" },
            args.len()
        )));
    }
    Ok(())
}

/// `operator.index(v)` as an i64 (TypeError for a non-integer, OverflowError when it
/// does not fit a C long).
pub(crate) fn int_arg(v: &Value) -> PyResult<i64> {
    let Some(i) = ops::index_opt(v)? else {
        return Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        )));
    };
    to_i64(&i).ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C long"))
}

/// An argument converted to a C `int`.
pub(crate) fn c_int(v: &Value) -> PyResult<i32> {
    let n = int_arg(v).map_err(|e| {
        if e.matches(&crate::vm::types().overflow_error) {
            PyErr::overflow_error("Python int too large to convert to C int")
        } else {
            e
        }
    })?;
    i32::try_from(n).map_err(|_| {
        PyErr::overflow_error(if n > 0 {
            "signed integer is greater than maximum"
        } else {
            "signed integer is less than minimum"
        })
    })
}

/// A file descriptor argument (a C int; the system call judges it).
pub(crate) fn fd_arg(v: &Value) -> PyResult<i32> {
    c_int(v)
}

/// A file descriptor from an int or an object's `fileno()` (CPython's
/// `PyObject_AsFileDescriptor`).
pub(crate) fn fileno_arg(v: &Value) -> PyResult<i32> {
    let fd = if crate::objects::int::is_int(v) {
        c_int(v)?
    } else {
        let Some(m) = ops::getattr_opt(v, &StrData::intern_static("fileno"))? else {
            return Err(PyErr::type_error(
                "argument must be an int, or have a fileno() method.",
            ));
        };
        let r = ops::call(&m, &[], &[])?;
        if !crate::objects::int::is_int(&r) {
            return Err(PyErr::type_error("fileno() returned a non-integer"));
        }
        c_int(&r)?
    };
    if fd < 0 {
        return Err(PyErr::value_error(format!(
            "file descriptor cannot be a negative integer ({})",
            fd
        )));
    }
    Ok(fd)
}

/// `os.fspath(v)`: a str or bytes, or what `__fspath__` returns.
pub(crate) fn fspath(v: &Value) -> PyResult<Value> {
    if as_str_data(v).is_some() || v.downcast::<BytesData>().is_some() {
        return Ok(v.clone());
    }
    let Some(m) = ops::lookup_special(v, "__fspath__") else {
        return Err(PyErr::type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            type_name(v)
        )));
    };
    let r = ops::call_method_value(&m, v, &[])?;
    if as_str_data(&r).is_some() || r.downcast::<BytesData>().is_some() {
        return Ok(r);
    }
    Err(PyErr::type_error(format!(
        "expected {}.__fspath__() to return str or bytes, not {}",
        type_name(v),
        type_name(&r)
    )))
}

/// Text as the file system wants it: UTF-8, lone surrogates U+DC80..U+DCFF standing for
/// the undecodable bytes (`surrogateescape`).
pub(crate) fn fs_encode_str(s: &StrData) -> PyResult<Vec<u8>> {
    crate::types::codecs::encode(s, Some("utf-8"), Some("surrogateescape"))
}

/// A name from the file system as a str (`os.fsdecode`).
pub(crate) fn fs_decode(b: &[u8]) -> Value {
    match std::str::from_utf8(b) {
        Ok(s) => crate::objects::str::new_str(s),
        Err(_) => crate::types::codecs::decode(b, Some("utf-8"), Some("surrogateescape"))
            .expect("surrogateescape decodes any bytes"),
    }
}

/// A name from the file system, as bytes when the caller passed bytes.
pub(crate) fn fs_name(b: &[u8], as_bytes: bool) -> Value {
    if as_bytes {
        new_bytes(b.to_vec())
    } else {
        fs_decode(b)
    }
}

/// An argument converted as CPython's `PyUnicode_FSConverter` does (str or bytes or
/// PathLike to bytes), with ValueError for an embedded null byte.
pub(crate) fn fs_converter(v: &Value) -> PyResult<CString> {
    let p = fspath(v)?;
    let b = match as_str_data(&p) {
        Some(s) => fs_encode_str(s)?,
        None => p
            .downcast::<BytesData>()
            .map(|b| b.0.to_vec())
            .unwrap_or_default(),
    };
    CString::new(b).map_err(|_| PyErr::value_error("embedded null byte"))
}

/// A path argument: the C string, the object to name in errors, whether it was bytes
/// (results are then bytes), or the file descriptor given instead.
pub(crate) struct PathArg {
    pub c: CString,
    pub obj: Value,
    pub is_bytes: bool,
    pub fd: Option<i32>,
}

impl PathArg {
    /// The OSError for the current `errno`, naming this path.
    #[cold]
    pub fn error(&self) -> PyErr {
        errno_error(Some(self.obj.clone()))
    }
    /// The OSError for the current `errno`, naming this path and `other`.
    #[cold]
    pub fn error2(&self, other: &PathArg) -> PyErr {
        let e = last_errno();
        crate::types::exception::os_error_from_errno(
            e,
            Some(self.obj.clone()),
            Some(other.obj.clone()),
        )
    }
    pub fn ptr(&self) -> *const libc::c_char {
        self.c.as_ptr()
    }
}

/// What a path parameter accepts besides str, bytes and PathLike.
#[derive(Clone, Copy)]
pub(crate) struct PathKind {
    pub allow_fd: bool,
    pub nullable: bool,
}

pub(crate) const PATH: PathKind = PathKind {
    allow_fd: false,
    nullable: false,
};
pub(crate) const PATH_OR_FD: PathKind = PathKind {
    allow_fd: true,
    nullable: false,
};

/// Converts a path parameter as CPython's `path_converter` does.
pub(crate) fn path_arg(fname: &str, argname: &str, v: &Value, kind: PathKind) -> PyResult<PathArg> {
    if kind.nullable && v.is_none() {
        return Ok(PathArg {
            c: CString::new(".").expect("no null"),
            obj: Value::NONE,
            is_bytes: false,
            fd: None,
        });
    }
    if kind.allow_fd && crate::objects::int::is_int(v) {
        let fd = fd_arg(v)?;
        return Ok(PathArg {
            c: CString::default(),
            obj: v.clone(),
            is_bytes: false,
            fd: Some(fd),
        });
    }
    let is_pathlike = as_str_data(v).is_some()
        || v.downcast::<BytesData>().is_some()
        || ops::lookup_special(v, "__fspath__").is_some();
    if !is_pathlike {
        let allowed = match (kind.allow_fd, kind.nullable) {
            (true, true) => "string, bytes, os.PathLike, integer or None",
            (true, false) => "string, bytes, os.PathLike or integer",
            (false, true) => "string, bytes, os.PathLike or None",
            (false, false) => "string, bytes or os.PathLike",
        };
        return Err(PyErr::type_error(format!(
            "{}: {} should be {}, not {}",
            fname,
            argname,
            allowed,
            type_name(v)
        )));
    }
    let p = fspath(v)?;
    let (b, is_bytes) = match as_str_data(&p) {
        Some(s) => (fs_encode_str(s)?, false),
        None => (
            p.downcast::<BytesData>()
                .map(|b| b.0.to_vec())
                .unwrap_or_default(),
            true,
        ),
    };
    let c = CString::new(b).map_err(|_| {
        PyErr::value_error(if is_bytes {
            format!("{}: embedded null character in {}", fname, argname)
        } else {
            "embedded null byte".to_string()
        })
    })?;
    Ok(PathArg {
        c,
        obj: p,
        is_bytes,
        fd: None,
    })
}

/// A `dir_fd` keyword: None is the current directory (`AT_FDCWD`).
pub(crate) fn dir_fd_arg(v: Option<&Value>) -> PyResult<i32> {
    match v {
        None => Ok(libc::AT_FDCWD),
        Some(v) if v.is_none() => Ok(libc::AT_FDCWD),
        Some(v) => {
            if !crate::objects::int::is_int(v) && ops::lookup_special(v, "__index__").is_none() {
                return Err(PyErr::type_error(format!(
                    "argument should be integer or None, not {}",
                    type_name(v)
                )));
            }
            c_int(v)
        }
    }
}

/// A boolean keyword (`follow_symlinks=`), by truth value.
pub(crate) fn bool_arg(v: Option<&Value>, default: bool) -> PyResult<bool> {
    match v {
        None => Ok(default),
        Some(v) => ops::is_true(v),
    }
}

/// ValueError when both an fd and `dir_fd` or `follow_symlinks=False` are given
/// (CPython's `fd_and_follow_symlinks_invalid` and friends).
pub(crate) fn check_fd_combination(
    fname: &str,
    path: &PathArg,
    dir_fd: i32,
    follow_symlinks: bool,
) -> PyResult<()> {
    if path.fd.is_some() && dir_fd != libc::AT_FDCWD {
        return Err(PyErr::value_error(format!(
            "{}: can't specify dir_fd without matching path",
            fname
        )));
    }
    if path.fd.is_some() && !follow_symlinks {
        return Err(PyErr::value_error(format!(
            "{}: cannot use fd and follow_symlinks together",
            fname
        )));
    }
    Ok(())
}

/// The calling thread's `errno`.
pub(crate) fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// The OSError for the current `errno`.
#[cold]
pub(crate) fn errno_error(filename: Option<Value>) -> PyErr {
    crate::types::exception::os_error_from_errno(last_errno(), filename, None)
}

/// Runs a system call, again after EINTR once Python signal handlers ran (PEP 475);
/// a handler's exception ends the retrying. `call` returns -1 on failure.
pub(crate) fn retry<T: PartialEq + From<i8>>(
    mut call: impl FnMut() -> T,
    on_error: impl Fn() -> PyErr,
) -> PyResult<T> {
    loop {
        let r = call();
        if r != T::from(-1) {
            return Ok(r);
        }
        if last_errno() != libc::EINTR {
            return Err(on_error());
        }
        crate::interp::signals::run_pending()?;
    }
}

/// Fails with the OSError for `errno` when `r` is -1.
pub(crate) fn check(r: libc::c_int, on_error: impl Fn() -> PyErr) -> PyResult<Value> {
    if r == -1 {
        Err(on_error())
    } else {
        Ok(Value::NONE)
    }
}

/// Bytes given to a C call: bytes, bytearray (copied).
pub(crate) fn buffer_arg(v: &Value) -> PyResult<Vec<u8>> {
    crate::objects::bytes::bytes_like(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(v)
        ))
    })
}

/// `fspath(path)`.
fn posix_fspath(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Params {
        fname: "fspath",
        names: &["path"],
        npos: 1,
        required: 1,
    }
    .parse(args, kw)?;
    fspath(a[0].expect("required"))
}
