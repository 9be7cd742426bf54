//! `repr()`, `str()` and `format()` of every built-in type, with the `[...]` guard for
//! self-containing containers, and the dunder methods of classes.

use crate::error::{PyErr, PyResult};
use crate::object::Kind;
use crate::objects::bytes::{ByteArrayData, BytesData};
use crate::objects::complex::ComplexData;
use crate::objects::dict::{DictData, DictViewData, ViewKind};
use crate::objects::exception::exc_state;
use crate::objects::float::FloatData;
use crate::objects::function::{BoundMethodData, FunctionData};
use crate::objects::instance::InstanceData;
use crate::objects::int::BigIntData;
use crate::objects::list::ListData;
use crate::objects::native::NativeFunctionData;
use crate::objects::set::SetData;
use crate::objects::slice::SliceData;
use crate::objects::str::{as_str, new_string, StrData};
use crate::objects::tuple::{as_tuple, TupleData};
use crate::objects::typeobj::{is_instance, type_data, type_name, type_of, TypeData};
use crate::value::Value;
use crate::vm::types;
use std::cell::RefCell;

thread_local! {
    static REPR_ACTIVE: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` unless `v` is already being repr'd further up (then returns `recursed`):
/// CPython's `Py_ReprEnter`/`Py_ReprLeave`.
pub fn guarded(
    v: &Value,
    recursed: &str,
    f: impl FnOnce() -> PyResult<String>,
) -> PyResult<String> {
    let id = v.id();
    if REPR_ACTIVE.with(|a| a.borrow().contains(&id)) {
        return Ok(recursed.to_string());
    }
    REPR_ACTIVE.with(|a| a.borrow_mut().push(id));
    let r = f();
    REPR_ACTIVE.with(|a| {
        let mut a = a.borrow_mut();
        if let Some(p) = a.iter().rposition(|&x| x == id) {
            a.remove(p);
        }
    });
    r
}

fn join_reprs(items: &[Value]) -> PyResult<String> {
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&repr(x)?);
    }
    Ok(out)
}

/// The module-qualified name of a class for reprs: `int`, `__main__.C`.
pub fn class_display_name(ty: &Value) -> String {
    let td = type_data(ty);
    let module = td
        .dict()
        .get_str(&StrData::intern_static("__module__"))
        .and_then(|m| as_str(&m).map(str::to_string));
    // A built-in class of a module other than builtins shows its module, as CPython's
    // `tp_name` "_io.StringIO" does.
    let name = if td.builtin { td.name() } else { td.qualname() };
    if td.builtin && name.contains('.') {
        // Already `module.name` (`itertools.count`, modules/native_types.rs).
        return name.to_string();
    }
    match module {
        Some(m) if m != "builtins" => format!("{}.{}", m, name),
        _ => name.to_string(),
    }
}

/// `repr(v)` as a Rust string.
pub fn repr(v: &Value) -> PyResult<String> {
    if let Some(i) = v.as_small_int() {
        return Ok(i.to_string());
    }
    let Some(kind) = v.kind() else {
        return Ok(match v.raw() >> 3 {
            0 => "None",
            1 => "True",
            2 => "False",
            3 => "NotImplemented",
            4 => "Ellipsis",
            _ => "<unbound>",
        }
        .to_string());
    };
    if kind != Kind::Instance {
        if let Some(r) = class_repr(v)? {
            return Ok(repr_text(&r));
        }
    }
    builtin_repr(v, kind)
}

/// `repr(v)` of a heap object by its built-in layout, ignoring a subclass's override.
fn builtin_repr(v: &Value, kind: Kind) -> PyResult<String> {
    let addr = v.id();
    Ok(match kind {
        Kind::BigInt => int_to_decimal(&v.downcast::<BigIntData>().expect("k").0)?,
        Kind::Float => crate::format::float_repr(v.downcast::<FloatData>().expect("k").0),
        Kind::Complex => {
            let c = v.downcast::<ComplexData>().expect("k");
            crate::format::complex_repr(c.re, c.im)
        }
        Kind::Str => repr_of_str(v.downcast::<StrData>().expect("k")),
        Kind::Bytes => bytes_repr(&v.downcast::<BytesData>().expect("k").0),
        Kind::ByteArray => {
            let r = crate::types::bytes::bytearray_repr(
                v.downcast::<ByteArrayData>().expect("k").bytes(),
            );
            // A subclass shows its own name (CPython's `bytearray_repr` uses tp_name).
            match r.strip_prefix("bytearray") {
                Some(rest) if crate::objects::subclass::has_subclass_flag(v) => {
                    format!("{}{}", type_data(type_of(v)).name(), rest)
                }
                _ => r,
            }
        }
        Kind::List => guarded(v, "[...]", || {
            let items = v.downcast::<ListData>().expect("k").to_vec();
            Ok(format!("[{}]", join_reprs(&items)?))
        })?,
        Kind::Tuple => guarded(v, "(...)", || {
            let items = &v.downcast::<TupleData>().expect("k").0;
            if items.len() == 1 {
                return Ok(format!("({},)", repr(&items[0])?));
            }
            Ok(format!("({})", join_reprs(items)?))
        })?,
        Kind::Dict => guarded(v, "{...}", || {
            let items = v.downcast::<DictData>().expect("k").items();
            let mut out = String::from("{");
            for (i, (k, val)) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&repr(k)?);
                out.push_str(": ");
                out.push_str(&repr(val)?);
            }
            out.push('}');
            Ok(out)
        })?,
        Kind::Set => guarded(v, "...", || {
            let items = v.downcast::<SetData>().expect("k").items();
            let name = type_data(type_of(v)).name().to_string();
            // A set subclass shows its name too (CPython's `set_repr`).
            let named =
                crate::objects::set::is_frozen(v) || crate::objects::subclass::has_subclass_flag(v);
            if items.is_empty() {
                return Ok(format!("{}()", name));
            }
            let inner = join_reprs(&items)?;
            Ok(if named {
                format!("{}({{{}}})", name, inner)
            } else {
                format!("{{{}}}", inner)
            })
        })?,
        Kind::DictView => {
            let view = v.downcast::<DictViewData>().expect("k");
            let d = view.dict.downcast::<DictData>().expect("dict");
            let items: Vec<Value> = match view.which {
                ViewKind::Keys => d.keys(),
                ViewKind::Values => d.values(),
                ViewKind::Items => d
                    .items()
                    .into_iter()
                    .map(|(k, x)| crate::objects::tuple::new_tuple(vec![k, x]))
                    .collect(),
            };
            format!("{}([{}])", type_name(v), join_reprs(&items)?)
        }
        Kind::Type => format!("<class '{}'>", class_display_name(v)),
        Kind::Function => {
            let f = v.downcast::<FunctionData>().expect("k");
            format!(
                "<function {} at {:#x}>",
                as_str(f.qualname.borrow()).unwrap_or("?"),
                addr
            )
        }
        Kind::NativeFunction => {
            let f = v.downcast::<NativeFunctionData>().expect("k");
            if f.bound_self.is_unbound() {
                match f.owner.downcast::<TypeData>() {
                    Some(_) if type_of(v).is(&types().method_descriptor) => format!(
                        "<method '{}' of '{}' objects>",
                        f.name,
                        class_display_name(&f.owner)
                    ),
                    _ => format!("<built-in function {}>", f.name),
                }
            } else if f.bound_self.kind() == Some(Kind::Module) {
                format!("<built-in function {}>", f.name)
            } else {
                format!(
                    "<built-in method {} of {} object at {:#x}>",
                    f.name,
                    type_name(&f.bound_self),
                    f.bound_self.id()
                )
            }
        }
        Kind::BoundMethod => {
            let m = v.downcast::<BoundMethodData>().expect("k");
            let fname = match m.func.downcast::<FunctionData>() {
                Some(f) => as_str(f.qualname.borrow()).unwrap_or("?").to_string(),
                None => "?".into(),
            };
            format!("<bound method {} of {}>", fname, repr(&m.self_)?)
        }
        Kind::Module => crate::import::module_repr(v)?,
        Kind::Slice => {
            let s = v.downcast::<SliceData>().expect("k");
            format!(
                "slice({}, {}, {})",
                repr(&s.start)?,
                repr(&s.stop)?,
                repr(&s.step)?
            )
        }
        Kind::Range => crate::types::range::range_repr(v)?,
        Kind::Cell => format!("<cell at {:#x}>", addr),
        Kind::Code => {
            let c = v.downcast::<crate::objects::code::CodeData>().expect("k");
            format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.code.name, addr, c.code.filename, c.code.firstlineno
            )
        }
        Kind::Generator => {
            let g = v
                .downcast::<crate::objects::generator::GeneratorData>()
                .expect("k");
            format!(
                "<{} object {} at {:#x}>",
                type_data(type_of(v)).name(),
                as_str(&g.qualname).unwrap_or("?"),
                addr
            )
        }
        Kind::Instance => {
            if let Some(r) = user_repr(v)? {
                return Ok(r);
            }
            if let Some(st) = exc_state(v) {
                let args = st.args.get();
                let items = as_tuple(&args).unwrap_or(&[]);
                let name = type_data(type_of(v)).name().to_string();
                if items.len() == 1 {
                    return Ok(format!("{}({})", name, repr(&items[0])?));
                }
                return Ok(format!("{}({})", name, join_reprs(items)?));
            }
            if v.is_none() {
                return Ok("None".into());
            }
            format!("<{} object at {:#x}>", class_display_name(type_of(v)), addr)
        }
        Kind::MemberDescr => crate::types::member::member_repr(
            v.downcast::<crate::objects::descr::MemberDescrData>()
                .expect("k"),
        ),
        Kind::Super => crate::builtins::super_repr(
            v.downcast::<crate::objects::descr::SuperData>().expect("k"),
        )?,
        _ => format!("<{} object at {:#x}>", class_display_name(type_of(v)), addr),
    })
}

/// Calls a class's own `__repr__` if it has one (not a built-in's).
fn user_repr(v: &Value) -> PyResult<Option<String>> {
    Ok(class_repr(v)?.map(|r| repr_text(&r)))
}

/// What a class's own `__repr__` returned (checked to be a str, kept as it is: a str
/// subclass stays one): for instances of classes, and for subclasses of built-in types
/// that override it; None when the built-in repr applies.
fn class_repr(v: &Value) -> PyResult<Option<Value>> {
    let m = if matches!(v.kind(), Some(Kind::Instance | Kind::NativeIter)) {
        // Instances of classes may use native ones (exceptions, struct sequences), and
        // native iterators of modules their type's (`itertools.count`).
        type_data(type_of(v)).lookup(&StrData::intern_static("__repr__"))
    } else {
        super::override_of(v, "__repr__")
    };
    let Some(m) = m else {
        return Ok(None);
    };
    let r = super::call_method_value(&m, v, &[])?;
    if as_str(&r).is_none() {
        return Err(PyErr::type_error(format!(
            "__repr__ returned non-string (type {})",
            type_name(&r)
        )));
    }
    Ok(Some(r))
}

fn repr_text(r: &Value) -> String {
    as_str(r).unwrap_or_default().to_string()
}

/// `repr(s)` of a str's payload, exact (lone surrogates as `\udXXX`).
pub fn repr_of_str(s: &StrData) -> String {
    crate::format::code_points_repr(s.code_points(), s.as_bytes(), s.as_bytes().len())
}

/// `repr(v)` by `v`'s built-in layout, ignoring a subclass's override (the body of
/// `list.__repr__` ...).
pub fn builtin_repr_value(v: &Value) -> PyResult<Value> {
    match v.kind() {
        Some(kind) if kind != Kind::Instance => Ok(new_string(builtin_repr(v, kind)?)),
        _ => repr_value(v),
    }
}

/// `repr(v)` as a str object.
pub fn repr_value(v: &Value) -> PyResult<Value> {
    if super::user_typed(v) {
        if let Some(r) = class_repr(v)? {
            return Ok(r);
        }
    }
    Ok(new_string(repr(v)?))
}

/// `str(v)`: a str object where one is at hand (exact, surrogates included), or text.
pub enum StrText {
    Object(Value),
    Text(String),
}

pub fn str_text(v: &Value) -> PyResult<StrText> {
    if v.kind() == Some(Kind::Str) && type_of(v).is(&types().str) {
        return Ok(StrText::Object(v.clone()));
    }
    let str_method = if v.kind() == Some(Kind::Instance) {
        type_data(type_of(v)).lookup(&StrData::intern_static("__str__"))
    } else {
        super::override_of(v, "__str__")
    };
    if let Some(m) = str_method {
        let key = StrData::intern_static("__str__");
        let object_str = type_data(&types().object).dict().get_str(&key);
        // `object.__str__` calls the `__repr__` slot and `str()` checks what it gave.
        let m = match type_data(type_of(v)).lookup(&StrData::intern_static("__repr__")) {
            Some(r) if object_str.is_some_and(|o| o.is(&m)) && r.kind() == Some(Kind::Function) => {
                r
            }
            _ => m,
        };
        let r = super::call_method_value(&m, v, &[])?;
        if as_str(&r).is_none() {
            return Err(PyErr::type_error(format!(
                "__str__ returned non-string (type {})",
                type_name(&r)
            )));
        }
        return Ok(StrText::Object(r));
    }
    if v.kind() == Some(Kind::Instance) {
        if let Some(st) = exc_state(v) {
            let args = st.args.get();
            let items = as_tuple(&args).unwrap_or(&[]);
            return match items.len() {
                0 => Ok(StrText::Text(String::new())),
                1 if is_instance(v, &types().key_error) => Ok(StrText::Text(repr(&items[0])?)),
                1 => str_text(&items[0]),
                _ => Ok(StrText::Text(repr(&args)?)),
            };
        }
    }
    // str's own `__str__` gives the text as an exact str; the other built-ins' is
    // `repr` (which a subclass may override).
    if let Some(sd) = v.downcast::<StrData>() {
        return Ok(StrText::Object(crate::objects::str::new_str_from_bytes_of(
            sd,
            0,
            sd.as_bytes().len(),
        )));
    }
    if let Some(f) = v.downcast_exact::<FloatData>() {
        return Ok(StrText::Text(crate::format::float_repr(f.0)));
    }
    Ok(StrText::Text(repr(v)?))
}

/// `str(v)` as a Rust string (lossy for a str with lone surrogates: see `str_value`).
pub fn str_of(v: &Value) -> PyResult<String> {
    if let Some(i) = v.as_small_int() {
        return Ok(i.to_string());
    }
    Ok(match str_text(v)? {
        StrText::Object(o) => as_str(&o).unwrap_or_default().to_string(),
        StrText::Text(t) => t,
    })
}

/// The decimal text of a small int, without the formatting machinery.
pub fn small_int_str(i: i64) -> Value {
    let mut buf = [0u8; 20];
    let mut pos = buf.len();
    let mut n = i.unsigned_abs();
    loop {
        pos -= 1;
        buf[pos] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        pos -= 1;
        buf[pos] = b'-';
    }
    // The buffer holds ASCII digits and at most a sign.
    crate::objects::str::new_str(std::str::from_utf8(&buf[pos..]).unwrap_or("0"))
}

/// `str(v)` as a str object (the same object for an exact str), exact.
pub fn str_value(v: &Value) -> PyResult<Value> {
    if let Some(i) = v.as_small_int() {
        return Ok(small_int_str(i));
    }
    Ok(match str_text(v)? {
        StrText::Object(o) => o,
        StrText::Text(t) => new_string(t),
    })
}

/// `ascii(v)`: repr with non-ASCII characters escaped.
pub fn ascii_of(v: &Value) -> PyResult<String> {
    let r = repr(v)?;
    Ok(escape_non_ascii(&r))
}

/// Escapes non-ASCII characters as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
pub fn escape_non_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{:02x}", n));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{:04x}", n));
        } else {
            out.push_str(&format!("\\U{:08x}", n));
        }
    }
    out
}

/// `repr(bytes)`: `b'...'` with CPython's quote choice and escapes.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{:02x}", c)),
        }
    }
    out.push(quote);
    out
}

/// Decimal text of a big int, with CPython 3.11's 4300-digit limit.
pub fn int_to_decimal(b: &num_bigint::BigInt) -> PyResult<String> {
    crate::format::int_to_decimal_string(b).map_err(|e| e.into_pyerr())
}

/// `format(v, spec)`.
pub fn format(v: &Value, spec: &Value) -> PyResult<Value> {
    let spec_s = as_str(spec).unwrap_or("");
    if let Some(m) = super::lookup_special(v, "__format__") {
        if m.kind() != Some(Kind::NativeFunction) {
            let r = super::call_method_value(&m, v, std::slice::from_ref(spec))?;
            if as_str(&r).is_none() {
                return Err(PyErr::type_error(format!(
                    "__format__ must return a str, not {}",
                    type_name(&r)
                )));
            }
            return Ok(r);
        }
    }
    if spec_s.is_empty() {
        return str_value(v);
    }
    crate::types::format_builtin_value(v, spec_s)
}

/// The `__dict__`-free check that `v` is an instance of a class defined in Python.
pub fn is_user_instance(v: &Value) -> bool {
    v.downcast::<InstanceData>().is_some() && !type_data(type_of(v)).builtin
}
