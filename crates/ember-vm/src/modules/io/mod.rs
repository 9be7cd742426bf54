//! The `_io` module: CPython's native I/O stack (`io.py` re-exports it). `open()`
//! builds FileIO (a file descriptor, through libc), a Buffered* object over it and, in
//! text mode, a TextIOWrapper over that; StringIO and BytesIO are in-memory streams.
//!
//! Every class is an `Instance`-layout class (so Python subclasses keep an instance
//! dict, as CPython's `io` classes have one); a concrete class's `__new__` puts its Rust
//! state in the instance (`objects::native_state`). A layer calls the layer below it
//! directly when that is exactly one of these native classes, and through Python method
//! calls otherwise (a user's raw stream or buffer). The state's `Drop` finalises as
//! CPython's `__del__` does: pending data is flushed and the descriptor closed.

mod args;
mod buffered;
mod bytesio;
mod fileio;
mod finalize;
mod iobase;
mod open;
mod stringio;
mod textio;

use crate::error::{PyErr, PyResult};
use crate::object::Kind;
use crate::objects::descr::PropertyData;
use crate::objects::dict::DictData;
use crate::objects::module::{new_module, ModuleData};
use crate::objects::native::{new_native, Binding, NativeFn};
use crate::objects::native_state::{borrow_state, new_native_state, state_object};
use crate::objects::str::{new_str, StrData};
use crate::objects::typeobj::{new_type, type_data, type_of};
use crate::ops;
use crate::value::Value;
use crate::vm::types;
use std::any::Any;
use std::cell::{OnceCell, RefMut};

pub use finalize::flush_all_at_exit;
pub use open::io_open;

/// `io.DEFAULT_BUFFER_SIZE`.
pub const DEFAULT_BUFFER_SIZE: usize = 8192;

/// The classes of `_io`, created once (the builtin `open` needs them before any import).
pub struct IoTypes {
    pub iobase: Value,
    pub raw_iobase: Value,
    pub buffered_iobase: Value,
    pub text_iobase: Value,
    pub fileio: Value,
    pub bytesio: Value,
    pub stringio: Value,
    pub buffered_reader: Value,
    pub buffered_writer: Value,
    pub buffered_random: Value,
    pub buffered_rwpair: Value,
    pub text_io_wrapper: Value,
    pub newline_decoder: Value,
    pub unsupported_operation: Value,
}

thread_local! {
    static IO_TYPES: OnceCell<&'static IoTypes> = const { OnceCell::new() };
}

/// The `_io` classes.
pub fn io_types() -> &'static IoTypes {
    IO_TYPES.with(|c| *c.get_or_init(|| Box::leak(Box::new(create_types()))))
}

fn class(name: &str, base: &Value) -> Value {
    let ty = new_type(name, vec![base.clone()], Kind::Instance, true).expect("a simple class");
    crate::types::add_attr(&ty, "__module__", new_str("_io"));
    ty
}

fn create_types() -> IoTypes {
    let iobase = class("_IOBase", &types().object);
    let raw_iobase = class("_RawIOBase", &iobase);
    let buffered_iobase = class("_BufferedIOBase", &iobase);
    let text_iobase = class("_TextIOBase", &iobase);
    let unsupported_operation = {
        let ns = DictData::new_value();
        let d = ns.downcast::<DictData>().expect("new dict");
        d.set_str(&StrData::intern_static("__module__"), new_str("io"));
        let bases = crate::objects::tuple::new_tuple(vec![
            types().os_error.clone(),
            types().value_error.clone(),
        ]);
        ops::call(
            &types().type_,
            &[new_str("UnsupportedOperation"), bases, ns],
            &[],
        )
        .expect("UnsupportedOperation is a valid class")
    };
    let t = IoTypes {
        fileio: class("FileIO", &raw_iobase),
        bytesio: class("BytesIO", &buffered_iobase),
        stringio: class("StringIO", &text_iobase),
        buffered_reader: class("BufferedReader", &buffered_iobase),
        buffered_writer: class("BufferedWriter", &buffered_iobase),
        buffered_random: class("BufferedRandom", &buffered_iobase),
        buffered_rwpair: class("BufferedRWPair", &buffered_iobase),
        text_io_wrapper: class("TextIOWrapper", &text_iobase),
        newline_decoder: class("IncrementalNewlineDecoder", &types().object),
        iobase,
        raw_iobase,
        buffered_iobase,
        text_iobase,
        unsupported_operation,
    };
    iobase::install(&t);
    fileio::install(&t.fileio);
    buffered::install(&t);
    bytesio::install(&t.bytesio);
    stringio::install(&t.stringio);
    textio::install(&t);
    t
}

/// A new `_io` module.
pub fn create() -> Value {
    let t = io_types();
    let m = new_module("_io");
    let md = m.downcast::<ModuleData>().expect("module");
    let d = md.dict();
    let set = |name: &'static str, v: Value| d.set_str(&StrData::intern_static(name), v);
    set(
        "DEFAULT_BUFFER_SIZE",
        crate::objects::int::new_int(DEFAULT_BUFFER_SIZE as i64),
    );
    set("BlockingIOError", types().blocking_io_error.clone());
    set("UnsupportedOperation", t.unsupported_operation.clone());
    set(
        "open",
        crate::builtins::lookup("open").unwrap_or_else(|_| open_function()),
    );
    set(
        "open_code",
        native_function("open_code", open::io_open_code),
    );
    set(
        "text_encoding",
        native_function("text_encoding", open::io_text_encoding),
    );
    for (name, ty) in [
        ("_IOBase", &t.iobase),
        ("_RawIOBase", &t.raw_iobase),
        ("_BufferedIOBase", &t.buffered_iobase),
        ("_TextIOBase", &t.text_iobase),
        ("FileIO", &t.fileio),
        ("BytesIO", &t.bytesio),
        ("StringIO", &t.stringio),
        ("BufferedReader", &t.buffered_reader),
        ("BufferedWriter", &t.buffered_writer),
        ("BufferedRandom", &t.buffered_random),
        ("BufferedRWPair", &t.buffered_rwpair),
        ("TextIOWrapper", &t.text_io_wrapper),
        ("IncrementalNewlineDecoder", &t.newline_decoder),
    ] {
        set(name, ty.clone());
    }
    m
}

fn native_function(name: &'static str, f: NativeFn) -> Value {
    new_native(name, f, Binding::Function, new_str("_io"))
}

/// The function object of the builtin `open` (the same object as `_io.open`).
pub fn open_function() -> Value {
    native_function("open", io_open)
}

/// Adds a read-only property computed by `get(self)`.
pub(super) fn add_getter(ty: &Value, name: &'static str, get: NativeFn) {
    add_property(ty, name, get, None);
}

/// Adds a property with a getter and a setter (`set(self, value)`).
pub(super) fn add_property(ty: &Value, name: &'static str, get: NativeFn, set: Option<NativeFn>) {
    let fget = new_native(name, get, Binding::Function, Value::NONE);
    let fset = set.map_or(Value::NONE, |f| {
        new_native(name, f, Binding::Function, Value::NONE)
    });
    let p = crate::object::alloc(
        &types().property,
        PropertyData::new(fget, fset, Value::NONE, Value::NONE),
    );
    crate::types::add_attr(ty, name, p);
}

/// A new instance of `cls` (a subclass of a native `_io` class) holding `state`.
pub(super) fn new_with_state<T: Any>(cls: &Value, state: T) -> Value {
    let obj = crate::objects::instance::new_instance(cls);
    if let Some(inst) = obj.downcast::<crate::objects::instance::InstanceData>() {
        inst.builtin_value.set(new_native_state(state));
    }
    obj
}

/// The `T` state of `obj` with the state object that owns it (kept alive by the
/// caller's binding), or a TypeError naming the method.
pub(super) struct Held {
    obj: Value,
}

impl Held {
    /// The state object of `obj`, which must hold a `T`.
    pub(super) fn of<T: Any>(obj: &Value, class: &str) -> PyResult<Held> {
        match state_object(obj) {
            Some(s) if is_state::<T>(&s) => Ok(Held { obj: s }),
            _ => Err(wrong_self(class, obj)),
        }
    }
    pub(super) fn borrow<T: Any>(&self) -> PyResult<RefMut<'_, T>> {
        Ok(borrow_state::<T>(&self.obj)?.expect("checked by Held::of"))
    }
}

fn is_state<T: Any>(s: &Value) -> bool {
    s.downcast::<crate::objects::native_state::NativeStateData>()
        .is_some_and(|d| d.state.try_borrow().map_or(true, |b| b.is::<T>()))
}

/// Runs `f` on the `T` state of `obj` (a method's `self`).
#[inline]
pub(super) fn with_state<T: Any, R>(
    obj: &Value,
    class: &str,
    f: impl FnOnce(&mut T) -> PyResult<R>,
) -> PyResult<R> {
    let h = Held::of::<T>(obj, class)?;
    let mut st = h.borrow::<T>()?;
    f(&mut st)
}

/// True when `obj` is exactly the native class `ty` (not a Python subclass, whose
/// methods may be overridden): a layer may then call it directly.
#[inline]
pub(super) fn is_exact(obj: &Value, ty: &Value) -> bool {
    type_of(obj).is(ty)
}

#[cold]
fn wrong_self(class: &str, obj: &Value) -> PyErr {
    if state_object(obj).is_none() && crate::objects::typeobj::is_instance(obj, &class_named(class))
    {
        return PyErr::value_error("I/O operation on uninitialized object");
    }
    PyErr::type_error(format!(
        "descriptor requires a '_io.{}' object but received a '{}'",
        class,
        crate::objects::typeobj::type_name(obj)
    ))
}

fn class_named(name: &str) -> Value {
    let t = io_types();
    match name {
        "FileIO" => t.fileio.clone(),
        "BytesIO" => t.bytesio.clone(),
        "StringIO" => t.stringio.clone(),
        "BufferedReader" => t.buffered_reader.clone(),
        "BufferedWriter" => t.buffered_writer.clone(),
        "BufferedRandom" => t.buffered_random.clone(),
        "BufferedRWPair" => t.buffered_rwpair.clone(),
        "TextIOWrapper" => t.text_io_wrapper.clone(),
        "IncrementalNewlineDecoder" => t.newline_decoder.clone(),
        _ => t.iobase.clone(),
    }
}

/// `ValueError(msg)` for an operation on a closed stream (the messages differ by class).
#[cold]
pub(super) fn closed_error(msg: &str) -> PyErr {
    PyErr::value_error(msg)
}

/// The checks of an in-memory stream's methods: initialised, then open (`closed_msg`
/// differs by class).
pub(super) fn check_usable(initialized: bool, closed: bool, closed_msg: &str) -> PyResult<()> {
    if !initialized {
        return Err(PyErr::value_error("I/O operation on uninitialized object"));
    }
    if closed {
        return Err(closed_error(closed_msg));
    }
    Ok(())
}

/// `io.UnsupportedOperation(msg)`.
#[cold]
pub(super) fn unsupported(msg: &str) -> PyErr {
    PyErr::with_args(&io_types().unsupported_operation, vec![new_str(msg)])
}

/// The OSError (or the subclass its errno selects) for the C library's last error.
#[cold]
pub(super) fn last_os_error(filename: Option<&Value>) -> PyErr {
    let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
    os_error(errno, filename)
}

/// `OSError(errno, strerror[, filename])`, which picks its subclass by errno.
#[cold]
pub(super) fn os_error(errno: i32, filename: Option<&Value>) -> PyErr {
    crate::types::exception::os_error_from_errno(errno, filename.cloned(), None)
}

/// `obj.closed` as a bool.
pub(super) fn closed_attr(obj: &Value) -> PyResult<bool> {
    let c = ops::getattr(obj, &StrData::intern_static("closed"))?;
    ops::is_true(&c)
}

/// A class's name as `repr` shows it: `_io.FileIO` for the native classes, the bare
/// name for a Python subclass (CPython prints `tp_name`).
pub(super) fn repr_class_name(obj: &Value) -> String {
    let ty = type_of(obj);
    let td = type_data(ty);
    if td.builtin {
        format!("_io.{}", td.name())
    } else {
        td.name().to_string()
    }
}

/// Calls `obj.name(*args)`.
pub(super) fn call(obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
    ops::call_method(obj, name, args)
}

/// An `int` argument that may be None (`read(None)` is `read(-1)`), as CPython's
/// `_Py_convert_optional_to_ssize_t`.
pub(super) fn optional_size(v: Option<&Value>) -> PyResult<i64> {
    match v {
        None => Ok(-1),
        Some(v) if v.is_none() => Ok(-1),
        Some(v) => match ops::index_opt(v)? {
            Some(i) => crate::objects::int::to_i64(&i).ok_or_else(|| {
                PyErr::overflow_error("Python int too large to convert to C ssize_t")
            }),
            None => Err(PyErr::type_error(format!(
                "argument should be integer or None, not '{}'",
                crate::objects::typeobj::type_name(v)
            ))),
        },
    }
}

/// An integer argument (`seek(pos)`), with CPython's TypeError for anything else.
pub(super) fn int_arg(v: &Value) -> PyResult<i64> {
    match ops::index_opt(v)? {
        Some(i) => crate::objects::int::to_i64(&i)
            .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C long")),
        None => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            crate::objects::typeobj::type_name(v)
        ))),
    }
}

/// The arguments of `seek(pos, whence=0, /)`: the position as given and `whence`.
pub(super) fn seek_args<'a>(args: &'a [Value], kw: &[Value]) -> PyResult<(&'a Value, i64)> {
    let p = args::positional(args, kw, "seek", 1, 2)?;
    let whence = match p.get(1) {
        Some(w) => int_arg(w)?,
        None => 0,
    };
    Ok((&p[0], whence))
}

/// The argument of `truncate(size=None, /)`: None for the current position.
pub(super) fn truncate_arg(args: &[Value], kw: &[Value]) -> PyResult<Option<i64>> {
    let p = args::positional(args, kw, "truncate", 0, 1)?;
    match p.first() {
        Some(v) if !v.is_none() => Ok(Some(int_arg(v)?)),
        _ => Ok(None),
    }
}

/// The bytes of a bytes-like argument, or CPython's TypeError.
pub(super) fn bytes_arg(v: &Value) -> PyResult<Vec<u8>> {
    crate::objects::bytes::bytes_like(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            crate::objects::typeobj::type_name(v)
        ))
    })
}

/// Writes `data` into a writable buffer argument (`readinto`): a bytearray, whose
/// length is the most that can be written. Returns the buffer's length.
pub(super) fn writable_buffer_len(v: &Value) -> PyResult<usize> {
    match v.downcast::<crate::objects::bytes::ByteArrayData>() {
        Some(b) => Ok(b.bytes().len()),
        None => Err(PyErr::type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {}",
            crate::objects::typeobj::type_name(v)
        ))),
    }
}

/// Copies `data` to the start of the bytearray `v` (no longer than it).
pub(super) fn fill_buffer(v: &Value, data: &[u8]) {
    if let Some(b) = v.downcast::<crate::objects::bytes::ByteArrayData>() {
        let dst = b.vec_mut();
        let n = data.len().min(dst.len());
        dst[..n].copy_from_slice(&data[..n]);
    }
}
