//! The Python-visible methods and attributes of the built-in types, one file per type:
//! each has an `install(ty)` that fills the type's namespace with native methods.

pub mod args;
pub mod async_generator;
pub mod bytes;
pub mod bytes_methods;
pub mod code;
pub mod codecs;
pub mod complex;
pub mod coroutine;
pub mod dict;
pub mod exception;
pub mod float;
pub mod function;
mod generated_str_unicode;
pub mod int;
pub mod list;
pub mod mappingproxy;
pub mod member;
pub mod module;
pub mod object;
pub mod percent_format;
pub mod range;
pub mod reduce;
pub mod set;
pub mod slice;
pub mod slots;
pub mod str;
pub mod str_case;
pub mod str_format;
pub mod str_unicode;
pub mod stringlib;
pub mod tuple;
pub mod typeobj;

use crate::error::{PyErr, PyResult};
use crate::object::Kind;
use crate::objects::native::{new_native, Binding, NativeFn};
use crate::objects::str::{StrBuf, StrData};
use crate::objects::typeobj::{type_data, type_name};
use crate::value::Value;
use crate::vm::types;

/// Adds a method (binds to instances) to a built-in type.
pub fn add_method(ty: &Value, name: &'static str, f: NativeFn) {
    add_attr(ty, name, new_native(name, f, Binding::Method, ty.clone()));
}

/// Adds a class method (binds to the class) to a built-in type.
pub fn add_classmethod(ty: &Value, name: &'static str, f: NativeFn) {
    add_attr(
        ty,
        name,
        new_native(name, f, Binding::ClassMethod, ty.clone()),
    );
}

/// Adds a static method (never binds) to a built-in type; `__new__` is one.
pub fn add_staticmethod(ty: &Value, name: &'static str, f: NativeFn) {
    add_attr(
        ty,
        name,
        new_native(name, f, Binding::StaticMethod, ty.clone()),
    );
}

/// Stores a value in a built-in type's namespace, bumping the type's version so no
/// cached lookup (`TypeData::lookup`, slot flags) survives the change.
pub fn add_attr(ty: &Value, name: &str, v: Value) {
    crate::objects::typeobj::type_set_attr(ty, name, v);
}

/// Fills every built-in type's namespace. Called once by `vm::init`.
pub fn install_all() {
    let t = types();
    object::install(&t.object);
    object::install_singletons();
    typeobj::install(&t.type_);
    int::install(&t.int);
    int::install_bool(&t.bool);
    float::install(&t.float);
    complex::install(&t.complex);
    str::install(&t.str);
    bytes::install(&t.bytes);
    bytes::install_bytearray(&t.bytearray);
    list::install(&t.list);
    tuple::install(&t.tuple);
    dict::install(&t.dict);
    set::install(&t.set);
    set::install_frozenset(&t.frozenset);
    range::install(&t.range);
    module::install(&t.module);
    code::install(&t.code);
    reduce::install(t);
    add_method(&t.frame, "clear", crate::interp::frames::frame_clear);
    for ty in [&t.list, &t.dict, &t.tuple, &t.set, &t.frozenset, &t.type_] {
        add_classmethod(
            ty,
            "__class_getitem__",
            crate::modules::generic::class_getitem,
        );
    }
    add_method(&t.type_, "__or__", crate::modules::generic::type_or);
    member::add_builtin_descriptors(
        &t.function,
        &t.getset_descriptor,
        &[
            "__code__",
            "__defaults__",
            "__kwdefaults__",
            "__annotations__",
            "__name__",
            "__qualname__",
        ],
    );
    member::add_builtin_descriptors(
        &t.function,
        &t.member_descriptor,
        &["__closure__", "__globals__", "__builtins__"],
    );
    add_method(&t.type_, "__ror__", crate::modules::generic::type_ror);
    mappingproxy::install(&t.mappingproxy);
    crate::modules::weakref::install(&t.weakref);
    crate::modules::weakref::install_proxies(t);
    slice::install(&t.slice);
    function::install(t);
    member::install(t);
    coroutine::install(t);
    async_generator::install(t);
    exception::install(t);
    slots::install_all();
    // Some installers write namespaces directly: no lookup cached before this survives.
    for (_, ty) in t.all() {
        type_data(ty).modified();
    }
    for (_, ty) in t.all() {
        let td = type_data(ty);
        let d = td.dict();
        if d.get_str(&StrData::intern_static("__module__")).is_none() {
            d.set_str(
                &StrData::intern_static("__module__"),
                StrData::intern_static("builtins"),
            );
        }
    }
}

/// The class argument of a built-in `__new__` (`int.__new__(cls, ...)`), checked as
/// CPython's `tp_new_wrapper` does: a type, a subtype of `base`, whose nearest ancestor
/// without a Python `__new__` creates its instances with `base`'s `__new__`.
pub fn new_target<'a>(args: &'a [Value], base: &Value) -> PyResult<&'a Value> {
    let bname = type_data(base).name();
    let Some(cls) = args.first() else {
        return Err(PyErr::type_error(format!(
            "{}.__new__(): not enough arguments",
            bname
        )));
    };
    let Some(ctd) = cls.downcast::<crate::objects::typeobj::TypeData>() else {
        return Err(PyErr::type_error(format!(
            "{}.__new__(X): X is not a type object ({})",
            bname,
            type_name(cls)
        )));
    };
    if !crate::objects::typeobj::is_subclass(cls, base) {
        return Err(PyErr::type_error(format!(
            "{}.__new__({}): {} is not a subtype of {}",
            bname,
            ctd.name(),
            ctd.name(),
            bname
        )));
    }
    let key = StrData::intern_static("__new__");
    let native_new = |t: &Value| {
        type_data(t)
            .lookup(&key)
            .filter(|n| n.kind() == Some(Kind::NativeFunction))
    };
    // CPython's "staticbase": skip the classes whose `__new__` is written in Python.
    let mut staticbase = cls.clone();
    while native_new(&staticbase).is_none() {
        let next = match type_data(&staticbase).bases() {
            [] => break,
            bases => typeobj::best_base(bases)?.clone(),
        };
        staticbase = next;
    }
    let same = match (native_new(&staticbase), native_new(base)) {
        (Some(a), Some(b)) => a.is(&b),
        _ => false,
    };
    if !same {
        return Err(PyErr::type_error(format!(
            "{}.__new__({}) is not safe, use {}.__new__()",
            bname,
            ctd.name(),
            type_data(&staticbase).name()
        )));
    }
    Ok(cls)
}

/// A built-in type's `__new__`: checks the class argument (`new_target`), computes the
/// value as the built-in would (`exact`, which sees the class as `args[0]`), and gives it
/// the class (`objects::subclass::instantiate`).
pub fn new_via(
    args: &[Value],
    kw: &[Value],
    base: &Value,
    exact: crate::objects::native::NativeFn,
) -> PyResult<Value> {
    let cls = new_target(args, base)?;
    crate::objects::subclass::instantiate(cls, exact(args, kw)?)
}

/// Checks the `self` of a built-in `__init__` (a slot wrapper in CPython): an instance
/// of `base` or of a subclass.
pub fn check_init_self(args: &[Value], base: &Value) -> PyResult<()> {
    match args.first() {
        Some(v) if crate::objects::typeobj::is_instance(v, base) => Ok(()),
        other => Err(PyErr::type_error(format!(
            "descriptor '__init__' requires a '{}' object but received a '{}'",
            type_data(base).name(),
            other.map_or("NoneType".to_string(), type_name)
        ))),
    }
}

/// The result of an alternate constructor (`int.from_bytes`, `float.fromhex` ...) called
/// through class `cls`: the built-in value `v` when `cls` is the built-in type `base`,
/// else `cls(v)`, as CPython calls the subclass.
pub fn construct_via(cls: &Value, base: &Value, v: Value) -> PyResult<Value> {
    if cls.is(base) {
        return Ok(v);
    }
    crate::ops::call(cls, &[v], &[])
}

/// Attributes that built-in layouts compute rather than store: `__class__`, `__dict__`,
/// `__name__` of functions, `real` of numbers, `args` of exceptions, `start` of slices ...
/// None when `obj` has no such attribute.
pub fn builtin_attr(obj: &Value, name: &str) -> PyResult<Option<Value>> {
    if name == "__class__" {
        return Ok(Some(crate::objects::typeobj::type_of(obj).clone()));
    }
    if name == "__dict__" {
        if let Some(d) = crate::objects::subclass::instance_dict(obj) {
            return Ok(Some(d));
        }
    }
    match obj.kind() {
        Some(Kind::Type) => typeobj::type_attr(obj, name),
        Some(
            Kind::Function | Kind::BoundMethod | Kind::NativeFunction | Kind::Code | Kind::Cell,
        ) => function::function_attr(obj, name),
        Some(Kind::Instance) => {
            if let Some(v) = exception::exception_attr(obj, name)? {
                return Ok(Some(v));
            }
            object::instance_attr(obj, name)
        }
        Some(Kind::Complex) | Some(Kind::Float) | Some(Kind::BigInt) => {
            complex::number_attr(obj, name)
        }
        Some(Kind::Slice) => Ok(slice_attr(obj, name)),
        Some(Kind::Range) => range::range_attr(obj, name),
        Some(Kind::Property) => Ok(descr_attr(obj, name)),
        Some(Kind::ClassMethod | Kind::StaticMethod) => function::wrapper_attr(obj, name),
        Some(Kind::MemberDescr) => Ok(member::member_attr(obj, name)),
        Some(Kind::Generator) => Ok(function::generator_attr(obj, name)),
        Some(Kind::Traceback | Kind::Frame) => Ok(exception::traceback_attr(obj, name)),
        None if obj.is_small_int() || obj.is_bool() => complex::number_attr(obj, name),
        _ => Ok(None),
    }
}

fn slice_attr(obj: &Value, name: &str) -> Option<Value> {
    let s = obj.downcast::<crate::objects::slice::SliceData>()?;
    match name {
        "start" => Some(s.start.clone()),
        "stop" => Some(s.stop.clone()),
        "step" => Some(s.step.clone()),
        _ => None,
    }
}

fn descr_attr(obj: &Value, name: &str) -> Option<Value> {
    let p = obj.downcast::<crate::objects::descr::PropertyData>()?;
    match name {
        "fget" => Some(p.fget.get()),
        "fset" => Some(p.fset.get()),
        "fdel" => Some(p.fdel.get()),
        "__doc__" => Some(p.doc.get()),
        _ => None,
    }
}

/// `format(v, spec)` for built-in types with a non-empty spec.
pub fn format_builtin(v: &Value, spec: &str) -> PyResult<String> {
    let fe = crate::format::FormatError::into_pyerr;
    if let Some(i) = crate::objects::int::to_bigint(v) {
        let mut s = crate::format::parse_spec(spec).map_err(fe)?;
        if v.is_bool() {
            s.type_name = Some("bool".to_string());
        }
        return crate::format::format_int(&i, &s).map_err(fe);
    }
    if let Some(f) = crate::objects::float::as_float(v) {
        let s = crate::format::parse_spec(spec).map_err(fe)?;
        return crate::format::format_float(f, &s).map_err(fe);
    }
    if let Some(c) = v.downcast::<crate::objects::complex::ComplexData>() {
        let s = crate::format::parse_spec(spec).map_err(fe)?;
        return crate::format::format_complex(c.re, c.im, &s).map_err(fe);
    }
    if let Some(s) = crate::objects::str::as_str(v) {
        let sp = crate::format::parse_spec(spec).map_err(fe)?;
        return crate::format::format_str(s, &sp).map_err(fe);
    }
    Err(PyErr::type_error(format!(
        "unsupported format string passed to {}.__format__",
        type_name(v)
    )))
}

/// `format(v, spec)` as a str object, exact where `format_builtin`'s Rust string cannot
/// be: a str holding lone surrogates, and the `c` type of a surrogate code point.
pub fn format_builtin_value(v: &Value, spec: &str) -> PyResult<Value> {
    let fe = crate::format::FormatError::into_pyerr;
    let pad = |out: &mut StrBuf, p: crate::format::Padding, body: &dyn Fn(&mut StrBuf)| {
        let fill = p.fill as u32;
        (0..p.left).for_each(|_| out.push_code_point(fill));
        body(out);
        (0..p.right).for_each(|_| out.push_code_point(fill));
    };
    if let Some(s) = v.downcast::<StrData>().filter(|s| s.has_surrogates()) {
        let sp = crate::format::parse_spec(spec).map_err(fe)?;
        let (p, keep) = crate::format::str_padding(s.char_len(), &sp).map_err(fe)?;
        let mut out = StrBuf::new();
        pad(&mut out, p, &|o| o.push_chars_of(s, 0, keep));
        return Ok(out.finish());
    }
    if let Some(i) = crate::objects::int::to_i64(v).filter(|&i| (0xD800..0xE000).contains(&i)) {
        let sp = crate::format::parse_spec(spec).map_err(fe)?;
        if sp.ty == Some('c') {
            // Validates the spec as for any character.
            crate::format::format_i64(i, &sp).map_err(fe)?;
            let mut out = StrBuf::new();
            pad(&mut out, crate::format::char_padding(&sp), &|o| {
                o.push_code_point(i as u32)
            });
            return Ok(out.finish());
        }
    }
    format_builtin(v, spec).map(crate::objects::str::new_string)
}

impl crate::format::FormatError {
    /// The Python exception this formatting error stands for.
    pub fn into_pyerr(self) -> PyErr {
        use crate::format::ErrorKind;
        let t = types();
        let ty = match self.kind {
            ErrorKind::ValueError => &t.value_error,
            ErrorKind::TypeError => &t.type_error,
            ErrorKind::OverflowError => &t.overflow_error,
            #[allow(unreachable_patterns)]
            _ => return PyErr::memory_error(),
        };
        PyErr::new(ty, self.msg)
    }
}
