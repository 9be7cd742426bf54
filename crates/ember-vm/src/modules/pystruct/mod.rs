//! The `_struct` module (`struct.py` does `from _struct import *`): `pack`, `unpack`,
//! `calcsize`, `iter_unpack`, `pack_into`, `unpack_from`, the subclassable `Struct`
//! class and the `struct.error` exception, with CPython 3.11's messages. Formats are
//! parsed and values converted in `format.rs`.

mod format;

use crate::error::{PyErr, PyResult};
use crate::object::Kind;
use crate::objects::bytes::{new_bytes, ByteArrayData};
use crate::objects::dict::DictData;
use crate::objects::instance::{new_instance, InstanceData};
use crate::objects::list::new_list;
use crate::objects::module::ModuleData;
use crate::objects::native::{new_native, Binding, NativeFn};
use crate::objects::native_state::{borrow_state, new_native_state, state_object};
use crate::objects::str::{as_str, new_str, StrData};
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::{new_type, type_name};
use crate::ops;
use crate::types::args::{arity_message, Params};
use crate::types::{add_attr, add_method, add_staticmethod};
use crate::value::Value;
use crate::vm::types;
use format::Format;
use std::rc::Rc;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("_clearcache", struct_clearcache),
    ("calcsize", struct_calcsize),
    ("iter_unpack", struct_iter_unpack),
    ("pack", struct_pack),
    ("pack_into", struct_pack_into),
    ("unpack", struct_unpack),
    ("unpack_from", struct_unpack_from),
];

struct StructTypes {
    error: Value,
    struct_: Value,
}

thread_local! {
    static TYPES: &'static StructTypes = Box::leak(Box::new(make_types()));
}

fn struct_types() -> &'static StructTypes {
    TYPES.with(|t| *t)
}

/// A `struct.error` with `msg`.
#[cold]
pub(crate) fn struct_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&struct_types().error, msg)
}

fn make_types() -> StructTypes {
    let ns = DictData::new_value();
    ns.downcast::<DictData>()
        .expect("new dict")
        .set_str(&StrData::intern_static("__module__"), new_str("struct"));
    let error = ops::call(
        &types().type_,
        &[
            new_str("error"),
            new_tuple(vec![types().exception.clone()]),
            ns,
        ],
        &[],
    )
    .expect("a simple exception class");
    let ty = new_type("Struct", vec![types().object.clone()], Kind::Instance, true)
        .expect("a simple class");
    add_attr(&ty, "__module__", new_str("_struct"));
    add_staticmethod(&ty, "__new__", s_new);
    add_method(&ty, "__init__", s_init);
    add_method(&ty, "pack", s_pack);
    add_method(&ty, "pack_into", s_pack_into);
    add_method(&ty, "unpack", s_unpack);
    add_method(&ty, "unpack_from", s_unpack_from);
    add_method(&ty, "iter_unpack", s_iter_unpack);
    add_getter(&ty, "format", s_format);
    add_getter(&ty, "size", s_size);
    StructTypes { error, struct_: ty }
}

/// A read-only property computed by `f`.
fn add_getter(ty: &Value, name: &'static str, f: NativeFn) {
    let getter = new_native(name, f, Binding::Function, Value::NONE);
    let p = crate::object::alloc(
        &types().property,
        crate::objects::descr::PropertyData::new(getter, Value::NONE, Value::NONE, Value::NONE),
    );
    add_attr(ty, name, p);
}

/// A new `_struct` module.
pub fn create() -> Value {
    let m = crate::modules::new_native_module("_struct", FUNCTIONS);
    let md = m.downcast::<ModuleData>().expect("new module");
    let d = md.dict();
    let t = struct_types();
    d.set_str(&StrData::intern_static("error"), t.error.clone());
    d.set_str(&StrData::intern_static("Struct"), t.struct_.clone());
    m
}

// ---- the Struct state ----------------------------------------------------------------

/// A `Struct`'s parsed format and its text.
struct Compiled {
    text: String,
    format: Rc<Format>,
}

/// The format of a `Struct` or a format argument (str or bytes).
fn compile(v: &Value) -> PyResult<Compiled> {
    let text = if let Some(s) = as_str(v) {
        s.to_string()
    } else if let Some(b) = v.downcast::<crate::objects::bytes::BytesData>() {
        String::from_utf8_lossy(&b.0).into_owned()
    } else {
        return Err(PyErr::type_error(format!(
            "Struct() argument 1 must be a str or bytes object, not {}",
            type_name(v)
        )));
    };
    let format = Rc::new(format::parse(text.as_bytes())?);
    Ok(Compiled { text, format })
}

fn s_new(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let cls = crate::types::new_target(args, &struct_types().struct_)?;
    let obj = new_instance(cls);
    if let Some(inst) = obj.downcast::<InstanceData>() {
        let empty = Compiled {
            text: String::new(),
            format: Rc::new(format::parse(b"")?),
        };
        inst.builtin_value.set(new_native_state(empty));
    }
    Ok(obj)
}

fn s_init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = Params {
        fname: "Struct",
        names: &["self", "format"],
        posonly: 0,
        maxpos: 2,
        required: 2,
    };
    let parsed = p.parse(args, kw).map_err(|e| {
        // The messages count `format` as argument 1.
        let msg = crate::ops::str_of(&e.exc).unwrap_or_default();
        PyErr::type_error(msg.replace("(pos 2)", "(pos 1)").replace(
            "at most 2 arguments (3 given)",
            "at most 1 argument (2 given)",
        ))
    })?;
    let c = compile(parsed[1].as_ref().expect("required"))?;
    let state = state_object(&args[0]);
    *compiled(&state, &args[0])? = c;
    Ok(Value::NONE)
}

/// The compiled format of a `Struct` instance.
fn compiled<'a>(
    state: &'a Option<Value>,
    self_: &Value,
) -> PyResult<std::cell::RefMut<'a, Compiled>> {
    if let Some(s) = state {
        if let Some(c) = borrow_state::<Compiled>(s)? {
            return Ok(c);
        }
    }
    Err(PyErr::type_error(format!(
        "descriptor for '_struct.Struct' objects doesn't apply to a '{}' object",
        type_name(self_)
    )))
}

fn format_of(self_: &Value) -> PyResult<Rc<Format>> {
    let state = state_object(self_);
    let c = compiled(&state, self_)?;
    Ok(c.format.clone())
}

fn s_format(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let state = state_object(&args[0]);
    let c = compiled(&state, &args[0])?;
    Ok(new_str(&c.text))
}

fn s_size(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::small_int(format_of(&args[0])?.size as i64))
}

// ---- operations shared by Struct methods and module functions ---------------------

fn do_pack(fmt: &Format, values: &[Value]) -> PyResult<Value> {
    if values.len() != fmt.len {
        return Err(struct_error(format!(
            "pack expected {} items for packing (got {})",
            fmt.len,
            values.len()
        )));
    }
    let mut out = vec![0u8; fmt.size];
    format::pack_into(fmt, values, &mut out)?;
    Ok(new_bytes(out))
}

/// The bytes of a bytes-like argument.
fn buffer(v: &Value) -> PyResult<Vec<u8>> {
    crate::objects::bytes::bytes_like(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(v)
        ))
    })
}

fn do_unpack(fmt: &Format, buf: &Value) -> PyResult<Value> {
    let data = buffer(buf)?;
    if data.len() != fmt.size {
        return Err(struct_error(format!(
            "unpack requires a buffer of {} bytes",
            fmt.size
        )));
    }
    Ok(new_tuple(format::unpack(fmt, &data)))
}

/// An offset argument as a machine integer.
fn offset_arg(v: &Value) -> PyResult<isize> {
    ops::index_isize(v)?.ok_or_else(|| {
        PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))
    })
}

fn do_unpack_from(fmt: &Format, buf: &Value, offset: Option<&Value>) -> PyResult<Value> {
    let data = buffer(buf)?;
    let original = match offset {
        Some(o) => offset_arg(o)?,
        None => 0,
    };
    let len = data.len() as isize;
    let size = fmt.size as isize;
    let mut offset = original;
    if offset < 0 {
        if offset + len < 0 {
            return Err(struct_error(format!(
                "offset {} out of range for {}-byte buffer",
                offset, len
            )));
        }
        offset += len;
    }
    if len - offset < size {
        return Err(struct_error(if original < 0 {
            format!(
                "not enough data to unpack {} bytes at offset {}",
                size, original
            )
        } else {
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at \
                 offset {} (actual buffer size is {})",
                size + offset,
                size,
                offset,
                len
            )
        }));
    }
    let start = offset as usize;
    Ok(new_tuple(format::unpack(
        fmt,
        &data[start..start + fmt.size],
    )))
}

fn do_pack_into(fmt: &Format, args: &[Value]) -> PyResult<Value> {
    if args.len() != fmt.len + 2 {
        return Err(struct_error(match args.len() {
            0 => "pack_into expected buffer argument".to_string(),
            1 => "pack_into expected offset argument".to_string(),
            n => format!(
                "pack_into expected {} items for packing (got {})",
                fmt.len,
                n - 2
            ),
        }));
    }
    let Some(target) = args[0].downcast::<ByteArrayData>() else {
        return Err(PyErr::type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            type_name(&args[0])
        )));
    };
    let len = target.bytes().len() as isize;
    let size = fmt.size as isize;
    let mut offset = offset_arg(&args[1])?;
    if offset < 0 {
        if offset + size > 0 {
            return Err(struct_error(format!(
                "no space to pack {} bytes at offset {}",
                size, offset
            )));
        }
        if offset + len < 0 {
            return Err(struct_error(format!(
                "offset {} out of range for {}-byte buffer",
                offset, len
            )));
        }
        offset += len;
    }
    if len - offset < size {
        return Err(struct_error(format!(
            "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} \
             (actual buffer size is {})",
            size + offset,
            size,
            offset,
            len
        )));
    }
    // Packing may run Python code (`__index__`, `__bool__`): build the bytes first,
    // then copy them in, so no borrow of the bytearray is held meanwhile.
    let mut packed = vec![0u8; fmt.size];
    format::pack_into(fmt, &args[2..], &mut packed)?;
    let start = offset as usize;
    let bytes = target.vec_mut();
    if start + packed.len() <= bytes.len() {
        bytes[start..start + packed.len()].copy_from_slice(&packed);
    }
    Ok(Value::NONE)
}

fn do_iter_unpack(fmt: &Format, buf: &Value) -> PyResult<Value> {
    let data = buffer(buf)?;
    if fmt.size == 0 {
        return Err(struct_error(
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if data.len() % fmt.size != 0 {
        return Err(struct_error(format!(
            "iterative unpacking requires a buffer of a multiple of {} bytes",
            fmt.size
        )));
    }
    let items: Vec<Value> = data
        .chunks_exact(fmt.size)
        .map(|chunk| new_tuple(format::unpack(fmt, chunk)))
        .collect();
    ops::get_iter(&new_list(items))
}

// ---- Struct methods --------------------------------------------------------------------

fn no_kwargs(name: &str, kw: &[Value]) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!(
            "{}() takes no keyword arguments",
            name
        )))
    }
}

fn s_pack(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs("Struct.pack", kw)?;
    do_pack(&*format_of(&args[0])?, &args[1..])
}

fn s_pack_into(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs("Struct.pack_into", kw)?;
    do_pack_into(&*format_of(&args[0])?, &args[1..])
}

fn s_unpack(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs("Struct.unpack", kw)?;
    if args.len() != 2 {
        return Err(PyErr::type_error(format!(
            "Struct.unpack() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    do_unpack(&*format_of(&args[0])?, &args[1])
}

fn s_unpack_from(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = Params {
        fname: "unpack_from",
        names: &["self", "buffer", "offset"],
        posonly: 1,
        maxpos: 3,
        required: 2,
    }
    .parse(args, kw)?;
    do_unpack_from(
        &*format_of(&args[0])?,
        p[1].as_ref().expect("required"),
        p[2].as_ref(),
    )
}

fn s_iter_unpack(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs("Struct.iter_unpack", kw)?;
    if args.len() != 2 {
        return Err(PyErr::type_error(format!(
            "Struct.iter_unpack() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    do_iter_unpack(&*format_of(&args[0])?, &args[1])
}

// ---- module functions ------------------------------------------------------------------

/// The format argument of a module function, compiled.
fn format_arg(args: &[Value]) -> PyResult<Rc<Format>> {
    let f = args
        .first()
        .ok_or_else(|| PyErr::type_error("missing format argument"))?;
    Ok(compile(f)?.format)
}

fn fixed(name: &str, args: &[Value], kw: &[Value], n: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "_struct.{}() takes no keyword arguments",
            name
        )));
    }
    if args.len() != n {
        return Err(PyErr::type_error(arity_message(name, n, n, args.len())));
    }
    Ok(())
}

fn struct_pack(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(
            "_struct.pack() takes no keyword arguments",
        ));
    }
    let fmt = format_arg(args)?;
    do_pack(&fmt, &args[1..])
}

fn struct_pack_into(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(
            "_struct.pack_into() takes no keyword arguments",
        ));
    }
    let fmt = format_arg(args)?;
    do_pack_into(&fmt, &args[1..])
}

fn struct_unpack(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    fixed("unpack", args, kw, 2)?;
    do_unpack(&*format_arg(args)?, &args[1])
}

fn struct_unpack_from(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = Params {
        fname: "unpack_from",
        names: &["format", "buffer", "offset"],
        posonly: 1,
        maxpos: 3,
        required: 2,
    }
    .parse(args, kw)?;
    do_unpack_from(
        &*format_arg(args)?,
        p[1].as_ref().expect("required"),
        p[2].as_ref(),
    )
}

fn struct_iter_unpack(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    fixed("iter_unpack", args, kw, 2)?;
    do_iter_unpack(&*format_arg(args)?, &args[1])
}

fn struct_calcsize(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(
            "_struct.calcsize() takes no keyword arguments",
        ));
    }
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "_struct.calcsize() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Ok(Value::small_int(format_arg(args)?.size as i64))
}

fn struct_clearcache(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    fixed("_clearcache", args, kw, 0)?;
    Ok(Value::NONE)
}
