//! The benchmark programs stay honest: every program of `bench/suite/` passes its own
//! check under CPython (`bench/run.py --check --quick`, one loop each, a few seconds).

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

#[test]
fn every_benchmark_passes_under_cpython() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut child = Command::new("python3")
        .args(["bench/run.py", "--check", "--quick"])
        .current_dir(&root)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("python3 runs");
    let status = common::wait_with_timeout(&mut child, Duration::from_secs(300))
        .expect("bench/run.py --check finished within five minutes");
    let out = child.wait_with_output().expect("output");
    assert_eq!(
        common::status_number(status),
        0,
        "bench/run.py --check failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
