"""Runs cases under each runtime, interleaved, and judges every run against CPython's output.

A case is one program invocation (a benchmark file, or start-up flags such as `-c pass`).
Each round runs the case once under every runtime still in the race (A B C, A B C ...).
A run that exits non-zero, times out, or prints something other than what CPython printed
marks that runtime FAILED for the case: it is never timed again and its reason is kept.
Every run is forked by spawn.py, a small separate process, so that its peak RSS is its own.
"""
import os
import signal
import statistics
import subprocess
import tempfile
from dataclasses import dataclass, field

REFERENCE = "cpython"
SPAWN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "spawn.py")


@dataclass
class Case:
    name: str
    args: list


@dataclass
class Run:
    """One process: its wall time, peak resident memory, exit status and output."""
    seconds: float
    max_rss_kib: int
    exit_code: int
    timed_out: bool
    stdout: bytes
    stderr: bytes


@dataclass
class Outcome:
    """Everything measured for one case under one runtime."""
    seconds: list = field(default_factory=list)
    max_rss_kib: list = field(default_factory=list)
    failure: str = None

    @property
    def passed(self):
        return self.failure is None and bool(self.seconds)

    @property
    def median_seconds(self):
        return statistics.median(self.seconds) if self.passed else None

    @property
    def median_rss_kib(self):
        return statistics.median(self.max_rss_kib) if self.passed else None


def run_once(command, timeout, cwd, python):
    """Run command to completion (killed after timeout seconds) through spawn.py, and measure it."""
    with tempfile.TemporaryDirectory(prefix="ember-bench-") as scratch:
        result_path = os.path.join(scratch, "result")
        stdout_path = os.path.join(scratch, "stdout")
        stderr_path = os.path.join(scratch, "stderr")
        with open(stdout_path, "wb") as stdout, open(stderr_path, "wb") as stderr:
            spawner = subprocess.run(
                [python, "-S", "-I", SPAWN, result_path, str(timeout)] + command,
                stdin=subprocess.DEVNULL, stdout=stdout, stderr=stderr, cwd=cwd)
        with open(stdout_path, "rb") as stdout, open(stderr_path, "rb") as stderr:
            output, errors = stdout.read(), stderr.read()
        if not os.path.exists(result_path):
            raise RuntimeError("spawn.py failed (exit status %d): %s"
                               % (spawner.returncode, errors.decode("utf-8", "replace").strip()))
        with open(result_path) as result:
            seconds, max_rss_kib, exit_code, timed_out = result.read().split()
        return Run(float(seconds), int(max_rss_kib), int(exit_code), timed_out == "1",
                   output, errors)


def describe_failure(run, timeout):
    """Why a run failed, in one line; None when it exited cleanly."""
    if run.timed_out:
        return "timed out after %g s" % timeout
    if run.exit_code == 0:
        return None
    if run.exit_code < 0:
        status = "killed by " + signal.Signals(-run.exit_code).name
    else:
        status = "exit status %d" % run.exit_code
    lines = run.stderr.decode("utf-8", "replace").strip().splitlines()
    return status + (": " + lines[-1].strip() if lines else "")


def describe_wrong_output(got, expected):
    got_lines = got.decode("utf-8", "replace").splitlines() or [""]
    expected_lines = expected.decode("utf-8", "replace").splitlines() or [""]
    for got_line, expected_line in zip(got_lines, expected_lines):
        if got_line != expected_line:
            return "wrong output: printed %r, CPython printed %r" % (
                got_line[:80], expected_line[:80])
    return "wrong output: %d lines, CPython printed %d" % (len(got_lines), len(expected_lines))


def measure(case, runtimes, runs, timeout, cwd, python):
    """Run case `runs` times under each runtime, interleaved; return {runtime key: Outcome}."""
    outcomes = {runtime.key: Outcome() for runtime in runtimes}
    reference = None
    for _ in range(runs):
        finished = {}
        for runtime in runtimes:
            if outcomes[runtime.key].failure is None:
                finished[runtime.key] = run_once(runtime.command + case.args, timeout, cwd, python)
        # CPython's first clean output is what every later run must print.
        reference_run = finished.get(REFERENCE)
        if reference is None and reference_run and describe_failure(reference_run, timeout) is None:
            reference = reference_run.stdout
        for key, run in finished.items():
            failure = describe_failure(run, timeout)
            if failure is None and reference is not None and run.stdout != reference:
                failure = describe_wrong_output(run.stdout, reference)
            outcome = outcomes[key]
            if failure is not None:
                outcome.failure = failure
                outcome.seconds.clear()
                outcome.max_rss_kib.clear()
            else:
                outcome.seconds.append(run.seconds)
                outcome.max_rss_kib.append(run.max_rss_kib)
    return outcomes


def check(case, command, timeout, cwd, python):
    """One run of case under command: (seconds, None) when it passes, else (None, reason).

    Passing means exit status 0 and exactly one line printed, as every benchmark must.
    """
    run = run_once(command + case.args, timeout, cwd, python)
    failure = describe_failure(run, timeout)
    if failure is None and len(run.stdout.splitlines()) != 1:
        failure = "printed %d lines instead of one" % len(run.stdout.splitlines())
    return (None, failure) if failure else (run.seconds, None)
