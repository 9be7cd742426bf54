//! Entry points for running programs: start-up, running source as `__main__`, and
//! reporting an uncaught exception (traceback in CPython's format, `SystemExit`
//! handling) as the process exit status.

use crate::error::{PyErr, PyResult};
use crate::objects::code::new_code;
use crate::objects::exception::exc_state;
use crate::objects::instance::InstanceData;
use crate::objects::module::{new_module, ModuleData};
use crate::objects::str::{as_str, new_str, StrData};
use crate::objects::typeobj::is_instance;
use crate::ops;
use crate::value::Value;
use crate::vm::types;
use ember_compiler::{CompileError, CompileErrorKind, Mode};
use std::collections::HashMap;
use std::rc::Rc;

/// Start-up options that change compilation or behaviour.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// `-O` level: 1 removes asserts and sets `__debug__` to False; 2 (`-OO`) also
    /// drops docstrings.
    pub optimize: u8,
    /// What `sys.path[0]` is: the script's path (its directory is used), or None for
    /// `-c`/stdin (the empty string); `-m` sets `module_mode` instead.
    pub script: Option<String>,
    /// Started with `-m`: `sys.path[0]` is the current directory.
    pub module_mode: bool,
    /// `-B` or `PYTHONDONTWRITEBYTECODE`: compiled modules are not cached on disk.
    pub dont_write_bytecode: bool,
    /// `-S`: `site` is not imported at start-up.
    pub no_site: bool,
    /// `-X stats` or `EMBER_STATS`: execution statistics printed to stderr at exit.
    pub stats: bool,
}

/// The `-O` level the interpreter runs at.
pub fn optimize_level() -> u8 {
    OPTIONS.with(|o| o.borrow().optimize)
}

thread_local! {
    static OPTIONS: std::cell::RefCell<Options> = std::cell::RefCell::new(Options::default());
}

/// Creates the built-in types, `sys` (with `argv`) and `builtins`.
pub fn init(argv: &[String], options: Options) {
    if options.stats || std::env::var_os("EMBER_STATS").is_some_and(|v| !v.is_empty() && v != "0") {
        crate::interp::stats::enable();
    }
    crate::vm::init();
    crate::interp::signals::install();
    let sys = crate::modules::sys::init(argv);
    if let Some(m) = sys.downcast::<ModuleData>() {
        crate::modules::sys_info::install(m, options.optimize, options.no_site);
    }
    crate::builtins::init();
    crate::modules::sys::set_flags(options.optimize);
    if options.optimize > 0 {
        let d = crate::builtins::builtins_dict();
        if let Some(dd) = d.downcast::<crate::objects::dict::DictData>() {
            dd.set_str(&StrData::intern_static("__debug__"), Value::FALSE);
        }
    }
    OPTIONS.with(|o| *o.borrow_mut() = options.clone());
    init_import_system(&options);
    if !options.no_site {
        import_site();
    }
}

/// `import site`, as CPython does at start-up: site-packages on `sys.path`, `.pth`
/// files, the `exit`/`quit`/`help` builtins. A failure is fatal, as in CPython.
fn import_site() {
    if let Err(e) = crate::import::find_and_load("site") {
        crate::modules::stdio::flush_stdout();
        eprint!("{}", format_exception(&e.exc));
        eprintln!("Fatal Python error: init_import_site: Failed to import the site module");
        std::process::exit(1);
    }
}

/// `sys.path`, `sys.prefix` and the import machinery. Without a standard library Ember
/// cannot run real programs: it says what to install and exits.
fn init_import_system(options: &Options) {
    use crate::import::paths;
    if paths::stdlib_dir().is_none() {
        eprintln!("{}", paths::stdlib_missing_message());
        std::process::exit(1);
    }
    let main = match (&options.script, options.module_mode) {
        (_, true) => paths::MainPath::Module,
        (Some(s), false) => paths::MainPath::Script(s),
        (None, false) => paths::MainPath::Empty,
    };
    let entries = paths::initial_sys_path(main);
    crate::modules::sys::set_paths(&entries, paths::prefixes());
    let no_cache = options.dont_write_bytecode
        || std::env::var_os("PYTHONDONTWRITEBYTECODE").is_some_and(|v| !v.is_empty());
    let sys = crate::modules::sys::sys_module();
    let _ = ops::setattr(
        &sys,
        &StrData::intern_static("dont_write_bytecode"),
        Value::bool(no_cache),
    );
    if let Err(e) = crate::import::bootstrap::init() {
        eprint!("{}", format_exception(&e.exc));
        std::process::exit(1);
    }
}

/// Compiles source, turning a compile error into a `SyntaxError` exception.
pub fn compile(source: &str, filename: &str, mode: Mode) -> PyResult<Value> {
    compile_optimized(source, filename, mode, None)
}

/// `compile` at optimisation level `optimize` (None: the interpreter's, from `-O`).
pub fn compile_optimized(
    source: &str,
    filename: &str,
    mode: Mode,
    optimize: Option<u8>,
) -> PyResult<Value> {
    let optimize = optimize.unwrap_or_else(|| OPTIONS.with(|o| o.borrow().optimize));
    match ember_compiler::compile_with_flags(source, filename, mode, optimize) {
        Ok(code) => Ok(new_code(Rc::new(code))),
        Err(e) => Err(syntax_error(&e)),
    }
}

/// A `SyntaxError` (or subclass) instance from a compile error.
pub fn syntax_error(e: &CompileError) -> PyErr {
    let t = types();
    let ty = match e.kind {
        CompileErrorKind::SyntaxError => &t.syntax_error,
        CompileErrorKind::IndentationError => &t.indentation_error,
        CompileErrorKind::TabError => &t.tab_error,
    };
    let text = e.text.as_deref().map(new_str).unwrap_or(Value::NONE);
    let details = crate::objects::tuple::new_tuple(vec![
        new_str(&e.filename),
        crate::objects::int::new_int(e.line as i64),
        crate::objects::int::new_int(e.col as i64),
        text.clone(),
        crate::objects::int::new_int(e.end_line as i64),
        crate::objects::int::new_int(e.end_col as i64),
    ]);
    let err = PyErr::with_args(ty, vec![new_str(&e.msg), details]);
    if let Some(inst) = err.exc.downcast::<InstanceData>() {
        let set = |k: &'static str, v: Value| inst.set_attr(&StrData::intern_static(k), v);
        set("msg", new_str(&e.msg));
        set("filename", new_str(&e.filename));
        set("lineno", crate::objects::int::new_int(e.line as i64));
        set("offset", crate::objects::int::new_int(e.col as i64));
        set("text", text);
        set(
            "end_lineno",
            crate::objects::int::new_int(e.end_line as i64),
        );
        set("end_offset", crate::objects::int::new_int(e.end_col as i64));
    }
    err
}

/// The disassembly of `source` compiled as a module (`ember -X dis FILE`).
pub fn disassemble(source: &str, filename: &str) -> Result<String, String> {
    ember_compiler::compile(source, filename, Mode::Exec)
        .map(|c| c.disassemble())
        .map_err(|e| format!("{}: {}", filename, e.msg))
}

/// Creates `__main__` and registers it in `sys.modules`.
pub fn main_module(filename: Option<&str>) -> Value {
    let m = new_module("__main__");
    let md = m.downcast::<ModuleData>().expect("module");
    md.dict().set_str(
        &StrData::intern_static("__builtins__"),
        crate::builtins::builtins_module(),
    );
    // A script's loader is a SourceFileLoader; `-c` and stdin have BuiltinImporter.
    let loader = crate::import::bootstrap::get()
        .ok()
        .and_then(|b| match filename {
            Some(f) => ops::call(&b.source_loader, &[new_str("__main__"), new_str(f)], &[]).ok(),
            None => Some(b.builtin_importer.clone()),
        });
    if let Some(l) = loader {
        md.dict().set_str(&StrData::intern_static("__loader__"), l);
    }
    if let Some(f) = filename {
        md.dict()
            .set_str(&StrData::intern_static("__file__"), new_str(f));
    }
    let modules = crate::modules::sys_modules();
    modules
        .downcast::<crate::objects::dict::DictData>()
        .expect("dict")
        .set_str(&StrData::intern_static("__main__"), m.clone());
    m
}

/// Runs module `name` as `__main__` (`ember -m name`, runpy's `_run_module_as_main`):
/// a package runs its `__main__` submodule. Returns the process exit status.
pub fn run_module(name: &str) -> i32 {
    let status = match module_main(name) {
        Ok(()) => 0,
        Err(e) => handle_uncaught(&e),
    };
    finalize();
    status
}

/// The failure to find a `-m` module, reported as CPython reports it (no traceback).
fn no_module(msg: &str) -> ! {
    let exe = std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| "ember".into());
    eprintln!("{}: {}", exe, msg);
    crate::modules::stdio::flush_stdout();
    std::process::exit(1);
}

fn module_main(name: &str) -> PyResult<()> {
    let get = |v: &Value, a: &'static str| ops::getattr(v, &StrData::intern_static(a));
    if let Some((parent, _)) = name.rsplit_once('.') {
        if let Err(e) = crate::import::find_and_load(parent) {
            if !crate::import::is_not_found(&e) {
                return Err(e);
            }
        }
    }
    let mut mod_name = name.to_string();
    let Some(mut spec) = find_main_spec(&mod_name)? else {
        no_module(&format!("No module named {}", name));
    };
    if !get(&spec, "submodule_search_locations")?.is_none() {
        if name == "__main__" || name.ends_with(".__main__") {
            no_module("Cannot use package as __main__ module");
        }
        crate::import::find_and_load(name)?;
        mod_name = format!("{}.__main__", name);
        spec = match find_main_spec(&mod_name)? {
            Some(s) => s,
            None => no_module(&format!(
                "No module named {}; '{}' is a package and cannot be directly executed",
                mod_name, name
            )),
        };
    }
    let origin = get(&spec, "origin")?;
    let loader = get(&spec, "loader")?;
    let file = as_str(&origin).unwrap_or("").to_string();
    let m = main_module(Some(&file));
    let md = m.downcast::<ModuleData>().expect("module");
    let d = md.dict();
    let set = |k: &'static str, v: Value| d.set_str(&StrData::intern_static(k), v);
    set("__loader__", loader);
    set("__package__", get(&spec, "parent")?);
    set("__spec__", spec.clone());
    set("__cached__", get(&spec, "cached")?);
    let sys = crate::modules::sys::sys_module();
    if let Some(argv) = ops::getattr_opt(&sys, &StrData::intern_static("argv"))? {
        ops::setitem(&argv, &crate::objects::int::new_int(0), new_str(&file))?;
    }
    let code = crate::import::source::code_for(&file)?;
    crate::interp::run_code(&code, &md.dict, None).map(|_| ())
}

/// The spec of a module to run with `-m` (one with a file), or None.
fn find_main_spec(name: &str) -> PyResult<Option<Value>> {
    let parent_path = match name.rsplit_once('.') {
        Some((parent, _)) => match crate::import::loaded(parent) {
            Some(p) => ops::getattr_opt(&p, &StrData::intern_static("__path__"))?,
            None => return Ok(None),
        },
        None => None,
    };
    match crate::import::find_spec(name, parent_path.as_ref())? {
        Some(s) if !ops::getattr(&s, &StrData::intern_static("origin"))?.is_none() => Ok(Some(s)),
        _ => Ok(None),
    }
}

/// Runs `source` as the `__main__` module. Returns the process exit status, having
/// printed any uncaught exception.
pub fn run_main(source: &str, filename: &str, file_for_module: Option<&str>) -> i32 {
    let m = main_module(file_for_module);
    let globals = m.downcast::<ModuleData>().expect("module").dict.clone();
    let result = compile(source, filename, Mode::Exec)
        .and_then(|code| crate::interp::run_code(&code, &globals, None));
    let status = match result {
        Ok(_) => 0,
        Err(e) => handle_uncaught(&e),
    };
    finalize();
    status
}

/// What runs after the main program, as CPython's `Py_FinalizeEx`: the `atexit`
/// functions, then the flush of every open file and of standard output.
pub fn finalize() {
    crate::modules::atexit::run_exitfuncs();
    crate::modules::io::flush_all_at_exit();
    crate::modules::stdio::flush_stdout();
}

/// What the interpreter does when the program is over, whatever its outcome: the
/// statistics report when asked for.
pub fn finish() {
    crate::modules::stdio::flush_stdout();
    if crate::interp::stats::enabled() {
        crate::modules::stdio::write_fd(2, &crate::interp::stats::report());
    }
}

/// Prints an uncaught exception as CPython does and returns the exit status
/// (`SystemExit` gives its code).
pub fn handle_uncaught(e: &PyErr) -> i32 {
    crate::modules::stdio::flush_stdout();
    let t = types();
    if is_instance(&e.exc, &t.system_exit) {
        let code = crate::types::exception::exception_attr(&e.exc, "code")
            .ok()
            .flatten()
            .unwrap_or(Value::NONE);
        if code.is_none() {
            return 0;
        }
        if let Some(i) = crate::objects::int::to_i64(&code) {
            return i as i32;
        }
        let s = ops::str_of(&code).unwrap_or_default();
        eprintln!("{}", s);
        return 1;
    }
    eprint!("{}", format_exception(&e.exc));
    if is_instance(&e.exc, &t.keyboard_interrupt) {
        crate::interp::signals::die_by_sigint();
    }
    1
}

/// Reports an exception nobody can catch (raised while finalising `obj`), as CPython's
/// `PyErr_WriteUnraisable`: "Exception ignored in: <obj>" and the traceback, to stderr.
pub fn write_unraisable(e: &PyErr, obj: &Value) {
    let what = ops::repr(obj).unwrap_or_else(|_| "<object repr() failed>".to_string());
    // The default `sys.unraisablehook` prints the exception alone, without its chain.
    let mut text = format!("Exception ignored in: {what}\n");
    format_one(&e.exc, &mut text);
    crate::modules::stdio::flush_stdout();
    crate::modules::stdio::write_fd(2, &text);
}

/// The full report of an exception with its causes and contexts, as CPython prints it.
pub fn format_exception(exc: &Value) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    format_chain(exc, &mut out, &mut seen);
    out
}

fn format_chain(exc: &Value, out: &mut String, seen: &mut Vec<usize>) {
    seen.push(exc.id());
    if let Some(st) = exc_state(exc) {
        let cause = st.cause.get();
        let context = st.context.get();
        if !cause.is_none() && !seen.contains(&cause.id()) {
            format_chain(&cause, out, seen);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        } else if cause.is_none()
            && !context.is_none()
            && !st.suppress_context.get()
            && !seen.contains(&context.id())
        {
            format_chain(&context, out, seen);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
    }
    format_one(exc, out);
}

thread_local! {
    static SOURCES: std::cell::RefCell<HashMap<String, Option<Vec<String>>>> =
        std::cell::RefCell::new(HashMap::new());
}

/// The caret line CPython 3.11 prints under a traceback's source line, or None when the
/// failing expression spans the whole line (`traceback.c`, `tb_displayline`).
fn caret_line(raw: &str, pos: ember_bytecode::Position) -> Option<String> {
    if pos.line == 0 {
        return None;
    }
    let line = raw.trim_end();
    let char_at = |byte: usize| line.get(..byte.min(line.len())).map(|s| s.chars().count());
    let start = char_at(pos.col as usize)?;
    let mut end = char_at(pos.end_col as usize)?;
    let mut anchors = None;
    if pos.end_line == pos.line {
        if pos.end_col <= pos.col {
            return None;
        }
        let seg = line.get(pos.col as usize..(pos.end_col as usize).min(line.len()))?;
        if let Some((l, r)) = ember_compiler::caret_anchors(seg) {
            let to_chars = |b: usize| seg.get(..b.min(seg.len())).map_or(0, |s| s.chars().count());
            anchors = Some((start + to_chars(l), start + to_chars(r)));
        }
    } else {
        end = line.chars().count();
    }
    let indent = line.chars().count() - line.trim_start().chars().count();
    let stripped_len = line.chars().count() - indent;
    if end.saturating_sub(start) == stripped_len && anchors.is_none() {
        return None;
    }
    let (primary, secondary) = if anchors.is_some() {
        ('~', '^')
    } else {
        ('^', '^')
    };
    let mut out = String::from("    ");
    for i in indent..end {
        if i < start {
            out.push(' ');
        } else if anchors.is_some_and(|(l, r)| l <= i && i < r) {
            out.push(secondary);
        } else {
            out.push(primary);
        }
    }
    out.push('\n');
    Some(out)
}

/// Line `line` of file `filename`, unstripped, if the file can be read.
fn raw_source_line(filename: &str, line: u32) -> Option<String> {
    SOURCES.with(|s| {
        let mut s = s.borrow_mut();
        let lines = s.entry(filename.to_string()).or_insert_with(|| {
            std::fs::read_to_string(filename)
                .ok()
                .map(|t| t.lines().map(str::to_string).collect())
        });
        lines
            .as_ref()
            .and_then(|l| l.get(line.checked_sub(1)? as usize))
            .cloned()
    })
}

fn format_one(exc: &Value, out: &mut String) {
    if let Some(st) = exc_state(exc) {
        let tb = st.traceback.borrow();
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            for entry in tb.iter().rev() {
                let code = entry
                    .code
                    .downcast::<crate::objects::code::CodeData>()
                    .expect("code");
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    code.code.filename, entry.line, code.code.name
                ));
                if let Some(raw) = raw_source_line(&code.code.filename, entry.line) {
                    let src = raw.trim();
                    if !src.is_empty() {
                        out.push_str(&format!("    {}\n", src));
                        let pos = code.code.positions.get(entry.pc as usize).copied();
                        if let Some(carets) = pos.and_then(|p| caret_line(&raw, p)) {
                            out.push_str(&carets);
                        }
                    }
                }
            }
        }
    }
    if is_instance(exc, &types().syntax_error) {
        format_syntax_error(exc, out);
        let msg = crate::types::exception::exception_attr(exc, "msg")
            .ok()
            .flatten()
            .and_then(|m| ops::str_of(&m).ok())
            .unwrap_or_default();
        let name = crate::objects::typeobj::type_data(crate::objects::typeobj::type_of(exc))
            .name()
            .to_string();
        out.push_str(&format!("{}: {}\n", name, msg));
        return;
    }
    out.push_str(&crate::types::exception::exception_line(exc));
    if let Some(s) = suggestion(exc) {
        out.push_str(&format!(". Did you mean: '{}'?", s));
    }
    out.push('\n');
    let notes = crate::types::exception::exception_attr(exc, "__notes__")
        .ok()
        .flatten();
    if let Some(l) = notes
        .as_ref()
        .and_then(|n| n.downcast::<crate::objects::list::ListData>())
    {
        for note in l.to_vec() {
            out.push_str(&ops::str_of(&note).unwrap_or_default());
            out.push('\n');
        }
    }
}

/// CPython 3.11's "Did you mean" for NameError (names visible where it was raised) and
/// AttributeError (`dir()` of the object).
fn suggestion(exc: &Value) -> Option<String> {
    let t = types();
    let name_v = crate::types::exception::exception_attr(exc, "name").ok()??;
    let name = as_str(&name_v)?.to_string();
    if is_instance(exc, &t.name_error) {
        let st = exc_state(exc)?;
        let names = st.visible_names.borrow();
        let groups = names.as_ref()?;
        for g in groups.iter() {
            if let Some(s) = crate::suggestions::suggest(&name, g) {
                return Some(s.to_string());
            }
        }
        return None;
    }
    if is_instance(exc, &t.attribute_error) {
        let obj = crate::types::exception::exception_attr(exc, "obj").ok()??;
        let dir = crate::builtins::dir_of(&obj).ok()?;
        let items: Vec<String> = ops::collect(&dir)
            .ok()?
            .iter()
            .filter_map(|v| as_str(v).map(str::to_string))
            .collect();
        return crate::suggestions::suggest(&name, &items).map(str::to_string);
    }
    None
}

fn format_syntax_error(exc: &Value, out: &mut String) {
    let get = |n: &str| {
        crate::types::exception::exception_attr(exc, n)
            .ok()
            .flatten()
            .unwrap_or(Value::NONE)
    };
    let filename = get("filename");
    let lineno = get("lineno");
    let (Some(f), Some(l)) = (as_str(&filename), crate::objects::int::to_i64(&lineno)) else {
        return;
    };
    out.push_str(&format!("  File \"{}\", line {}\n", f, l));
    let text = get("text");
    if let Some(t) = as_str(&text) {
        let line = t.trim_end_matches('\n');
        let stripped = line.trim_start();
        let indent = line.chars().count() - stripped.chars().count();
        out.push_str(&format!("    {}\n", stripped));
        let offset = crate::objects::int::to_i64(&get("offset")).unwrap_or(0);
        let end = crate::objects::int::to_i64(&get("end_offset")).unwrap_or(0);
        if offset >= 1 {
            let start = (offset as usize).saturating_sub(1).saturating_sub(indent);
            let width =
                if end > offset && crate::objects::int::to_i64(&get("end_lineno")) == Some(l) {
                    (end - offset) as usize
                } else {
                    1
                };
            out.push_str(&format!("    {}{}\n", " ".repeat(start), "^".repeat(width)));
        }
    }
}
