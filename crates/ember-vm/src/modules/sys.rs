//! The `sys` module.

use crate::error::{PyErr, PyResult};
use crate::objects::dict::DictData;
use crate::objects::int::new_int;
use crate::objects::list::new_list;
use crate::objects::module::{new_module, ModuleData};
use crate::objects::native::{new_native, Binding, NativeFn};
use crate::objects::str::{new_str, StrData};
use crate::objects::tuple::new_tuple;
use crate::types::args::Args;
use crate::value::Value;
use crate::vm::{types, with_thread};
use std::cell::RefCell;

thread_local! {
    static SYS: RefCell<Option<Value>> = const { RefCell::new(None) };
    static MODULES: RefCell<Option<Value>> = const { RefCell::new(None) };
}

pub const VERSION: &str = "3.11.7 (ember 0.1.0)";

/// `sys.modules`.
pub fn modules_dict() -> Value {
    MODULES.with(|m| {
        m.borrow_mut()
            .get_or_insert_with(DictData::new_value)
            .clone()
    })
}

/// The `sys` module object.
pub fn sys_module() -> Value {
    SYS.with(|s| s.borrow().clone())
        .expect("sys is created at start-up")
}

fn set(m: &ModuleData, name: &str, v: Value) {
    m.dict().set_str(&StrData::intern(name), v);
}

fn func(m: &ModuleData, name: &'static str, f: NativeFn) {
    set(m, name, new_native(name, f, Binding::Function, Value::NONE));
}

/// Creates `sys` with `argv` and registers it in `sys.modules`.
/// `sys.flags`: the command line's settings, as CPython 3.11 lists them.
pub fn set_flags(optimize: u8) {
    let names = [
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
    ];
    let env_set = |k: &str| std::env::var_os(k).is_some_and(|v| !v.is_empty());
    let hash_randomization = std::env::var("PYTHONHASHSEED").map_or(true, |s| s != "0");
    let values: Vec<Value> = names
        .iter()
        .map(|&n| match n {
            "optimize" => new_int(optimize as i64),
            "dont_write_bytecode" => new_int(env_set("PYTHONDONTWRITEBYTECODE") as i64),
            "hash_randomization" => new_int(hash_randomization as i64),
            "dev_mode" | "safe_path" => Value::FALSE,
            "int_max_str_digits" => new_int(-1),
            _ => new_int(0),
        })
        .collect();
    let ty = crate::modules::structseq::new_structseq_type("sys", "flags", &names);
    let sys = crate::modules::sys_modules()
        .downcast::<crate::objects::dict::DictData>()
        .and_then(|d| d.get_str(&crate::objects::str::StrData::intern_static("sys")));
    if let Some(m) = sys.as_ref().and_then(|s| s.downcast::<ModuleData>()) {
        set(
            m,
            "flags",
            crate::modules::structseq::new_structseq(&ty, values),
        );
    }
}

pub fn init(argv: &[String]) -> Value {
    let sys = new_module("sys");
    let m = sys.downcast::<ModuleData>().expect("module");
    set(
        m,
        "argv",
        new_list(argv.iter().map(|a| new_str(a)).collect()),
    );
    set(
        m,
        "orig_argv",
        new_list(argv.iter().map(|a| new_str(a)).collect()),
    );
    set(m, "version", new_str(VERSION));
    let vi = crate::modules::structseq::new_structseq_type(
        "sys",
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
    );
    set(
        m,
        "version_info",
        crate::modules::structseq::new_structseq(
            &vi,
            vec![
                new_int(3),
                new_int(11),
                new_int(7),
                new_str("final"),
                new_int(0),
            ],
        ),
    );
    set(m, "hexversion", new_int(0x030b07f0));
    set(m, "maxsize", new_int(i64::MAX));
    set(m, "maxunicode", new_int(0x10ffff));
    set(
        m,
        "byteorder",
        new_str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    set(m, "platform", new_str("linux"));
    set(
        m,
        "executable",
        new_str(
            &std::env::current_exe()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
        ),
    );
    set(m, "path", new_list(Vec::new()));
    set(m, "modules", modules_dict());
    set(m, "stdout", crate::modules::stdio::new_stream(1));
    set(m, "stderr", crate::modules::stdio::new_stream(2));
    set(m, "stdin", crate::modules::stdio::new_stream(0));
    set(m, "__stdout__", crate::modules::stdio::new_stream(1));
    set(m, "__stderr__", crate::modules::stdio::new_stream(2));
    set(m, "dont_write_bytecode", Value::FALSE);
    let imp = new_module("implementation");
    let im = imp.downcast::<ModuleData>().expect("module");
    set(im, "name", new_str("ember"));
    set(im, "cache_tag", new_str("ember-311"));
    set(im, "hexversion", new_int(0x030b07f0));
    // The platform triple names the `_sysconfigdata` module sysconfig imports.
    set(
        im,
        "_multiarch",
        new_str(&format!(
            "{}-{}-gnu",
            std::env::consts::ARCH,
            std::env::consts::OS
        )),
    );
    set(
        im,
        "version",
        new_tuple(vec![
            new_int(0),
            new_int(1),
            new_int(0),
            new_str("alpha"),
            new_int(0),
        ]),
    );
    set(m, "implementation", imp);
    func(m, "exit", sys_exit);
    func(m, "displayhook", sys_displayhook);
    func(m, "getrefcount", sys_getrefcount);
    let hook = m.dict().get_str(&StrData::intern_static("displayhook"));
    set(m, "__displayhook__", hook.unwrap_or(Value::NONE));
    func(m, "getrecursionlimit", sys_getrecursionlimit);
    func(m, "setrecursionlimit", sys_setrecursionlimit);
    func(m, "exc_info", sys_exc_info);
    func(m, "exception", sys_exception);
    func(m, "intern", sys_intern);
    func(m, "getsizeof", sys_getsizeof);
    func(m, "set_int_max_str_digits", sys_set_int_max_str_digits);
    func(m, "get_int_max_str_digits", sys_get_int_max_str_digits);
    func(m, "getdefaultencoding", sys_getdefaultencoding);
    func(m, "getfilesystemencoding", sys_getdefaultencoding);
    func(
        m,
        "getfilesystemencodeerrors",
        sys_getfilesystemencodeerrors,
    );
    func(m, "_getframe", sys_getframe);
    func(m, "excepthook", sys_excepthook);
    func(m, "unraisablehook", sys_unraisablehook);
    func(m, "breakpointhook", sys_breakpointhook);
    for (name, hook) in [
        ("__excepthook__", "excepthook"),
        ("__unraisablehook__", "unraisablehook"),
        ("__breakpointhook__", "breakpointhook"),
    ] {
        let h = m.dict().get_str(&StrData::intern(hook));
        set(m, name, h.unwrap_or(Value::NONE));
    }
    func(m, "settrace", sys_settrace);
    func(m, "setprofile", sys_setprofile);
    func(m, "gettrace", sys_gettrace);
    func(m, "getprofile", sys_getprofile);
    func(m, "getswitchinterval", sys_getswitchinterval);
    func(m, "setswitchinterval", sys_setswitchinterval);
    func(m, "is_finalizing", sys_false);
    func(m, "audit", sys_none);
    func(m, "addaudithook", sys_none);
    func(m, "_clear_type_cache", sys_none);
    func(m, "call_tracing", sys_call_tracing);
    func(m, "get_asyncgen_hooks", sys_get_asyncgen_hooks);
    func(m, "set_asyncgen_hooks", sys_set_asyncgen_hooks);
    func(m, "get_coroutine_origin_tracking_depth", sys_zero);
    func(m, "set_coroutine_origin_tracking_depth", sys_none);
    func(m, "getallocatedblocks", sys_zero);
    func(m, "getdlopenflags", sys_getdlopenflags);
    set(m, "__stdin__", crate::modules::stdio::new_stream(0));
    set(
        m,
        "_stdlib_dir",
        crate::import::paths::stdlib_dir()
            .map(|d| new_str(&d.display().to_string()))
            .unwrap_or(Value::NONE),
    );
    let exe = m.dict().get_str(&StrData::intern_static("executable"));
    set(m, "_base_executable", exe.unwrap_or(Value::NONE));
    let md = modules_dict();
    let mdd = md.downcast::<DictData>().expect("dict");
    mdd.set_str(&StrData::intern_static("sys"), sys.clone());
    SYS.with(|s| *s.borrow_mut() = Some(sys.clone()));
    sys
}

/// Sets `sys.path` and the prefixes (`prefix`, `exec_prefix` and their `base_` twins).
pub fn set_paths(path: &[String], (prefix, exec_prefix): (String, String)) {
    let sys = sys_module();
    let m = sys.downcast::<ModuleData>().expect("module");
    set(
        m,
        "path",
        new_list(path.iter().map(|p| new_str(p)).collect()),
    );
    set(m, "prefix", new_str(&prefix));
    set(m, "base_prefix", new_str(&prefix));
    set(m, "exec_prefix", new_str(&exec_prefix));
    set(m, "base_exec_prefix", new_str(&exec_prefix));
    set(m, "platlibdir", new_str("lib"));
    set(m, "pycache_prefix", Value::NONE);
    set(
        m,
        "builtin_module_names",
        new_tuple(
            crate::modules::native_module_names()
                .chain(["builtins", "sys"])
                .map(new_str)
                .collect(),
        ),
    );
}

fn sys_getfilesystemencodeerrors(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("getfilesystemencodeerrors", 0, 0)?;
    Ok(new_str("surrogateescape"))
}

/// `sys._getframe(depth=0)`.
fn sys_getframe(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("_getframe", 0, 1)?;
    let depth = match a.get(0, "depth") {
        Some(d) => match crate::ops::index_opt(d)? {
            Some(i) => crate::objects::int::to_i64(&i).unwrap_or(i64::MAX),
            None => {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    crate::objects::typeobj::type_name(d)
                )))
            }
        },
        None => 0,
    };
    crate::interp::frames::get_frame(depth.max(0) as usize)
}

/// `sys.excepthook(type, value, traceback)`: prints the exception as the interpreter
/// does for an uncaught one.
fn sys_excepthook(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("excepthook", 3, 3)?;
    crate::modules::stdio::flush_stdout();
    let text = if args[1].is_none() {
        format!("{}\n", crate::objects::typeobj::type_data(&args[0]).name())
    } else {
        crate::run::format_exception(&args[1])
    };
    crate::modules::stdio::write_fd(2, &text);
    Ok(Value::NONE)
}

/// Reports an exception nobody can catch (a failing `atexit` callback, a fork hook):
/// "`msg`: repr(obj)" and the traceback on stderr, as CPython's default
/// `sys.unraisablehook` writes it.
pub fn write_unraisable(e: &crate::error::PyErr, msg: &str, obj: &Value) {
    let r = crate::ops::repr(obj).unwrap_or_else(|_| "<object repr() failed>".into());
    let text = format!("{}: {}\n{}", msg, r, crate::run::format_exception(&e.exc));
    crate::modules::stdio::flush_stdout();
    crate::modules::stdio::write_fd(2, &text);
}

/// `sys.unraisablehook(unraisable)`: "Exception ignored in: ..." and the traceback.
fn sys_unraisablehook(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("unraisablehook", 1, 1)?;
    let u = &args[0];
    let get = |n: &'static str| {
        crate::ops::getattr_opt(u, &StrData::intern_static(n))
            .ok()
            .flatten()
            .unwrap_or(Value::NONE)
    };
    let mut text = String::new();
    let obj = get("object");
    let msg = get("err_msg");
    let head = crate::objects::str::as_str(&msg)
        .unwrap_or("Exception ignored in")
        .to_string();
    if obj.is_none() {
        text.push_str(&format!("{}:\n", head));
    } else {
        let r = crate::ops::repr(&obj).unwrap_or_else(|_| "<object repr() failed>".into());
        text.push_str(&format!("{}: {}\n", head, r));
    }
    let exc = get("exc_value");
    if !exc.is_none() {
        text.push_str(&crate::run::format_exception(&exc));
    }
    crate::modules::stdio::flush_stdout();
    crate::modules::stdio::write_fd(2, &text);
    Ok(Value::NONE)
}

fn sys_breakpointhook(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    // pdb needs a terminal and tracing; Ember has neither yet.
    Ok(Value::NONE)
}

thread_local! {
    static TRACE: RefCell<(Value, Value)> = const { RefCell::new((Value::NONE, Value::NONE)) };
    static ASYNCGEN_HOOKS: RefCell<(Value, Value)> =
        const { RefCell::new((Value::NONE, Value::NONE)) };
    static SWITCH_INTERVAL: std::cell::Cell<f64> = const { std::cell::Cell::new(0.005) };
}

/// `sys.settrace(f)`: kept (and returned by `gettrace`); Ember does not call it yet.
fn sys_settrace(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("settrace", 1, 1)?;
    TRACE.with(|t| t.borrow_mut().0 = args[0].clone());
    Ok(Value::NONE)
}

fn sys_setprofile(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("setprofile", 1, 1)?;
    TRACE.with(|t| t.borrow_mut().1 = args[0].clone());
    Ok(Value::NONE)
}

fn sys_gettrace(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(TRACE.with(|t| t.borrow().0.clone()))
}

fn sys_getprofile(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(TRACE.with(|t| t.borrow().1.clone()))
}

fn sys_getswitchinterval(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(crate::objects::float::new_float(
        SWITCH_INTERVAL.with(|s| s.get()),
    ))
}

fn sys_setswitchinterval(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("setswitchinterval", 1, 1)?;
    let v = crate::types::float::to_f64(&args[0])?;
    if v <= 0.0 {
        return Err(PyErr::value_error(
            "switch interval must be strictly positive",
        ));
    }
    SWITCH_INTERVAL.with(|s| s.set(v));
    Ok(Value::NONE)
}

fn sys_false(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::FALSE)
}

fn sys_none(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn sys_zero(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_int(0))
}

fn sys_getdlopenflags(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_int(libc::RTLD_NOW as i64))
}

/// `sys.call_tracing(func, args)`.
fn sys_call_tracing(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("call_tracing", 2, 2)?;
    let a = crate::ops::collect(&args[1])?;
    crate::ops::call(&args[0], &a, &[])
}

fn sys_get_asyncgen_hooks(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (first, fin) = ASYNCGEN_HOOKS.with(|h| h.borrow().clone());
    Ok(new_tuple(vec![first, fin]))
}

fn sys_set_asyncgen_hooks(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("set_asyncgen_hooks", 0, 2)?;
    ASYNCGEN_HOOKS.with(|h| {
        let mut h = h.borrow_mut();
        if let Some(v) = a.get(0, "firstiter") {
            h.0 = v.clone();
        }
        if let Some(v) = a.get(1, "finalizer") {
            h.1 = v.clone();
        }
    });
    Ok(Value::NONE)
}

/// `sys.displayhook(value)`: writes `repr(value)` and a newline to `sys.stdout` and keeps
/// the value in `builtins._`; None is not shown.
fn sys_displayhook(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("displayhook", 1, 1)?;
    let v = &args[0];
    if v.is_none() {
        return Ok(Value::NONE);
    }
    let builtins = crate::builtins::builtins_dict();
    let bd = builtins.downcast::<DictData>().expect("dict");
    let underscore = StrData::intern_static("_");
    bd.set_str(&underscore, Value::NONE);
    let text = crate::ops::repr_value(v)?;
    let out = m_attr("stdout")?;
    let write = crate::ops::getattr(&out, &StrData::intern_static("write"))?;
    crate::ops::call(&write, &[text], &[])?;
    crate::ops::call(&write, &[new_str("\n")], &[])?;
    bd.set_str(&underscore, v.clone());
    Ok(Value::NONE)
}

/// `sys.getrefcount(obj)`: the object's count, the argument's reference included (as
/// CPython counts it); immortal objects report CPython's immortal-ish large count.
fn sys_getrefcount(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("getrefcount", 1, 1)?;
    Ok(new_int(match args[0].header() {
        Some(h) => h.refcount() as i64,
        None => u32::MAX as i64,
    }))
}

/// `sys.<name>`, or RuntimeError "lost sys.<name>".
fn m_attr(name: &str) -> PyResult<Value> {
    sys_module()
        .downcast::<ModuleData>()
        .and_then(|m| m.dict().get_str(&StrData::intern(name)))
        .ok_or_else(|| PyErr::runtime_error(format!("lost sys.{name}")))
}

fn sys_exit(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("exit", 0, 1)?;
    Err(PyErr::with_args(&types().system_exit, args.to_vec()))
}

fn sys_getrecursionlimit(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_int(with_thread(|t| t.recursion_limit.get()) as i64))
}

fn sys_setrecursionlimit(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("setrecursionlimit", 1, 1)?;
    let n = crate::objects::int::to_i64(&args[0]).ok_or_else(|| {
        PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            crate::objects::typeobj::type_name(&args[0])
        ))
    })?;
    if n < 1 {
        return Err(PyErr::value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    with_thread(|t| t.recursion_limit.set(n as usize));
    Ok(Value::NONE)
}

fn sys_exc_info(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let h = with_thread(|t| t.handled.get());
    if h.is_none() || h.is_unbound() {
        return Ok(new_tuple(vec![Value::NONE, Value::NONE, Value::NONE]));
    }
    let ty = crate::objects::typeobj::type_of(&h).clone();
    let tb = crate::interp::traceback_object(&h);
    Ok(new_tuple(vec![ty, h, tb]))
}

fn sys_exception(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let h = with_thread(|t| t.handled.get());
    Ok(if h.is_unbound() { Value::NONE } else { h })
}

fn sys_intern(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match crate::objects::str::as_str(&args[0]) {
        Some(s) => Ok(StrData::intern(s)),
        None => Err(PyErr::type_error("intern() argument must be str")),
    }
}

fn sys_getsizeof(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_int(64))
}

fn sys_set_int_max_str_digits(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let v = a.get(0, "maxdigits").cloned().unwrap_or(Value::NONE);
    let n = crate::objects::int::to_i64(&v).unwrap_or(-1);
    crate::format::set_int_max_str_digits(n).map_err(|e| e.into_pyerr())?;
    Ok(Value::NONE)
}

fn sys_get_int_max_str_digits(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_int(crate::format::int_max_str_digits() as i64))
}

fn sys_getdefaultencoding(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_str("utf-8"))
}
