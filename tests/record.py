#!/usr/bin/env python3
"""Record the expected output of the differential corpus (tests/py) from CPython 3.11.

Usage:
    python3 tests/record.py [--check] [PATH ...]

Each PATH is a case (tests/py/<area>/<name>.py) or a folder of cases; the default is
every tests/py/**/*.py. A case is run with the real CPython executable the way the
Rust harness (crates/ember-cli/tests/differential.rs) runs `ember`:

    cwd   = the case's folder
    argv  = [<name>.py]              (the file name, relative to that cwd)
    stdin = <name>.in if it exists, else empty (/dev/null)

twice, with PYTHONHASHSEED=0 and PYTHONHASHSEED=1. When the two runs disagree the case
depends on hash randomisation: nothing is written and the recorder exits 1. Otherwise it
writes <name>.out:

    # recorded from CPython 3.11 by tests/record.py; do not edit
    <stdout verbatim, plus a newline if it did not end with one>
    --- exit <status>
    --- <last non-blank line of stderr, trailing whitespace removed>   (only if any)

A status is the process exit code, or -N when the process was killed by signal N.
With --check nothing is written: the recorder reports every .out that differs from
what CPython prints now (and exits 1 if any does).
"""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HEADER = b"# recorded from CPython 3.11 by tests/record.py; do not edit\n"
CORPUS = Path(__file__).resolve().parent / "py"
TIMEOUT_SECONDS = 30


def transcript(stdout: bytes, stderr: bytes, status: int) -> bytes:
    """The comparable transcript of one run (the .out file without its header line).

    The Rust harness builds exactly the same bytes; keep the two in step.
    """
    out = stdout
    if out and not out.endswith(b"\n"):
        out += b"\n"
    out += b"--- exit %d\n" % status
    lines = [line.rstrip() for line in stderr.split(b"\n")]
    lines = [line for line in lines if line]
    if lines:
        out += b"--- " + lines[-1] + b"\n"
    return out


def clean_env(**extra: str) -> dict[str, str]:
    """The environment a case runs in: ours without PYTHON* variables, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    # CPython would write __pycache__/*.pyc beside the support modules of the cases.
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.update(extra)
    return env


def run_case(executable: str, case: Path, env: dict[str, str],
             timeout: float) -> bytes | None:
    """Run one case as the harness does; its transcript, or None if it timed out."""
    stdin_path = case.with_suffix(".in")
    stdin = open(stdin_path, "rb") if stdin_path.exists() else subprocess.DEVNULL
    try:
        proc = subprocess.run(
            [executable, case.name],
            cwd=case.parent,
            env=env,
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return None
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    return transcript(proc.stdout, proc.stderr, proc.returncode)


def is_support(path: Path) -> bool:
    """Files under a folder named `support` are modules the cases import, not cases."""
    return "support" in path.parts[:-1]


def collect(args: list[str]) -> list[Path]:
    """The cases named by `args` (files or folders), or the whole corpus."""
    roots = [Path(a) for a in args] or [CORPUS]
    cases: list[Path] = []
    for root in roots:
        if root.is_dir():
            cases.extend(c for c in sorted(root.rglob("*.py")) if not is_support(c))
        elif root.suffix == ".py" and root.is_file():
            cases.append(root)
        else:
            sys.exit(f"record.py: not a case or folder: {root}")
    return [c.resolve() for c in cases]


def record_one(case: Path, check: bool) -> tuple[Path, str | None]:
    """Record (or check) one case; returns (case, problem or None)."""
    runs = [
        run_case(sys.executable, case, clean_env(PYTHONHASHSEED=seed, PYTHONUTF8="1"),
                 TIMEOUT_SECONDS)
        for seed in ("0", "1")
    ]
    if runs[0] is None or runs[1] is None:
        return case, f"timed out after {TIMEOUT_SECONDS} s"
    if runs[0] != runs[1]:
        return case, ("depends on hash randomisation (PYTHONHASHSEED=0 and =1 print "
                      "different output); not recorded")
    expected = HEADER + runs[0]
    out_path = case.with_suffix(".out")
    if check:
        if not out_path.exists():
            return case, "has no .out"
        if out_path.read_bytes() != expected:
            return case, ".out differs from what CPython prints now"
        return case, None
    if not out_path.exists() or out_path.read_bytes() != expected:
        out_path.write_bytes(expected)
    return case, None


def main() -> int:
    args = sys.argv[1:]
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    if sys.version_info[:2] != (3, 11) or sys.implementation.name != "cpython":
        sys.exit(f"record.py: needs CPython 3.11, this is {sys.version}")
    cases = collect(args)
    problems = 0
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for case, problem in pool.map(lambda c: record_one(c, check), cases):
            if problem:
                problems += 1
                print(f"{os.path.relpath(case)}: {problem}", file=sys.stderr)
    orphans = [o for o in sorted(CORPUS.rglob("*.out")) if not o.with_suffix(".py").exists()]
    for orphan in orphans:
        print(f"{os.path.relpath(orphan)}: .out without a .py (delete it)", file=sys.stderr)
    verb = "checked" if check else "recorded"
    print(f"record.py: {verb} {len(cases) - problems} of {len(cases)} cases")
    return 1 if problems or orphans else 0


if __name__ == "__main__":
    sys.exit(main())
