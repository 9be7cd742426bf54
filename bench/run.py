"""Benchmark runner: bench/suite and start-up under Ember, CPython and PyPy, to Markdown, JSON, SVG.

python3 bench/run.py [NAME ...] [--runs N] [--quick] [--check] [--write-docs] ...; see README.md.
"""
import argparse
import datetime
import glob
import json
import os
import shlex
import sys

from harness import chart, measure, report, runtimes

BENCH = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCH)
SUITE = os.path.join(BENCH, "suite")
HEAVY_IMPORTS = "import json, re, collections, dataclasses, typing, decimal, argparse"
STARTUP_CASES = [
    measure.Case("-c pass", ["-c", "pass"]),
    measure.Case("-S -c pass", ["-S", "-c", "pass"]),
    measure.Case("-c '%s'" % HEAVY_IMPORTS, ["-c", HEAVY_IMPORTS]),
]
# Every benchmark takes an optional loop count; --quick runs a single loop of its workload.
QUICK_LOOPS = "1"


def available_benchmarks():
    paths = glob.glob(os.path.join(SUITE, "*.py"))
    return sorted(os.path.splitext(os.path.basename(path))[0] for path in paths)


def parse_args():
    parser = argparse.ArgumentParser(
        description="Run bench/suite under Ember, CPython 3.11 and (when pypy3 is on PATH) PyPy, "
                    "interleaved, and report times, peak memory and their ratios to CPython.")
    parser.add_argument("names", nargs="*", metavar="NAME",
                        help="benchmarks to run (default: all of bench/suite)")
    parser.add_argument("--runs", type=int, default=5,
                        help="runs per benchmark and runtime (default 5)")
    parser.add_argument("--startup-runs", type=int, default=None,
                        help="runs per start-up case and runtime (default 20, 3 with --quick)")
    parser.add_argument("--timeout", type=float, default=60.0,
                        help="seconds before a run is killed and marked FAILED (default 60)")
    parser.add_argument("--quick", action="store_true",
                        help="run one loop of each benchmark's workload instead of its full size")
    parser.add_argument("--out", default=os.path.join(BENCH, "results"),
                        help="directory for report.md, report.json and speedup.svg "
                             "(default bench/results)")
    parser.add_argument("--build", action="store_true",
                        help="cargo build --release before running")
    parser.add_argument("--no-pypy", action="store_true",
                        help="leave PyPy out even if pypy3 is on PATH")
    parser.add_argument("--skip-startup", action="store_true", help="do not measure start-up")
    parser.add_argument("--check", action="store_true",
                        help="only check that every benchmark passes under CPython; "
                             "exit 1 if one fails")
    parser.add_argument("--write-docs", action="store_true",
                        help="also write docs/perf.md and docs/perf.svg (full suite only)")
    args = parser.parse_args()
    known = available_benchmarks()
    unknown = [name for name in args.names if name not in known]
    if unknown:
        parser.error("unknown benchmark %s; available: %s" % (", ".join(unknown), " ".join(known)))
    if args.runs < 1 or (args.startup_runs is not None and args.startup_runs < 1):
        parser.error("--runs and --startup-runs must be at least 1")
    if args.write_docs and (args.names or args.quick or args.skip_startup or args.no_pypy):
        parser.error("--write-docs records a full report: "
                     "no names, --quick, --skip-startup or --no-pypy")
    if args.startup_runs is None:
        args.startup_runs = 3 if args.quick else 20
    return args


def benchmark_cases(names, quick):
    """Each benchmark's file, relative to the repository (where every run starts)."""
    loops = [QUICK_LOOPS] if quick else []
    return [measure.Case(name, [os.path.join("bench", "suite", name + ".py")] + loops)
            for name in names]


def run_check(cases, timeout):
    """--check: every benchmark must pass under CPython; one line each, then a tally."""
    cpython = runtimes.cpython_executable()
    failed = 0
    for case in cases:
        seconds, failure = measure.check(case, [cpython], timeout, REPO, cpython)
        if failure:
            failed += 1
            print("FAILED %s: %s" % (case.name, failure))
        else:
            print("ok     %s  %.2f s" % (case.name, seconds))
    print("%d passed, %d failed" % (len(cases) - failed, failed))
    return 1 if failed else 0


def summary_line(case, outcomes, names):
    parts = []
    for key, outcome in outcomes.items():
        if outcome.failure:
            parts.append("%s FAILED (%s)" % (names[key], outcome.failure))
        else:
            parts.append("%s %.3f s" % (names[key], outcome.median_seconds))
    return "%s: %s" % (case.name, ", ".join(parts))


def measure_all(cases, chosen, runs, timeout):
    """Measure each case in turn, printing a progress line per case to stderr."""
    names = {r.key: r.name for r in chosen}
    # The small helper that forks each run is itself run by the real CPython executable.
    python = next(r.command[0] for r in chosen if r.key == measure.REFERENCE)
    measured = []
    for case in cases:
        outcomes = measure.measure(case, chosen, runs, timeout, REPO, python)
        print(summary_line(case, outcomes, names), file=sys.stderr, flush=True)
        measured.append((case, outcomes))
    return measured


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as out:
        out.write(text)


def main():
    args = parse_args()
    cases = benchmark_cases(args.names or available_benchmarks(), args.quick)
    if args.check:
        return run_check(cases, args.timeout)
    chosen = runtimes.find_runtimes(REPO, args.build, with_pypy=not args.no_pypy)
    for runtime in chosen:
        print("%s: %s (%s)" % (runtime.name, " ".join(runtime.command), runtime.version),
              file=sys.stderr)
    benchmarks = measure_all(cases, chosen, args.runs, args.timeout)
    startup = [] if args.skip_startup else measure_all(STARTUP_CASES, chosen, args.startup_runs,
                                                       args.timeout)
    settings = {"runs": args.runs, "startup_runs": args.startup_runs, "timeout": args.timeout,
                "quick": args.quick}
    date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    command = "python3 bench/run.py" + "".join(" " + shlex.quote(a) for a in sys.argv[1:])
    data = report.build(chosen, benchmarks, startup, settings, runtimes.machine(), date, command)
    markdown = report.markdown(data, "speedup.svg")
    svg = chart.speedup_svg(data)
    write(os.path.join(args.out, "report.md"), markdown)
    write(os.path.join(args.out, "report.json"), json.dumps(data, indent=2) + "\n")
    write(os.path.join(args.out, "speedup.svg"), svg)
    if args.write_docs:
        write(os.path.join(REPO, "docs", "perf.md"), report.markdown(data, "perf.svg"))
        write(os.path.join(REPO, "docs", "perf.svg"), svg)
    print(markdown)
    print("Wrote report.md, report.json and speedup.svg to %s" % args.out, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
