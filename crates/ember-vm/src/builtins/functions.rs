//! Built-in functions about objects, attributes, printing and introspection:
//! print, len, repr, ascii, format, isinstance, issubclass, hasattr/getattr/setattr/
//! delattr, id, hash, callable, iter, next, globals, locals, vars, dir, input,
//! sorted, __build_class__, __import__.

use crate::error::{PyErr, PyResult};
use crate::object::Kind;
use crate::objects::dict::DictData;
use crate::objects::instance::InstanceData;
use crate::objects::int::new_int;
use crate::objects::iter::new_native_iter;
use crate::objects::list::new_list;
use crate::objects::str::{as_str, new_str, new_string, StrBuf, StrData};
use crate::objects::tuple::as_tuple;
use crate::objects::typeobj::{type_data, type_name, type_of, TypeData};
use crate::ops;
use crate::ops::CallableIter;
use crate::types::args::Args;
use crate::value::Value;
use crate::vm::types;

pub fn install(d: &DictData) {
    super::add(d, "print", builtin_print);
    super::add(d, "len", builtin_len);
    super::add(d, "repr", builtin_repr);
    super::add(d, "ascii", builtin_ascii);
    super::add(d, "format", builtin_format);
    super::add(d, "isinstance", builtin_isinstance);
    super::add(d, "issubclass", builtin_issubclass);
    super::add(d, "hasattr", builtin_hasattr);
    super::add(d, "getattr", builtin_getattr);
    super::add(d, "setattr", builtin_setattr);
    super::add(d, "delattr", builtin_delattr);
    super::add(d, "id", builtin_id);
    super::add(d, "hash", builtin_hash);
    super::add(d, "callable", builtin_callable);
    super::add(d, "iter", builtin_iter);
    super::add(d, "next", builtin_next);
    super::add(d, "globals", builtin_globals);
    super::add(d, "locals", builtin_locals);
    super::add(d, "vars", builtin_vars);
    super::add(d, "dir", builtin_dir);
    super::add(d, "input", builtin_input);
    super::add(d, "sorted", builtin_sorted);
    super::add(d, "__build_class__", crate::types::typeobj::build_class);
    super::add(d, "__import__", builtin_import);
    d.set_str(
        &StrData::intern_static("open"),
        crate::modules::io::open_function(),
    );
}

fn builtin_print(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    for k in a.kwnames {
        let n = as_str(k).unwrap_or("");
        if !["sep", "end", "file", "flush"].contains(&n) {
            return Err(PyErr::type_error(format!(
                "'{n}' is an invalid keyword argument for print()"
            )));
        }
    }
    let text_arg = |name: &str| -> PyResult<Option<&Value>> {
        match a.kw(name) {
            None => Ok(None),
            Some(v) if v.is_none() => Ok(None),
            Some(v) if as_str(v).is_some() => Ok(Some(v)),
            Some(v) => Err(PyErr::type_error(format!(
                "{} must be None or a string, not {}",
                name,
                type_name(v)
            ))),
        }
    };
    let sep = text_arg("sep")?;
    let end = text_arg("end")?;
    let file = match a.kw("file") {
        Some(f) if !f.is_none() => f.clone(),
        _ => ops::getattr(
            &crate::modules::sys::sys_module(),
            &StrData::intern_static("stdout"),
        )?,
    };
    let fd = crate::modules::stdio::is_std_stream(&file);
    if fd.is_none() {
        // Another file gets each piece in its own `write` call, as CPython does.
        let write = |piece: Value| ops::call_method(&file, "write", &[piece]).map(drop);
        let text_or = |v: Option<&Value>, default: &str| {
            v.cloned()
                .unwrap_or_else(|| crate::objects::str::new_str(default))
        };
        for (i, v) in a.pos.iter().enumerate() {
            if i > 0 {
                write(text_or(sep, " "))?;
            }
            write(ops::str_value(v)?)?;
        }
        write(text_or(end, "\n"))?;
    } else {
        let mut out = PrintLine {
            fd,
            text: StrBuf::new(),
        };
        for (i, v) in a.pos.iter().enumerate() {
            if i > 0 {
                out.push_arg(sep, " ")?;
            }
            match ops::str_text(v)? {
                ops::StrText::Object(o) => out.push_str(&o)?,
                ops::StrText::Text(t) => out.text.push_str(&t),
            }
        }
        out.push_arg(end, "\n")?;
        if let Some(fd) = out.fd {
            crate::modules::stdio::write_bytes(fd, out.text.as_bytes());
        }
    }
    if let Some(f) = a.kw("flush") {
        if ops::is_true(f)? {
            ops::call_method(&file, "flush", &[])?;
        }
    }
    Ok(Value::NONE)
}

/// The text `print` writes. To a standard stream, a piece holding lone surrogates is
/// written on its own after what precedes it, so that its encoding error leaves the
/// earlier pieces written, as CPython's piecewise writes do; `text` then never holds
/// surrogates.
struct PrintLine {
    fd: Option<i64>,
    text: StrBuf,
}

impl PrintLine {
    fn push_str(&mut self, v: &Value) -> PyResult<()> {
        let Some(s) = crate::objects::str::as_str_data(v) else {
            return Ok(());
        };
        match self.fd {
            Some(fd) if s.has_surrogates() => {
                crate::modules::stdio::write_bytes(fd, self.text.as_bytes());
                self.text = StrBuf::new();
                crate::modules::stdio::write_str(fd, s)
            }
            _ => {
                self.text.push_data(s);
                Ok(())
            }
        }
    }
    fn push_arg(&mut self, v: Option<&Value>, default: &str) -> PyResult<()> {
        match v {
            Some(v) => self.push_str(v),
            None => {
                self.text.push_str(default);
                Ok(())
            }
        }
    }
}

fn builtin_len(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.no_kwargs("len")?;
    a.arity("len", 1, 1)?;
    Ok(new_int(ops::len(&args[0])? as i64))
}

fn builtin_repr(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("repr", 1, 1)?;
    ops::repr_value(&args[0])
}

fn builtin_ascii(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("ascii", 1, 1)?;
    Ok(new_string(ops::ascii_of(&args[0])?))
}

fn builtin_format(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("format", 1, 2)?;
    let spec = a
        .pos
        .get(1)
        .cloned()
        .unwrap_or_else(|| StrData::intern_static(""));
    if as_str(&spec).is_none() {
        return Err(PyErr::type_error(format!(
            "format() argument 2 must be str, not {}",
            type_name(&spec)
        )));
    }
    ops::format(&a.pos[0], &spec)
}

/// `type(cls).<hook>(cls, arg)` as a bool, when `cls`'s type defines `hook`.
fn check_hook(cls: &Value, hook: &'static str, arg: &Value) -> PyResult<Option<bool>> {
    match type_data(type_of(cls)).lookup(&StrData::intern_static(hook)) {
        Some(f) => {
            let r = ops::call_method_value(&f, cls, std::slice::from_ref(arg))?;
            ops::is_true(&r).map(Some)
        }
        None => Ok(None),
    }
}

/// `isinstance(obj, cls)` with tuples and `__instancecheck__`.
pub fn isinstance(obj: &Value, cls: &Value) -> PyResult<bool> {
    if type_of(obj).is(cls) {
        return Ok(true);
    }
    if let Some(items) = as_tuple(cls) {
        for c in items {
            if isinstance(obj, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if cls.kind() != Some(Kind::Type) {
        // An object that is not a class may answer through its type's `__instancecheck__`
        // (`int | str`, `list[int]`, typing's special forms).
        if let Some(r) = check_hook(cls, "__instancecheck__", obj)? {
            return Ok(r);
        }
        return Err(PyErr::type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        ));
    }
    let meta = type_of(cls);
    if !meta.is(&types().type_) {
        if let Some(f) = type_data(meta).lookup(&StrData::intern_static("__instancecheck__")) {
            if f.kind() == Some(Kind::Function) {
                let r = ops::call_method_value(&f, cls, std::slice::from_ref(obj))?;
                return ops::is_true(&r);
            }
        }
    }
    if crate::objects::typeobj::is_instance(obj, cls) {
        return Ok(true);
    }
    // An `__class__` that differs from the type (a proxy's) is consulted too; only a
    // class that defines one (or intercepts attribute reads) can have it.
    let key = StrData::intern_static("__class__");
    let td = type_data(type_of(obj));
    let may_differ = td.lookup(&key).is_some()
        || td.slot_flags() & crate::objects::typeobj::slot_flag::GETATTRIBUTE != 0;
    if obj.kind() == Some(Kind::Instance) && may_differ {
        if let Some(c) = ops::getattr_opt(obj, &key)? {
            if !c.is(type_of(obj)) && c.kind() == Some(Kind::Type) {
                return Ok(crate::objects::typeobj::is_subclass(&c, cls));
            }
        }
    }
    Ok(false)
}

/// `issubclass(cls, classinfo)`.
pub fn issubclass(c: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(items) = as_tuple(cls) {
        for x in items {
            if issubclass(c, x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if cls.kind() != Some(Kind::Type) {
        if let Some(r) = check_hook(cls, "__subclasscheck__", c)? {
            return Ok(r);
        }
    }
    if c.kind() != Some(Kind::Type) {
        return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    }
    if cls.kind() != Some(Kind::Type) {
        return Err(PyErr::type_error(
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        ));
    }
    let meta = type_of(cls);
    if !meta.is(&types().type_) {
        if let Some(f) = type_data(meta).lookup(&StrData::intern_static("__subclasscheck__")) {
            if f.kind() == Some(Kind::Function) {
                let r = ops::call_method_value(&f, cls, std::slice::from_ref(c))?;
                return ops::is_true(&r);
            }
        }
    }
    Ok(crate::objects::typeobj::is_subclass(c, cls))
}

fn builtin_isinstance(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("isinstance", 2, 2)?;
    Ok(Value::bool(isinstance(&args[0], &args[1])?))
}

fn builtin_issubclass(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("issubclass", 2, 2)?;
    Ok(Value::bool(issubclass(&args[0], &args[1])?))
}

fn attr_name<'a>(v: &'a Value, _f: &str) -> PyResult<&'a Value> {
    if as_str(v).is_none() {
        return Err(PyErr::type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(v)
        )));
    }
    Ok(v)
}

fn builtin_hasattr(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("hasattr", 2, 2)?;
    let n = attr_name(&args[1], "hasattr")?;
    Ok(Value::bool(ops::getattr_opt(&args[0], n)?.is_some()))
}

fn builtin_getattr(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("getattr", 2, 3)?;
    let n = attr_name(&a.pos[1], "getattr")?;
    match a.pos.get(2) {
        None => ops::getattr(&a.pos[0], n),
        Some(d) => Ok(ops::getattr_opt(&a.pos[0], n)?.unwrap_or_else(|| d.clone())),
    }
}

fn builtin_setattr(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("setattr", 3, 3)?;
    let n = attr_name(&args[1], "setattr")?;
    ops::setattr(&args[0], n, args[2].clone())?;
    Ok(Value::NONE)
}

fn builtin_delattr(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("delattr", 2, 2)?;
    let n = attr_name(&args[1], "delattr")?;
    ops::delattr(&args[0], n)?;
    Ok(Value::NONE)
}

fn builtin_id(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("id", 1, 1)?;
    Ok(new_int(args[0].id() as i64))
}

fn builtin_hash(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("hash", 1, 1)?;
    Ok(new_int(ops::hash(&args[0])?))
}

fn builtin_callable(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("callable", 1, 1)?;
    Ok(Value::bool(ops::callable(&args[0])))
}

fn builtin_iter(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.no_kwargs("iter")?;
    a.arity("iter", 1, 2)?;
    match a.pos.get(1) {
        None => ops::get_iter(&a.pos[0]),
        Some(sentinel) => {
            if !ops::callable(&a.pos[0]) {
                return Err(PyErr::type_error("iter(v, w): v must be callable"));
            }
            Ok(new_native_iter(
                &types().callable_iterator,
                Box::new(CallableIter {
                    func: a.pos[0].clone(),
                    sentinel: sentinel.clone(),
                    done: false,
                }),
            ))
        }
    }
}

fn builtin_next(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("next", 1, 2)?;
    let it = &a.pos[0];
    if !ops::is_iterator(it) {
        return Err(PyErr::type_error(format!(
            "'{}' object is not an iterator",
            type_name(it)
        )));
    }
    if it.kind() == Some(Kind::Generator) || it.kind() == Some(Kind::Instance) {
        // Keep StopIteration's value for generators and user iterators.
        let r = if it.kind() == Some(Kind::Generator) {
            match crate::interp::generator_resume(it, Value::NONE, None) {
                Ok(crate::interp::SendResult::Yielded(v)) => Ok(v),
                Ok(crate::interp::SendResult::Returned(v)) => {
                    Err(PyErr::stop_iteration(if v.is_none() {
                        None
                    } else {
                        Some(v)
                    }))
                }
                Err(e) => Err(e),
            }
        } else {
            ops::call_method(it, "__next__", &[])
        };
        return match r {
            Err(e) if e.matches(&types().stop_iteration) && a.pos.len() > 1 => Ok(a.pos[1].clone()),
            r => r,
        };
    }
    match ops::next(it)? {
        Some(v) => Ok(v),
        None => match a.pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr::stop_iteration(None)),
        },
    }
}

fn builtin_globals(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("globals", 0, 0)?;
    match crate::interp::current_frame() {
        Some(f) => Ok((*f.globals).clone()),
        None => Ok(DictData::new_value()),
    }
}

fn builtin_locals(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("locals", 0, 0)?;
    crate::interp::current_locals()
}

fn builtin_vars(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("vars", 0, 1)?;
    match a.pos.first() {
        None => crate::interp::current_locals(),
        Some(o) => match ops::getattr_opt(o, &StrData::intern_static("__dict__"))? {
            Some(d) => Ok(d),
            None => Err(PyErr::type_error(
                "vars() argument must have __dict__ attribute",
            )),
        },
    }
}

/// `dir(obj)`: sorted attribute names from the instance dict and the class MRO.
pub fn dir_of(obj: &Value) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    let mut add_keys = |d: &DictData| {
        for k in d.keys() {
            if let Some(s) = as_str(&k) {
                names.push(s.to_string());
            }
        }
    };
    if let Some(m) = obj.downcast::<crate::objects::module::ModuleData>() {
        // PEP 562: a module's own `__dir__` answers.
        if let Some(hook) = m.dict().get_str(&StrData::intern_static("__dir__")) {
            let listed = ops::collect(&ops::call(&hook, &[], &[])?)?;
            let l = new_list(listed);
            ops::call_method(&l, "sort", &[])?;
            return Ok(l);
        }
        add_keys(m.dict());
    } else if let Some(td) = obj.downcast::<TypeData>() {
        for t in td.mro() {
            add_keys(type_data(t).dict());
        }
    } else {
        for t in type_data(type_of(obj)).mro() {
            add_keys(type_data(t).dict());
        }
        let attrs = match obj.downcast::<InstanceData>() {
            Some(inst) => inst.attr_names(),
            None => crate::objects::subclass::attr_names(obj),
        };
        names.extend(attrs.iter().filter_map(|k| as_str(k).map(str::to_string)));
    }
    names.sort();
    names.dedup();
    Ok(new_list(names.iter().map(|n| new_str(n)).collect()))
}

fn builtin_dir(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("dir", 0, 1)?;
    match a.pos.first() {
        Some(o) => {
            if let Some(m) = ops::lookup_special(o, "__dir__") {
                if m.kind() == Some(Kind::Function) {
                    let r = ops::call_method_value(&m, o, &[])?;
                    let items = crate::types::list::sort_list_items(
                        ops::collect(&r)?,
                        &Value::NONE,
                        false,
                    )?;
                    return Ok(new_list(items));
                }
            }
            dir_of(o)
        }
        None => {
            let l = crate::interp::current_locals()?;
            let keys = l
                .downcast::<DictData>()
                .map(|d| d.keys())
                .unwrap_or_default();
            let items = crate::types::list::sort_list_items(keys, &Value::NONE, false)?;
            Ok(new_list(items))
        }
    }
}

fn builtin_input(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("input", 0, 1)?;
    if let Some(p) = a.pos.first() {
        let prompt = ops::str_value(p)?;
        if let Some(s) = crate::objects::str::as_str_data(&prompt) {
            crate::modules::stdio::write_str(1, s)?;
        }
    }
    crate::modules::stdio::flush_stdout();
    let mut line = String::new();
    let n = std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| PyErr::os_error(e.to_string()))?;
    if n == 0 {
        return Err(PyErr::new(&types().eof_error, "EOF when reading a line"));
    }
    if line.ends_with('\n') {
        line.pop();
        if line.ends_with('\r') {
            line.pop();
        }
    }
    Ok(new_string(line))
}

fn builtin_sorted(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    if a.pos.len() != 1 {
        return Err(PyErr::type_error(format!(
            "sorted expected 1 argument, got {}",
            a.pos.len()
        )));
    }
    for k in a.kwnames {
        let n = as_str(k).unwrap_or("");
        if n != "key" && n != "reverse" {
            return Err(PyErr::type_error(format!(
                "'{}' is an invalid keyword argument for sort()",
                n
            )));
        }
    }
    let items = ops::collect(&a.pos[0])?;
    let key = a.kw("key").cloned().unwrap_or(Value::NONE);
    let reverse = match a.kw("reverse") {
        Some(r) => ops::is_true(r)?,
        None => false,
    };
    Ok(new_list(crate::types::list::sort_list_items(
        items, &key, reverse,
    )?))
}

fn builtin_import(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let name = a.get(0, "name").ok_or_else(|| {
        PyErr::type_error("__import__() missing required argument 'name' (pos 1)")
    })?;
    let globals = a.get(1, "globals").cloned().unwrap_or(Value::NONE);
    let fromlist = a.get(3, "fromlist").cloned().unwrap_or(Value::NONE);
    let level = a.get(4, "level").cloned().unwrap_or_else(|| new_int(0));
    crate::modules::import_name(name, &globals, &fromlist, &level)
}
