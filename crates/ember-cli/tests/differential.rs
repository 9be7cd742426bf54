//! The differential corpus: runs every `tests/py/**/*.py` (except under folders named
//! `support`, which hold modules the cases import) with the `ember` binary and
//! compares what it prints with the `.out` that CPython 3.11 printed (recorded by
//! `tests/record.py`; see `tests/py/README.md`).
//!
//! A case runs exactly as the recorder ran it: cwd = the case's folder, argv = the case's
//! file name, stdin = `<name>.in` if present (else empty), `PYTHONHASHSEED` unset, 20 s
//! timeout. Its transcript is stdout (plus a newline if it did not end with one), then
//! `--- exit <status>` and, if stderr has a non-blank line, `--- <the last one>`.
//!
//! Cases listed in `tests/py/wishlist.txt` are run and reported but do not fail the test.
//! Every other case must pass. The summary line `differential: N passed, M failed` is
//! always printed (wishlist cases are counted separately). `EMBER_DIFF_FILTER=substring`
//! runs only the cases whose relative path contains the substring;
//! `EMBER_DIFF_SHOW_WISHLIST=1` also prints the diffs of failing wishlist cases.
//!
//! The report is written straight to the process's stderr, not through `eprintln!`, so
//! that it shows even when the test passes and libtest captures test output.

mod common;
use common::{status_number, wait_with_timeout};

use std::collections::BTreeSet;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::Duration;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/py");
const EMBER: &str = env!("CARGO_BIN_EXE_ember");
const TIMEOUT: Duration = Duration::from_secs(20);
const THREADS: usize = 2;
/// The first line of every `.out`; it is not part of the transcript.
const HEADER: &[u8] = b"# recorded from CPython 3.11 by tests/record.py; do not edit\n";
/// At most this many bytes of a child's stdout or stderr are kept (the rest is drained).
const OUTPUT_CAP: usize = 8 << 20;
/// At most this many failing cases get a diff in the report; the rest are only named.
const MAX_DIFFS: usize = 25;
/// At most this many diff lines per case.
const MAX_DIFF_LINES: usize = 30;

/// What became of one case.
enum Outcome {
    Pass,
    /// The transcript differs from the `.out`: expected and actual transcripts.
    Mismatch(Vec<u8>, Vec<u8>),
    /// Could not be run to completion: timeout, spawn failure, unreadable files.
    Broken(String),
}

/// One case of the corpus.
struct Case {
    /// Path relative to `tests/py`, with `/` separators (as in `wishlist.txt`).
    name: String,
    path: PathBuf,
}

#[test]
fn differential_corpus() {
    let root = Path::new(CORPUS)
        .canonicalize()
        .expect("tests/py exists beside the workspace root");
    let mut report = String::new();
    let mut problems = Vec::new();

    let (cases, outs) = find_cases(&root);
    for case in &cases {
        if !case.path.with_extension("out").is_file() {
            problems.push(format!(
                "{}: no .out (record it: python3 tests/record.py tests/py/{})",
                case.name, case.name
            ));
        }
    }
    for out in &outs {
        if !out.with_extension("py").is_file() {
            problems.push(format!("{}: .out without a .py", relative(&root, out)));
        }
    }
    let wishlist = read_wishlist(&root.join("wishlist.txt"));
    let known: BTreeSet<&str> = cases.iter().map(|c| c.name.as_str()).collect();
    for entry in &wishlist {
        if !known.contains(entry.as_str()) {
            problems.push(format!("wishlist.txt names {entry}, which is not a case"));
        }
    }

    let filter = std::env::var("EMBER_DIFF_FILTER").unwrap_or_default();
    let selected: Vec<&Case> = cases
        .iter()
        .filter(|c| c.name.contains(filter.as_str()))
        .filter(|c| c.path.with_extension("out").is_file())
        .collect();
    let outcomes = run_all(&selected);

    let mut passed = 0;
    let mut failed = Vec::new();
    let mut wish_passing = Vec::new();
    let mut wish_failing = Vec::new();
    for (case, outcome) in selected.iter().zip(outcomes) {
        let wished = wishlist.contains(&case.name);
        match (outcome, wished) {
            (Outcome::Pass, false) => passed += 1,
            (Outcome::Pass, true) => wish_passing.push(case.name.clone()),
            (outcome, true) => wish_failing.push((case.name.clone(), outcome)),
            (outcome, false) => failed.push((case.name.clone(), outcome)),
        }
    }

    if std::env::var_os("EMBER_DIFF_SHOW_WISHLIST").is_some() {
        describe_failures(&mut report, "WISH", &wish_failing);
    }
    describe_failures(&mut report, "FAIL", &failed);
    report.push_str(&format!(
        "wishlist: {} still failing, {} now passing",
        wish_failing.len(),
        wish_passing.len()
    ));
    if !wish_passing.is_empty() {
        report.push_str(" — remove them from wishlist.txt (python3 tests/wishlist.py does it): ");
        report.push_str(&wish_passing.join(" "));
    }
    report.push('\n');
    for problem in &problems {
        report.push_str(&format!("PROBLEM {problem}\n"));
    }
    let summary = format!("differential: {passed} passed, {} failed", failed.len());
    report.push_str(&summary);
    report.push('\n');
    emit(&report);

    assert!(
        failed.is_empty() && problems.is_empty(),
        "{summary}; {} corpus problems (see the report above)",
        problems.len()
    );
}

/// Appends a line (and a diff, for the first `MAX_DIFFS`) per failing case to `report`.
fn describe_failures(report: &mut String, tag: &str, failures: &[(String, Outcome)]) {
    for (shown, (name, outcome)) in failures.iter().enumerate() {
        if shown >= MAX_DIFFS {
            report.push_str(&format!("{tag} {name} (diff not shown)\n"));
            continue;
        }
        match outcome {
            Outcome::Mismatch(expected, actual) => {
                report.push_str(&format!("{tag} {name}\n"));
                report.push_str(&diff(expected, actual));
            }
            Outcome::Broken(why) => report.push_str(&format!("{tag} {name}: {why}\n")),
            Outcome::Pass => unreachable!("passing cases are not failures"),
        }
    }
}

/// Writes `text` to the real stderr, bypassing libtest's output capture.
fn emit(text: &str) {
    let stderr = std::io::stderr();
    let mut lock = stderr.lock();
    // Best effort: a report that cannot be written must not hide the verdict.
    let _ = lock.write_all(text.as_bytes());
    let _ = lock.flush();
}

/// Every case (`*.py`) and every `*.out` under `root`, sorted by path.
fn find_cases(root: &Path) -> (Vec<Case>, Vec<PathBuf>) {
    let mut files = Vec::new();
    walk(root, &mut files);
    files.sort();
    let mut cases = Vec::new();
    let mut outs = Vec::new();
    for path in files {
        match path.extension().and_then(|e| e.to_str()) {
            Some("py") => cases.push(Case {
                name: relative(root, &path),
                path,
            }),
            Some("out") => outs.push(path),
            _ => {}
        }
    }
    (cases, outs)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) {
    let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("a readable directory entry").path();
        if path.is_dir() {
            // Folders named `support` hold modules that cases import, not cases.
            if path.file_name().is_some_and(|n| n == "support") {
                continue;
            }
            walk(&path, files);
        } else {
            files.push(path);
        }
    }
}

fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// The case paths listed in `wishlist.txt` (blank lines and `#` comments skipped).
fn read_wishlist(path: &Path) -> BTreeSet<String> {
    let Ok(text) = fs::read_to_string(path) else {
        return BTreeSet::new();
    };
    text.lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Runs the cases on `THREADS` threads; outcomes in the order of `cases`.
fn run_all(cases: &[&Case]) -> Vec<Outcome> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Outcome>>> = Mutex::new((0..cases.len()).map(|_| None).collect());
    thread::scope(|scope| {
        for _ in 0..THREADS {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(case) = cases.get(i) else { break };
                let outcome = run_case(case);
                results.lock().expect("no worker panics holding the lock")[i] = Some(outcome);
            });
        }
    });
    results
        .into_inner()
        .expect("no worker panics holding the lock")
        .into_iter()
        .map(|o| o.expect("every case was run"))
        .collect()
}

fn run_case(case: &Case) -> Outcome {
    let expected = match fs::read(case.path.with_extension("out")) {
        Ok(bytes) => match bytes.strip_prefix(HEADER) {
            Some(rest) => rest.to_vec(),
            None => {
                return Outcome::Broken(
                    "the .out does not start with the recorder's header line".into(),
                )
            }
        },
        Err(e) => return Outcome::Broken(format!("reading the .out: {e}")),
    };
    let actual = match run_ember(&case.path) {
        Ok(transcript) => transcript,
        Err(why) => return Outcome::Broken(why),
    };
    if actual == expected {
        Outcome::Pass
    } else {
        Outcome::Mismatch(expected, actual)
    }
}

/// Runs `ember <name>.py` in the case's folder and returns its transcript.
fn run_ember(path: &Path) -> Result<Vec<u8>, String> {
    let dir = path.parent().expect("a case lives in a folder");
    let file_name = path.file_name().expect("a case has a file name");
    let stdin_path = path.with_extension("in");
    let stdin = if stdin_path.is_file() {
        let file = fs::File::open(&stdin_path).map_err(|e| format!("opening the .in: {e}"))?;
        Stdio::from(file)
    } else {
        Stdio::null()
    };
    let mut child = Command::new(EMBER)
        .arg(file_name)
        .current_dir(dir)
        .env_remove("PYTHONHASHSEED")
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start {EMBER}: {e}"))?;
    let stdout = drain(child.stdout.take().expect("stdout is piped"));
    let stderr = drain(child.stderr.take().expect("stderr is piped"));
    let status = wait_with_timeout(&mut child, TIMEOUT);
    let stdout = stdout.join().expect("the stdout reader does not panic");
    let stderr = stderr.join().expect("the stderr reader does not panic");
    match status {
        Some(status) => Ok(transcript(&stdout, &stderr, status)),
        None => Err(format!("timed out after {} s (killed)", TIMEOUT.as_secs())),
    }
}

/// Reads a pipe to its end on a thread, keeping at most `OUTPUT_CAP` bytes.
fn drain(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut kept = Vec::new();
        let mut buf = [0u8; 8192];
        loop {
            match pipe.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    let room = OUTPUT_CAP.saturating_sub(kept.len());
                    kept.extend_from_slice(&buf[..n.min(room)]);
                }
            }
        }
        kept
    })
}

/// The comparable transcript of one run; `transcript` in tests/record.py builds the same.
fn transcript(stdout: &[u8], stderr: &[u8], status: ExitStatus) -> Vec<u8> {
    let mut out = stdout.to_vec();
    if !out.is_empty() && !out.ends_with(b"\n") {
        out.push(b'\n');
    }
    out.extend_from_slice(format!("--- exit {}\n", status_number(status)).as_bytes());
    let last = stderr
        .split(|&b| b == b'\n')
        .map(<[u8]>::trim_ascii_end)
        .rfind(|line| !line.is_empty());
    if let Some(line) = last {
        out.extend_from_slice(b"--- ");
        out.extend_from_slice(line);
        out.push(b'\n');
    }
    out
}

/// A short unified-style line diff of two transcripts (`-` expected, `+` actual).
fn diff(expected: &[u8], actual: &[u8]) -> String {
    let expected = String::from_utf8_lossy(expected);
    let actual = String::from_utf8_lossy(actual);
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = actual.lines().collect();
    let mut lines = Vec::new();
    for op in line_diff(&a, &b) {
        match op {
            DiffOp::Same(line) => lines.push(format!("   {line}")),
            DiffOp::Expected(line) => lines.push(format!("  -{line}")),
            DiffOp::Actual(line) => lines.push(format!("  +{line}")),
        }
    }
    // Keep one line of context around each change, like a compact unified diff.
    let changed: Vec<bool> = lines.iter().map(|l| !l.starts_with("   ")).collect();
    let mut out = String::new();
    let mut shown = 0;
    let mut skipped = false;
    for (i, line) in lines.iter().enumerate() {
        let near = (i.saturating_sub(1)..=(i + 1).min(lines.len() - 1)).any(|j| changed[j]);
        if !near {
            skipped = true;
            continue;
        }
        if skipped {
            out.push_str("   ...\n");
            skipped = false;
        }
        if shown == MAX_DIFF_LINES {
            out.push_str("   ... (diff cut)\n");
            break;
        }
        out.push_str(line);
        out.push('\n');
        shown += 1;
    }
    out
}

enum DiffOp<'a> {
    Same(&'a str),
    Expected(&'a str),
    Actual(&'a str),
}

/// A longest-common-subsequence line diff; inputs are cut to 2000 lines each.
fn line_diff<'a>(a: &[&'a str], b: &[&'a str]) -> Vec<DiffOp<'a>> {
    let a = &a[..a.len().min(2000)];
    let b = &b[..b.len().min(2000)];
    let (n, m) = (a.len(), b.len());
    // lcs[i][j] = length of the LCS of a[i..] and b[j..].
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut ops = Vec::new();
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            ops.push(DiffOp::Same(a[i]));
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            ops.push(DiffOp::Expected(a[i]));
            i += 1;
        } else {
            ops.push(DiffOp::Actual(b[j]));
            j += 1;
        }
    }
    ops
}
