//! The `ember` command line, compared live with the real CPython 3.11 executable on the
//! same inputs: stdout, stderr (its last line, or all of it where the format matters),
//! and the exit status.
//!
//! Tests named in `CLI_WISHLIST` do not pass yet: they run, and their result is reported
//! on stderr ("still failing" / "now passing"), but they do not fail. Remove a name from
//! the list as soon as its test passes; a listed test that passes is reported so.
//!
//! CPython is found at test time through `python3 -c 'import sys;print(sys.executable)'`
//! (python3 on PATH may be a shim script). Every program runs in a fresh scratch folder,
//! with PYTHON* variables removed from the environment and a 20 s timeout.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;
use std::thread;
use std::time::Duration;

const EMBER: &str = env!("CARGO_BIN_EXE_ember");
const TIMEOUT: Duration = Duration::from_secs(20);

/// Tests that do not pass yet (see the module documentation).
const CLI_WISHLIST: &[&str] = &[];

/// Every test of this file, so that the wishlist cannot name a test that does not exist.
const TESTS: &[&str] = &[
    "bad_option_long",
    "bad_option_short",
    "c_exception_traceback",
    "c_missing_argument",
    "c_sets_argv",
    "exit_with_message",
    "exit_with_status",
    "file_in_subfolder_sets_argv",
    "file_sets_argv",
    "flush_on_exception",
    "flush_on_sys_exit",
    "help_prints_usage",
    "keyboard_interrupt",
    "match_pattern_syntax_error_format",
    "match_pattern_traceback",
    "missing_file",
    "optimize_levels",
    "module_missing",
    "module_package_main",
    "module_runs_as_main",
    "stats_deoptimise_on_monkeypatch",
    "stats_specialise_after_warmup",
    "print_to_stderr",
    "stdin_dash_sets_argv",
    "stdin_syntax_error",
    "stdin_without_args",
    "syntax_error_format",
    "system_exit_none",
    "traceback_chained_cause",
    "traceback_chained_context",
    "traceback_format",
    "uncaught_exception_status",
    "version_long",
    "version_short",
];

/// What one run of a program did.
#[derive(Debug)]
struct Run {
    stdout: String,
    stderr: String,
    /// Exit code, or -N when killed by signal N; `None` after a timeout.
    status: Option<i32>,
}

impl Run {
    fn last_stderr_line(&self) -> &str {
        self.stderr
            .lines()
            .map(str::trim_end)
            .rfind(|l| !l.is_empty())
            .unwrap_or("")
    }
    fn first_stderr_line(&self) -> &str {
        self.stderr.lines().next().unwrap_or("").trim_end()
    }
}

/// A fresh, empty scratch folder for one test, removed when dropped.
struct Scratch(PathBuf);

impl std::ops::Deref for Scratch {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn scratch() -> Scratch {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "ember-cli-test-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("the temp folder is writable");
    Scratch(dir)
}

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("the scratch folder is writable");
    }
    std::fs::write(path, text).expect("the scratch folder is writable");
}

/// The real CPython executable (python3 on PATH may be a shim).
fn python() -> &'static str {
    static PYTHON: OnceLock<String> = OnceLock::new();
    PYTHON.get_or_init(|| {
        let out = Command::new("python3")
            .args(["-c", "import sys;print(sys.executable)"])
            .output()
            .expect("python3 (CPython 3.11) is on PATH");
        String::from_utf8(out.stdout)
            .expect("a UTF-8 path")
            .trim()
            .to_owned()
    })
}

fn command(program: &str, args: &[&str], cwd: &Path) -> Command {
    let mut cmd = Command::new(program);
    cmd.args(args).current_dir(cwd);
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("PYTHON") {
            cmd.env_remove(key);
        }
    }
    cmd
}

/// Runs `program args` in `cwd` with `stdin` (empty if None) and collects what it did.
fn run(program: &str, args: &[&str], cwd: &Path, stdin: Option<&str>) -> Run {
    let mut child = command(program, args, cwd)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("starting {program}: {e}"));
    let mut input = child.stdin.take().expect("stdin is piped");
    let text = stdin.unwrap_or("").to_owned();
    let feeder = thread::spawn(move || {
        // The program may exit without reading its input; that is not an error here.
        let _ = input.write_all(text.as_bytes());
    });
    let out = read_all(child.stdout.take().expect("stdout is piped"));
    let err = read_all(child.stderr.take().expect("stderr is piped"));
    let status = wait(&mut child);
    let _ = feeder.join();
    Run {
        stdout: out.join().expect("reader thread"),
        stderr: err.join().expect("reader thread"),
        status,
    }
}

fn read_all(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<String> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

fn wait(child: &mut Child) -> Option<i32> {
    common::wait_with_timeout(child, TIMEOUT).map(common::status_number)
}

/// Runs the same command line with CPython and with ember, in the same scratch folder.
fn both(dir: &Path, args: &[&str], stdin: Option<&str>) -> (Run, Run) {
    (
        run(python(), args, dir, stdin),
        run(EMBER, args, dir, stdin),
    )
}

/// Collects the differences between CPython's and ember's runs.
#[derive(Default)]
struct Diffs(Vec<String>);

impl Diffs {
    fn same<T: PartialEq + std::fmt::Debug>(&mut self, what: &str, cpython: T, ember: T) {
        if cpython != ember {
            let (cpython, ember) = (short(format!("{cpython:?}")), short(format!("{ember:?}")));
            self.0
                .push(format!("{what}: CPython {cpython}, ember {ember}"));
        }
    }
    fn result(self) -> Result<(), String> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(self.0.join("\n"))
        }
    }
}

/// At most 200 characters of `text`, marking a cut.
fn short(text: String) -> String {
    match text.char_indices().nth(200) {
        Some((cut, _)) => format!("{}... ({} chars)", &text[..cut], text.chars().count()),
        None => text,
    }
}

/// Compares stdout, the last line of stderr and the exit status.
fn same_transcript(py: &Run, em: &Run) -> Result<(), String> {
    let mut d = Diffs::default();
    d.same("stdout", py.stdout.as_str(), em.stdout.as_str());
    d.same(
        "last stderr line",
        py.last_stderr_line(),
        em.last_stderr_line(),
    );
    d.same("exit status", py.status, em.status);
    d.result()
}

/// stderr without the caret lines (`    ~~^~~`) that CPython 3.11 adds under source lines.
fn without_carets(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|line| {
            let t = line.trim();
            t.is_empty() || !t.chars().all(|c| c == '^' || c == '~')
        })
        .collect()
}

/// Compares stdout, the whole of stderr (less caret lines) and the exit status.
fn same_full_stderr(py: &Run, em: &Run) -> Result<(), String> {
    let mut d = Diffs::default();
    d.same("stdout", py.stdout.as_str(), em.stdout.as_str());
    d.same(
        "stderr (caret lines removed)",
        without_carets(&py.stderr),
        without_carets(&em.stderr),
    );
    d.same("exit status", py.status, em.status);
    d.result()
}

/// Runs one test body and applies the wishlist (see the module documentation).
fn check(name: &str, body: impl FnOnce() -> Result<(), String>) {
    assert!(TESTS.contains(&name), "{name} is missing from TESTS");
    let wished = CLI_WISHLIST.contains(&name);
    match (body(), wished) {
        (Ok(()), false) => {}
        (Ok(()), true) => report(&format!(
            "cli wishlist: {name} now passing — remove it from CLI_WISHLIST in crates/ember-cli/tests/cli.rs\n"
        )),
        (Err(why), true) => report(&format!(
            "cli wishlist: {name} still failing: {}\n",
            why.lines().next().unwrap_or("")
        )),
        (Err(why), false) => panic!("{name}: ember differs from CPython:\n{why}"),
    }
}

/// Writes to the real stderr, bypassing libtest's capture, so the report always shows.
fn report(text: &str) {
    let stderr = std::io::stderr();
    let mut lock = stderr.lock();
    let _ = lock.write_all(text.as_bytes());
    let _ = lock.flush();
}

const ARGV_SCRIPT: &str = "import sys\nprint(sys.argv)\n";

#[test]
fn wishlist_names_existing_tests() {
    for name in CLI_WISHLIST {
        assert!(
            TESTS.contains(name),
            "CLI_WISHLIST names {name}, which is not a test"
        );
    }
}

#[test]
fn c_sets_argv() {
    check("c_sets_argv", || {
        let dir = scratch();
        let (py, em) = both(
            &dir,
            &["-c", "import sys; print(sys.argv)", "a", "-b", "--c"],
            None,
        );
        same_transcript(&py, &em)
    });
}

#[test]
fn c_missing_argument() {
    check("c_missing_argument", || {
        let dir = scratch();
        let (py, em) = both(&dir, &["-c"], None);
        let mut d = Diffs::default();
        d.same(
            "first stderr line",
            py.first_stderr_line(),
            em.first_stderr_line(),
        );
        d.same("exit status", py.status, em.status);
        d.result()
    });
}

#[test]
fn c_exception_traceback() {
    check("c_exception_traceback", || {
        let dir = scratch();
        let (py, em) = both(&dir, &["-c", "print('before')\n1/0"], None);
        same_full_stderr(&py, &em)
    });
}

#[test]
fn file_sets_argv() {
    check("file_sets_argv", || {
        let dir = scratch();
        write(&dir, "argv.py", ARGV_SCRIPT);
        let (py, em) = both(&dir, &["argv.py", "x", "--y", "-z", "two words"], None);
        same_transcript(&py, &em)
    });
}

#[test]
fn file_in_subfolder_sets_argv() {
    check("file_in_subfolder_sets_argv", || {
        let dir = scratch();
        write(&dir, "sub/dir/argv.py", ARGV_SCRIPT);
        let (py, em) = both(&dir, &["sub/dir/argv.py", "arg"], None);
        same_transcript(&py, &em)
    });
}

#[test]
fn stdin_dash_sets_argv() {
    check("stdin_dash_sets_argv", || {
        let dir = scratch();
        let (py, em) = both(&dir, &["-", "a", "b"], Some(ARGV_SCRIPT));
        same_transcript(&py, &em)
    });
}

#[test]
fn stdin_without_args() {
    check("stdin_without_args", || {
        let dir = scratch();
        let script = "import sys\nprint(sys.argv)\nfor i in range(3):\n    print(i * i)\n";
        let (py, em) = both(&dir, &[], Some(script));
        same_transcript(&py, &em)
    });
}

#[test]
fn stdin_syntax_error() {
    check("stdin_syntax_error", || {
        let dir = scratch();
        let (py, em) = both(&dir, &["-"], Some("print('x')\nx = (1,\n"));
        same_full_stderr(&py, &em)
    });
}

#[test]
fn version_short() {
    check("version_short", || {
        let dir = scratch();
        let (py, em) = both(&dir, &["-V"], None);
        same_transcript(&py, &em)
    });
}

#[test]
fn version_long() {
    check("version_long", || {
        let dir = scratch();
        let (py, em) = both(&dir, &["--version"], None);
        same_transcript(&py, &em)
    });
}

#[test]
fn help_prints_usage() {
    check("help_prints_usage", || {
        let dir = scratch();
        let (py, em) = both(&dir, &["-h"], None);
        let mut d = Diffs::default();
        d.same("exit status", py.status, em.status);
        d.same(
            "stdout starts with \"usage: \"",
            py.stdout.starts_with("usage: "),
            em.stdout.starts_with("usage: "),
        );
        d.result()
    });
}

#[test]
fn missing_file() {
    check("missing_file", || {
        let dir = scratch();
        let (py, em) = both(&dir, &["no_such_file.py"], None);
        // CPython's line starts with its own path; compare from "can't open file" on.
        let tail = |r: &Run| {
            let line = r.last_stderr_line();
            line.find("can't open file")
                .map(|i| line[i..].to_owned())
                .unwrap_or_else(|| format!("(no \"can't open file\" in {line:?})"))
        };
        let mut d = Diffs::default();
        d.same("stdout", py.stdout.as_str(), em.stdout.as_str());
        d.same("message", tail(&py), tail(&em));
        d.same("exit status", py.status, em.status);
        d.result()
    });
}

#[test]
fn bad_option_short() {
    check("bad_option_short", || {
        let dir = scratch();
        let (py, em) = both(&dir, &["-Q"], None);
        let mut d = Diffs::default();
        d.same(
            "first stderr line",
            py.first_stderr_line(),
            em.first_stderr_line(),
        );
        d.same("exit status", py.status, em.status);
        d.result()
    });
}

#[test]
fn bad_option_long() {
    check("bad_option_long", || {
        let dir = scratch();
        let (py, em) = both(&dir, &["--no-such-option"], None);
        let mut d = Diffs::default();
        d.same(
            "first stderr line",
            py.first_stderr_line(),
            em.first_stderr_line(),
        );
        d.same("exit status", py.status, em.status);
        d.result()
    });
}

#[test]
fn exit_with_message() {
    check("exit_with_message", || {
        let dir = scratch();
        write(
            &dir,
            "m.py",
            "import sys\nprint('out')\nsys.exit('msg: failed')\n",
        );
        let (py, em) = both(&dir, &["m.py"], None);
        let mut d = Diffs::default();
        d.same("stdout", py.stdout.as_str(), em.stdout.as_str());
        d.same("stderr", py.stderr.as_str(), em.stderr.as_str());
        d.same("exit status", py.status, em.status);
        d.result()
    });
}

#[test]
fn exit_with_status() {
    check("exit_with_status", || {
        let dir = scratch();
        write(&dir, "s.py", "import sys\nprint('three')\nsys.exit(3)\n");
        let (py, em) = both(&dir, &["s.py"], None);
        same_transcript(&py, &em)
    });
}

#[test]
fn system_exit_none() {
    check("system_exit_none", || {
        let dir = scratch();
        write(&dir, "n.py", "print('none')\nraise SystemExit(None)\n");
        let (py, em) = both(&dir, &["n.py"], None);
        same_full_stderr(&py, &em)
    });
}

#[test]
fn uncaught_exception_status() {
    check("uncaught_exception_status", || {
        let dir = scratch();
        write(&dir, "u.py", "print('start')\n{}['key']\n");
        let (py, em) = both(&dir, &["u.py"], None);
        same_transcript(&py, &em)
    });
}

#[test]
fn flush_on_exception() {
    check("flush_on_exception", || {
        let dir = scratch();
        // More than any stdio buffer, then a partial line, then an uncaught exception.
        let script = "for i in range(20000):\n    print(i)\nprint('partial', end='')\nraise ValueError('late')\n";
        write(&dir, "f.py", script);
        let (py, em) = both(&dir, &["f.py"], None);
        same_transcript(&py, &em)
    });
}

#[test]
fn flush_on_sys_exit() {
    check("flush_on_sys_exit", || {
        let dir = scratch();
        let script =
            "import sys\nfor i in range(5000):\n    print('line', i)\nprint('tail', end='')\nsys.exit(0)\n";
        write(&dir, "e.py", script);
        let (py, em) = both(&dir, &["e.py"], None);
        same_transcript(&py, &em)
    });
}

#[test]
fn print_to_stderr() {
    check("print_to_stderr", || {
        let dir = scratch();
        let script = "import sys\nprint('out')\nprint('err', 1, file=sys.stderr)\nsys.stderr.write('raw\\n')\nprint('out2')\n";
        write(&dir, "p.py", script);
        let (py, em) = both(&dir, &["p.py"], None);
        let mut d = Diffs::default();
        d.same("stdout", py.stdout.as_str(), em.stdout.as_str());
        d.same("stderr", py.stderr.as_str(), em.stderr.as_str());
        d.same("exit status", py.status, em.status);
        d.result()
    });
}

#[test]
fn traceback_format() {
    check("traceback_format", || {
        let dir = scratch();
        let script = "def outer(x):\n    return inner(x) + 1\n\ndef inner(x):\n    return 10 // x\n\nprint(outer(5))\nprint(outer(0))\n";
        write(&dir, "tb.py", script);
        let (py, em) = both(&dir, &["tb.py"], None);
        same_full_stderr(&py, &em)
    });
}

#[test]
fn traceback_chained_context() {
    check("traceback_chained_context", || {
        let dir = scratch();
        let script = "try:\n    [][0]\nexcept IndexError:\n    raise KeyError('while handling')\n";
        write(&dir, "ctx.py", script);
        let (py, em) = both(&dir, &["ctx.py"], None);
        same_full_stderr(&py, &em)
    });
}

#[test]
fn traceback_chained_cause() {
    check("traceback_chained_cause", || {
        let dir = scratch();
        let script = "def parse(s):\n    try:\n        return int(s)\n    except ValueError as e:\n        raise RuntimeError('bad input') from e\n\nparse('x')\n";
        write(&dir, "cause.py", script);
        let (py, em) = both(&dir, &["cause.py"], None);
        same_full_stderr(&py, &em)
    });
}

#[test]
fn syntax_error_format() {
    check("syntax_error_format", || {
        let dir = scratch();
        write(&dir, "bad.py", "print('never')\nif x == 1\n    pass\n");
        let (py, em) = both(&dir, &["bad.py"], None);
        same_full_stderr(&py, &em)
    });
}

#[test]
fn match_pattern_traceback() {
    check("match_pattern_traceback", || {
        let dir = scratch();
        let script = "class P:\n    __match_args__ = ('x',)\n\ndef where(p):\n    match [p]:\n        case [P(x,\n               y)]:\n            return x\n\nwhere(P())\n";
        write(&dir, "m.py", script);
        let (py, em) = both(&dir, &["m.py"], None);
        same_full_stderr(&py, &em)
    });
}

#[test]
fn match_pattern_syntax_error_format() {
    check("match_pattern_syntax_error_format", || {
        let dir = scratch();
        write(
            &dir,
            "bad.py",
            "match 1:\n    case [a,\n          (b, a)]:\n        pass\n",
        );
        let (py, em) = both(&dir, &["bad.py"], None);
        same_full_stderr(&py, &em)
    });
}

/// Starts `program script`, waits for it to print "ready", sends SIGINT, and collects the
/// result. SIGINT is reset to its default disposition first (`env --default-signal`),
/// because a test run from a background job inherits it ignored.
#[cfg(unix)]
fn run_interrupted(program: &str, script: &str, cwd: &Path) -> Run {
    let mut cmd = command("env", &["--default-signal=INT", program, script], cwd);
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starting env");
    let stdout = child.stdout.take().expect("stdout is piped");
    let (tx, rx) = std::sync::mpsc::channel();
    let reader = thread::spawn(move || {
        let mut lines = BufReader::new(stdout);
        let mut all = String::new();
        let mut line = String::new();
        while lines.read_line(&mut line).unwrap_or(0) > 0 {
            if line.trim_end() == "ready" {
                let _ = tx.send(());
            }
            all.push_str(&line);
            line.clear();
        }
        all
    });
    let err = read_all(child.stderr.take().expect("stderr is piped"));
    if rx.recv_timeout(TIMEOUT).is_ok() {
        let _ = Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status();
    }
    let status = wait(&mut child);
    Run {
        stdout: reader.join().expect("reader thread"),
        stderr: err.join().expect("reader thread"),
        status,
    }
}

#[cfg(unix)]
#[test]
fn keyboard_interrupt() {
    check("keyboard_interrupt", || {
        let dir = scratch();
        write(
            &dir,
            "loop.py",
            "print('ready', flush=True)\nn = 0\nwhile True:\n    n += 1\n",
        );
        let py = run_interrupted(python(), "loop.py", &dir);
        let em = run_interrupted(EMBER, "loop.py", &dir);
        same_transcript(&py, &em)
    });
}

/// A module for `-m`: prints how it was run.
const MODULE_SCRIPT: &str = "import sys\n\
print(__name__, __package__, __spec__.name, sys.argv[1:])\n\
print(sys.argv[0].endswith('.py'), __file__ == sys.argv[0], sys.path[0] != '')\n\
from . import helper\n\
print(helper.VALUE)\n";

#[test]
fn module_runs_as_main() {
    check("module_runs_as_main", || {
        let dir = scratch();
        write(&dir, "pkg/__init__.py", "print('init', __name__)\n");
        write(&dir, "pkg/helper.py", "VALUE = 'helper'\n");
        write(&dir, "pkg/tool.py", MODULE_SCRIPT);
        let (py, em) = both(&dir, &["-m", "pkg.tool", "a", "-b"], None);
        same_transcript(&py, &em)
    });
}

#[test]
fn module_package_main() {
    check("module_package_main", || {
        let dir = scratch();
        write(&dir, "pkg/__init__.py", "");
        write(&dir, "pkg/helper.py", "VALUE = 'helper'\n");
        write(&dir, "pkg/__main__.py", MODULE_SCRIPT);
        write(&dir, "nomain/__init__.py", "");
        let (py, em) = both(&dir, &["-m", "pkg", "x"], None);
        same_transcript(&py, &em)?;
        let (py, em) = both(&dir, &["-m", "nomain"], None);
        let tail = |r: &Run| {
            let line = r.last_stderr_line();
            line.find("No module").map(|i| line[i..].to_owned())
        };
        let mut d = Diffs::default();
        d.same("message", tail(&py), tail(&em));
        d.same("exit status", py.status, em.status);
        d.result()
    });
}

#[test]
fn module_missing() {
    check("module_missing", || {
        let dir = scratch();
        let (py, em) = both(&dir, &["-m", "no_such_module_here"], None);
        let tail = |r: &Run| {
            let line = r.last_stderr_line();
            line.find("No module").map(|i| line[i..].to_owned())
        };
        let mut d = Diffs::default();
        d.same("stdout", py.stdout.as_str(), em.stdout.as_str());
        d.same("message", tail(&py), tail(&em));
        d.same("exit status", py.status, em.status);
        d.result()
    });
}

/// The row of `family` in a `-X stats` report: executed, specialised, missed, deoptimised.
fn stats_row(report: &str, family: &str) -> Option<[u64; 4]> {
    let line = report
        .lines()
        .find(|l| l.split_whitespace().next() == Some(family))?;
    let nums: Vec<u64> = line
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    Some([nums[0], *nums.get(1)?, *nums.get(2)?, *nums.get(3)?])
}

const WARM_LOOP: &str = r#"
class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
t = 0
for i in range(500):
    p = P(i)
    t += p.get() + p.x
print(t)
"#;

#[test]
fn stats_specialise_after_warmup() {
    check("stats_specialise_after_warmup", || {
        let dir = scratch();
        write(&dir, "warm.py", WARM_LOOP);
        let em = run(EMBER, &["-S", "-X", "stats", "warm.py"], &dir, None);
        let mut d = Diffs::default();
        d.same("stdout", "249500\n", em.stdout.as_str());
        for family in ["LoadAttr", "StoreAttr", "LoadMethod"] {
            match stats_row(&em.stderr, family) {
                // Every execution after the first few is answered by the cache.
                Some([exec, spec, miss, _]) => {
                    d.same(&format!("{family} executed >= 500"), true, exec >= 500);
                    d.same(&format!("{family} specialised + missed"), exec, spec + miss);
                    d.same(&format!("{family} misses are few"), true, miss <= 12);
                }
                None => d.same(&format!("{family} row"), "present", "missing"),
            }
        }
        d.result()
    });
}

#[test]
fn stats_deoptimise_on_monkeypatch() {
    check("stats_deoptimise_on_monkeypatch", || {
        let dir = scratch();
        let prog = r#"
class P:
    def get(self):
        return 1
p = P()
t = 0
for i in range(300):
    if i == 150:
        P.get = lambda self: 2
    t += p.get()
print(t)
"#;
        write(&dir, "patch.py", prog);
        let em = run(EMBER, &["-S", "-X", "stats", "patch.py"], &dir, None);
        let mut d = Diffs::default();
        d.same(
            "stdout (the patched method is used at once)",
            "450\n",
            em.stdout.as_str(),
        );
        match stats_row(&em.stderr, "LoadMethod") {
            Some([_, _, _, deopt]) => d.same("LoadMethod deoptimised", true, deopt >= 1),
            None => d.same("LoadMethod row", "present", "missing"),
        }
        d.same(
            "reason",
            true,
            em.stderr.contains("type or type version changed"),
        );
        d.result()
    });
}

/// `-O` and `-OO`: asserts removed, `__debug__` False, docstrings dropped at level 2,
/// `sys.flags.optimize` counting the O's.
#[test]
fn optimize_levels() {
    check("optimize_levels", || {
        let dir = scratch();
        write(
            &dir,
            "opt.py",
            "import sys\n\
             def f():\n    \"doc\"\n\
             print(sys.flags.optimize, __debug__, f.__doc__)\n\
             assert False, 'kept'\n",
        );
        for args in [
            &["opt.py"][..],
            &["-O", "opt.py"],
            &["-OO", "opt.py"],
            &["-O", "-O", "opt.py"],
        ] {
            let (py, em) = both(&dir, args, None);
            same_transcript(&py, &em)?;
        }
        Ok(())
    });
}
