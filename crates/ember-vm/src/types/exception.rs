//! `BaseException` and its subclasses: `args`, `__str__`/`__repr__`, `with_traceback`,
//! chaining attributes, and the per-class attributes (`StopIteration.value`,
//! `SystemExit.code`, `OSError.errno` ...); `traceback` and `frame` attributes.

use crate::error::{PyErr, PyResult};
use crate::object::alloc;
use crate::objects::exception::{exc_state, FrameData, TbEntry, TracebackData};
use crate::objects::instance::{new_instance, InstanceData};
use crate::objects::int::new_int;
use crate::objects::str::{as_str, new_string, StrData};
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::objects::typeobj::{is_instance, type_data, type_of};
use crate::ops;
use crate::value::Value;
use crate::vm::{types, BuiltinTypes};

pub fn install(t: &BuiltinTypes) {
    let be = &t.base_exception;
    super::add_staticmethod(be, "__new__", exc_new);
    super::add_method(be, "__init__", exc_init);
    super::add_method(be, "__str__", exc_str);
    super::add_method(be, "__repr__", exc_repr);
    super::add_method(be, "with_traceback", exc_with_traceback);
    super::add_method(be, "add_note", exc_add_note);
    super::add_method(&t.syntax_error, "__str__", syntax_error_str);
    super::add_method(&t.attribute_error, "__init__", attribute_error_init);
    super::add_method(&t.name_error, "__init__", name_error_init);
    super::add_method(&t.import_error, "__init__", import_error_init);
    super::add_staticmethod(&t.os_error, "__new__", os_error_new);
    super::add_method(&t.os_error, "__init__", os_error_init);
    super::add_method(&t.os_error, "__str__", os_error_str);
    super::add_method(&t.unicode_encode_error, "__str__", unicode_error_str);
    super::add_method(&t.unicode_decode_error, "__str__", unicode_error_str);
    super::add_method(
        &t.unicode_translate_error,
        "__str__",
        unicode_translate_error_str,
    );
}

/// `str(UnicodeTranslateError(object, start, end, reason))`.
fn unicode_translate_error_str(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let e = &args[0];
    let a = exc_state(e).map(|st| st.args.get());
    let items = a.as_ref().and_then(as_tuple).unwrap_or(&[]);
    let [object, start, end, reason] = items else {
        return exc_str(args, kw);
    };
    let int = |v: &Value| crate::objects::int::to_i64(v).unwrap_or(0).max(0) as usize;
    let (start, end) = (int(start), int(end));
    let reason = ops::str_of(reason)?;
    let bad = crate::objects::str::as_str_data(object)
        .filter(|s| start < s.char_len())
        .map(|s| s.code_point_at(start));
    let msg = match bad {
        Some(c) if end == start + 1 => format!(
            "can't translate character '{}' in position {}: {}",
            crate::types::codecs::backslash_escape(c),
            start,
            reason
        ),
        _ => format!(
            "can't translate characters in position {}-{}: {}",
            start,
            end as isize - 1,
            reason
        ),
    };
    Ok(new_string(msg))
}

/// The five arguments of `UnicodeEncodeError`/`UnicodeDecodeError(encoding, object,
/// start, end, reason)`, which are also their attributes.
const UNICODE_ERROR_FIELDS: [&str; 5] = ["encoding", "object", "start", "end", "reason"];

/// `str(UnicodeEncodeError)` and `str(UnicodeDecodeError)`: the codec's message, from the
/// five arguments.
fn unicode_error_str(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let e = &args[0];
    let a = exc_state(e).map(|st| st.args.get());
    let items = a.as_ref().and_then(as_tuple).unwrap_or(&[]);
    let [encoding, object, start, end, reason] = items else {
        return exc_str(args, kw);
    };
    let int = |v: &Value| crate::objects::int::to_i64(v).unwrap_or(0).max(0) as usize;
    let (start, end) = (int(start), int(end));
    let (encoding, reason) = (ops::str_of(encoding)?, ops::str_of(reason)?);
    let msg = if is_instance(e, &types().unicode_encode_error) {
        let bad = crate::objects::str::as_str_data(object)
            .filter(|s| start < s.char_len())
            .map(|s| s.code_point_at(start));
        crate::types::codecs::encode_error_message(&encoding, bad, start, end, &reason)
    } else {
        let bad = crate::objects::bytes::bytes_like(object).and_then(|b| b.get(start).copied());
        crate::types::codecs::decode_error_message(&encoding, bad, start, end, &reason)
    };
    Ok(new_string(msg))
}

/// The OSError subclass CPython picks for an errno (`OSError(2, ...)` is a
/// FileNotFoundError).
fn os_error_subclass(errno: i64) -> Option<Value> {
    let t = types();
    Some(
        match errno {
            2 => &t.file_not_found_error,
            17 => &t.file_exists_error,
            1 | 13 => &t.permission_error,
            21 => &t.is_a_directory_error,
            20 => &t.not_a_directory_error,
            110 => &t.timeout_error,
            4 => &t.interrupted_error,
            11 | 114 | 115 => &t.blocking_io_error,
            10 => &t.child_process_error,
            3 => &t.process_lookup_error,
            32 | 108 => &t.broken_pipe_error,
            103 => &t.connection_aborted_error,
            111 => &t.connection_refused_error,
            104 => &t.connection_reset_error,
            _ => return None,
        }
        .clone(),
    )
}

/// `str(SyntaxError)`: "msg (file, line N)" when the location is known.
fn syntax_error_str(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let e = &args[0];
    let msg = match exception_attr(e, "msg")? {
        Some(m) if !m.is_none() => ops::str_of(&m)?,
        _ => return exc_str(args, kw),
    };
    let file = dict_attr(e, "filename").filter(|f| !f.is_none());
    let line = dict_attr(e, "lineno").and_then(|l| crate::objects::int::to_i64(&l));
    let file = file.and_then(|f| {
        as_str(&f).map(|s| {
            std::path::Path::new(s)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| s.to_string())
        })
    });
    Ok(new_string(match (file, line) {
        (Some(f), Some(l)) => format!("{} ({}, line {})", msg, f, l),
        (Some(f), None) => format!("{} ({})", msg, f),
        (None, Some(l)) => format!("{} (line {})", msg, l),
        (None, None) => msg,
    }))
}

/// `OSError.__new__`: picks the subclass for the errno (`OSError(2, ...)` is a
/// FileNotFoundError) and parses the arguments, unless the class overrides `__init__`
/// without `__new__` (then `OSError.__init__` parses them, as CPython's
/// `oserror_use_init` decides).
fn os_error_new(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut cls = args[0].clone();
    let nargs = args.len() - 1;
    if cls.is(&types().os_error) && (2..=5).contains(&nargs) {
        if let Some(sub) = crate::objects::int::to_i64(&args[1]).and_then(os_error_subclass) {
            cls = sub;
        }
    }
    let e = new_instance(&cls);
    if let Some(st) = exc_state(&e) {
        st.args.set(new_tuple(args[1..].to_vec()));
    }
    if !os_error_uses_init(&cls) {
        os_error_parse(&e, &args[1..]);
    }
    Ok(e)
}

/// True when `cls` defines an `__init__` other than OSError's.
fn os_error_uses_init(cls: &Value) -> bool {
    let name = StrData::intern_static("__init__");
    let own = type_data(&types().os_error).dict().get_str(&name);
    match (type_data(cls).lookup(&name), own) {
        (Some(a), Some(b)) => !a.is(&b),
        _ => false,
    }
}

/// `OSError.__init__`: parses the arguments when `__new__` left them to it.
fn os_error_init(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let e = &args[0];
    if os_error_uses_init(type_of(e)) {
        if let Some(st) = exc_state(e) {
            st.args.set(new_tuple(args[1..].to_vec()));
        }
        os_error_parse(e, &args[1..]);
    }
    Ok(Value::NONE)
}

/// Stores `errno`, `strerror`, `filename` and `filename2` from `OSError(errno, strerror
/// [, filename [, winerror [, filename2]]])`; with a filename, `args` keeps only the
/// first two (CPython's compatibility rule).
fn os_error_parse(e: &Value, items: &[Value]) {
    let Some(inst) = e.downcast::<InstanceData>() else {
        return;
    };
    if !(2..=5).contains(&items.len()) {
        return;
    }
    let s = StrData::intern_static;
    inst.set_attr(&s("errno"), items[0].clone());
    inst.set_attr(&s("strerror"), items[1].clone());
    let Some(filename) = items.get(2).filter(|f| !f.is_none()) else {
        return;
    };
    if is_instance(e, &types().blocking_io_error) && ops::as_num(filename).is_some() {
        inst.set_attr(&s("characters_written"), filename.clone());
        return;
    }
    inst.set_attr(&s("filename"), filename.clone());
    if let Some(f2) = items.get(4).filter(|f| !f.is_none()) {
        inst.set_attr(&s("filename2"), f2.clone());
    }
    if let Some(st) = exc_state(e) {
        st.args.set(new_tuple(items[..2].to_vec()));
    }
}

/// The C library's message for `errno` ("No such file or directory").
pub fn strerror(errno: i32) -> String {
    let s = std::io::Error::from_raw_os_error(errno).to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// The OSError a failed system call raises: the subclass for `errno`, its message from
/// the C library, and the file names involved.
#[cold]
pub fn os_error_from_errno(errno: i32, filename: Option<Value>, filename2: Option<Value>) -> PyErr {
    let mut args = vec![
        types().os_error.clone(),
        new_int(errno as i64),
        new_string(strerror(errno)),
    ];
    if filename.is_some() || filename2.is_some() {
        args.push(filename.unwrap_or(Value::NONE));
    }
    if let Some(f2) = filename2 {
        args.push(Value::NONE);
        args.push(f2);
    }
    match os_error_new(&args, &[]) {
        Ok(e) => PyErr::from_exc(e),
        Err(e) => e,
    }
}

fn os_error_str(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let e = &args[0];
    let attr = |n| dict_attr(e, n).filter(|f| !f.is_none());
    let (errno, strerror) = (attr("errno"), attr("strerror"));
    if let Some(f) = attr("filename") {
        let errno = ops::str_of(&errno.unwrap_or(Value::NONE))?;
        let strerror = ops::str_of(&strerror.unwrap_or(Value::NONE))?;
        return Ok(new_string(match attr("filename2") {
            Some(f2) => format!(
                "[Errno {}] {}: {} -> {}",
                errno,
                strerror,
                ops::repr(&f)?,
                ops::repr(&f2)?
            ),
            None => format!("[Errno {}] {}: {}", errno, strerror, ops::repr(&f)?),
        }));
    }
    if let (Some(errno), Some(strerror)) = (errno, strerror) {
        return Ok(new_string(format!(
            "[Errno {}] {}",
            ops::str_of(&errno)?,
            ops::str_of(&strerror)?
        )));
    }
    exc_str(args, kw)
}

fn exc_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = super::new_target(args, &types().base_exception)?;
    let e = new_instance(cls);
    if let Some(st) = exc_state(&e) {
        st.args
            .set(new_tuple(args[1..args.len() - kw.len()].to_vec()));
    }
    Ok(e)
}

fn exc_init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() takes no keyword arguments",
            type_data(type_of(&args[0])).name()
        )));
    }
    if let Some(st) = exc_state(&args[0]) {
        st.args.set(new_tuple(args[1..].to_vec()));
    }
    Ok(Value::NONE)
}

/// `__init__` of an exception whose keyword-only arguments `fields` become attributes
/// (`AttributeError(msg, name=..., obj=...)`), with CPython's error for any other.
fn init_with_fields(args: &[Value], kw: &[Value], what: &str, fields: &[&str]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    let mut found = Vec::new();
    for (k, v) in kw.iter().zip(&args[npos..]) {
        let k = as_str(k).unwrap_or("");
        if !fields.contains(&k) {
            return Err(PyErr::type_error(format!(
                "'{k}' is an invalid keyword argument for {what}()"
            )));
        }
        found.push((k, v.clone()));
    }
    exc_init(&args[..npos], &[])?;
    if let Some(inst) = args[0].downcast::<InstanceData>() {
        for (k, v) in found {
            inst.set_attr(&StrData::intern(k), v);
        }
    }
    Ok(Value::NONE)
}

fn attribute_error_init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    init_with_fields(args, kw, "AttributeError", &["name", "obj"])
}

fn name_error_init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    init_with_fields(args, kw, "NameError", &["name"])
}

fn import_error_init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    init_with_fields(args, kw, "ImportError", &["name", "path"])
}

fn exc_str(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(st) = exc_state(&args[0]) else {
        return ops::str_value(&args[0]);
    };
    let a = st.args.get();
    let items = as_tuple(&a).unwrap_or(&[]);
    Ok(match items.len() {
        0 => StrData::intern_static(""),
        1 if is_instance(&args[0], &types().key_error) => ops::repr_value(&items[0])?,
        1 => ops::str_value(&items[0])?,
        _ => ops::repr_value(&a)?,
    })
}

fn exc_repr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(st) = exc_state(&args[0]) else {
        return ops::repr_value(&args[0]);
    };
    let a = st.args.get();
    let items = as_tuple(&a).unwrap_or(&[]);
    let name = type_data(type_of(&args[0])).name().to_string();
    let inner = if items.len() == 1 {
        ops::repr(&items[0])?
    } else {
        let r = ops::repr(&a)?;
        r[1..r.len() - 1].to_string()
    };
    Ok(new_string(format!("{}({})", name, inner)))
}

fn exc_with_traceback(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    set_traceback(&args[0], &args[1])?;
    Ok(args[0].clone())
}

/// `exc.add_note(note)`: appends to `__notes__`, which tracebacks print after the
/// message line.
fn exc_add_note(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::types::args::Args::new(args, kw).arity("add_note", 2, 2)?;
    if as_str(&args[1]).is_none() {
        return Err(PyErr::type_error(format!(
            "note must be a str, not '{}'",
            crate::objects::typeobj::type_name(&args[1])
        )));
    }
    let Some(inst) = args[0].downcast::<InstanceData>() else {
        return Ok(Value::NONE);
    };
    let key = StrData::intern_static("__notes__");
    let notes = match inst.get_attr(&key) {
        Some(n) => n,
        None => {
            let l = crate::objects::list::new_list(Vec::new());
            inst.set_attr(&key, l.clone());
            l
        }
    };
    match notes.downcast::<crate::objects::list::ListData>() {
        Some(l) => l.push(args[1].clone()),
        None => {
            return Err(PyErr::type_error(
                "Cannot add note: __notes__ is not a list",
            ))
        }
    }
    Ok(Value::NONE)
}

fn set_traceback(exc: &Value, tb: &Value) -> PyResult<()> {
    let Some(st) = exc_state(exc) else {
        return Ok(());
    };
    if tb.is_none() {
        st.traceback.borrow_mut().clear();
        return Ok(());
    }
    match tb.downcast::<TracebackData>() {
        Some(t) => {
            *st.traceback.borrow_mut() = t.entries.clone();
            Ok(())
        }
        None => Err(PyErr::type_error(
            "__traceback__ must be a traceback or None",
        )),
    }
}

fn dict_attr(obj: &Value, name: &str) -> Option<Value> {
    obj.downcast::<InstanceData>()
        .and_then(|i| i.get_attr(&StrData::intern(name)))
}

/// Computed attributes of exceptions; None for other names.
pub fn exception_attr(obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(st) = exc_state(obj) else {
        return Ok(None);
    };
    let t = types();
    let args = st.args.get();
    let items = as_tuple(&args).unwrap_or(&[]).to_vec();
    let first = || items.first().cloned().unwrap_or(Value::NONE);
    Ok(Some(match name {
        "args" => args.clone(),
        "__traceback__" => crate::interp::traceback_object(obj),
        "__cause__" => st.cause.get(),
        "__context__" => st.context.get(),
        "__suppress_context__" => Value::bool(st.suppress_context.get()),
        "__notes__" => return Ok(dict_attr(obj, name)),
        "value" if is_instance(obj, &t.stop_iteration) => first(),
        "code" if is_instance(obj, &t.system_exit) => match items.len() {
            0 => Value::NONE,
            1 => first(),
            _ => args.clone(),
        },
        f if UNICODE_ERROR_FIELDS.contains(&f)
            && items.len() == 5
            && (is_instance(obj, &t.unicode_encode_error)
                || is_instance(obj, &t.unicode_decode_error)) =>
        {
            let i = UNICODE_ERROR_FIELDS
                .iter()
                .position(|&n| n == f)
                .unwrap_or(0);
            items[i].clone()
        }
        f if UNICODE_ERROR_FIELDS.contains(&f)
            && items.len() == 4
            && is_instance(obj, &t.unicode_translate_error) =>
        {
            match f {
                "object" => items[0].clone(),
                "start" => items[1].clone(),
                "end" => items[2].clone(),
                "reason" => items[3].clone(),
                _ => Value::NONE,
            }
        }
        "errno" | "strerror" | "filename" | "filename2" if is_instance(obj, &t.os_error) => {
            dict_attr(obj, name).unwrap_or(Value::NONE)
        }
        "characters_written" if is_instance(obj, &t.blocking_io_error) => {
            match dict_attr(obj, name) {
                Some(v) => v,
                None => return Err(PyErr::attribute_error("characters_written")),
            }
        }
        "name"
            if is_instance(obj, &t.name_error)
                || is_instance(obj, &t.attribute_error)
                || is_instance(obj, &t.import_error) =>
        {
            dict_attr(obj, name).unwrap_or(Value::NONE)
        }
        "obj" if is_instance(obj, &t.attribute_error) => {
            dict_attr(obj, name).unwrap_or(Value::NONE)
        }
        "path" if is_instance(obj, &t.import_error) => dict_attr(obj, name).unwrap_or(Value::NONE),
        "msg" if is_instance(obj, &t.import_error) || is_instance(obj, &t.syntax_error) => {
            dict_attr(obj, name).unwrap_or_else(first)
        }
        "filename" | "lineno" | "offset" | "text" | "end_lineno" | "end_offset"
            if is_instance(obj, &t.syntax_error) =>
        {
            dict_attr(obj, name).unwrap_or(Value::NONE)
        }
        _ => return Ok(None),
    }))
}

/// Stores the chaining attributes of exceptions; None when `name` is not one of them.
pub fn exception_setattr(obj: &Value, name: &str, value: &Value) -> Option<PyResult<()>> {
    let st = exc_state(obj)?;
    Some(match name {
        "args" => ops::collect(value).map(|v| st.args.set(new_tuple(v))),
        "__cause__" => {
            st.cause.set(value.clone());
            st.suppress_context.set(true);
            Ok(())
        }
        "__context__" => {
            st.context.set(value.clone());
            Ok(())
        }
        "__suppress_context__" => ops::is_true(value).map(|b| st.suppress_context.set(b)),
        "__traceback__" => set_traceback(obj, value),
        _ => return None,
    })
}

/// Attributes of traceback and frame objects.
pub fn traceback_attr(obj: &Value, name: &str) -> Option<Value> {
    if let Some(tb) = obj.downcast::<TracebackData>() {
        // Entries are innermost first; this object stands for the outermost one.
        let last = tb.entries.last()?;
        return Some(match name {
            "tb_lineno" => new_int(last.line as i64),
            "tb_next" if !tb.next.get().is_unbound() => tb.next.get(),
            "tb_next" => {
                if tb.entries.len() <= 1 {
                    Value::NONE
                } else {
                    let rest: Vec<TbEntry> = tb.entries[..tb.entries.len() - 1].to_vec();
                    crate::objects::exception::new_traceback(&types().traceback, rest)
                }
            }
            "tb_frame" => alloc(
                &types().frame,
                FrameData {
                    lasti: last.pc as i64,
                    ..FrameData::bare(last.code.clone(), last.line, last.globals.clone())
                },
            ),
            "tb_lasti" => new_int(2 * last.pc as i64),
            _ => return None,
        });
    }
    crate::interp::frames::frame_attr(obj.downcast::<FrameData>()?, name)
}

/// The text CPython prints for an exception's message line: `Type: str(exc)`.
pub fn exception_line(exc: &Value) -> String {
    let ty = type_of(exc);
    let td = type_data(ty);
    let module = td
        .dict()
        .get_str(&StrData::intern_static("__module__"))
        .and_then(|m| as_str(&m).map(str::to_string));
    let name = match module.as_deref() {
        Some("builtins") | Some("__main__") | None => td.qualname().to_string(),
        Some(m) => format!("{}.{}", m, td.qualname()),
    };
    // Standard error shows lone surrogates with `backslashreplace`.
    let msg = match ops::str_value(exc) {
        Ok(s) => crate::objects::str::as_str_data(&s)
            .map(crate::types::codecs::stderr_text)
            .unwrap_or_default(),
        Err(_) => "<exception str() failed>".to_string(),
    };
    if msg.is_empty() {
        name
    } else {
        format!("{}: {}", name, msg)
    }
}
