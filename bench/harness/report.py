"""Turns measured outcomes into the report: one JSON-ready dict, rendered as Markdown.

Speed-up is CPython's median time over the runtime's (above 1 is faster than CPython).
Memory ratio is the runtime's peak RSS over CPython's (below 1 uses less memory).
The geometric means cover only the benchmarks that passed on every runtime, so that each
runtime's mean is taken over the same programs.
"""
import math

from .measure import REFERENCE

TIME_UNITS = {"s": (1, "%.3f"), "ms": (1000, "%.1f")}


def ratio(numerator, denominator):
    if numerator is None or not denominator:
        return None
    return numerator / denominator


def case_entry(case, outcomes):
    reference = outcomes.get(REFERENCE)
    reference_time = reference.median_seconds if reference else None
    reference_rss = reference.median_rss_kib if reference else None
    results = {}
    for key, outcome in outcomes.items():
        time, rss = outcome.median_seconds, outcome.median_rss_kib
        results[key] = {
            "passed": outcome.passed,
            "failure": outcome.failure,
            "seconds": outcome.seconds,
            "median_seconds": time,
            "max_rss_kib": outcome.max_rss_kib,
            "median_max_rss_mib": None if rss is None else rss / 1024,
            "speedup": ratio(reference_time, time),
            "memory_ratio": ratio(rss, reference_rss),
        }
    return {"name": case.name, "args": case.args, "results": results}


def geometric_mean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


def geometric_means(entries, runtimes):
    passing = [e for e in entries if all(r["passed"] for r in e["results"].values())]
    means = {}
    for runtime in runtimes:
        results = [e["results"][runtime.key] for e in passing]
        means[runtime.key] = {
            "speedup": geometric_mean([r["speedup"] for r in results]),
            "memory_ratio": geometric_mean([r["memory_ratio"] for r in results]),
            "benchmarks": len(passing),
            "of": len(entries),
        }
    return means


def build(runtimes, benchmarks, startup, settings, machine, date, command):
    """The whole report as plain data: what report.json holds and the Markdown shows."""
    benchmark_entries = [case_entry(case, outcomes) for case, outcomes in benchmarks]
    startup_entries = [case_entry(case, outcomes) for case, outcomes in startup]
    failures = [{"case": entry["name"], "runtime": key, "reason": result["failure"]}
                for entry in benchmark_entries + startup_entries
                for key, result in entry["results"].items() if result["failure"]]
    return {
        "date": date,
        "command": command,
        "machine": machine,
        "settings": settings,
        "runtimes": [{"key": r.key, "name": r.name, "command": r.command, "version": r.version}
                     for r in runtimes],
        "benchmarks": benchmark_entries,
        "geometric_mean": geometric_means(benchmark_entries, runtimes),
        "startup": startup_entries,
        "failures": failures,
    }


def cell(value, form):
    return "—" if value is None else form % value


def table(entries, runtimes, first_column, time_unit, means=None):
    """Times of every runtime, then peak memory; a ratio column beside each non-CPython one."""
    runtimes = sorted(runtimes, key=lambda r: r["key"] != REFERENCE)
    scale, time_form = TIME_UNITS[time_unit]

    def time_of(result):
        return result["median_seconds"] * scale if result["passed"] else None

    def rss_of(result):
        return result["median_max_rss_mib"]

    # (column unit, value of a result, its format, ratio key, ratio column name)
    quantities = [(time_unit, time_of, time_form, "speedup", "speed-up"),
                  ("MiB", rss_of, "%.1f", "memory_ratio", "memory")]
    header = [first_column]
    for unit, _, _, _, ratio_name in quantities:
        for r in runtimes:
            header.append("%s %s" % (r["name"], unit))
            if r["key"] != REFERENCE:
                header.append("%s %s" % (r["name"], ratio_name))
    rows = [header, ["---"] + ["---:"] * (len(header) - 1)]
    for entry in entries:
        row = [entry["name"]]
        for _, value_of, form, ratio_key, _ in quantities:
            for r in runtimes:
                result = entry["results"][r["key"]]
                row.append("FAILED" if result["failure"] else cell(value_of(result), form))
                if r["key"] != REFERENCE:
                    row.append(cell(result[ratio_key], "%.2fx"))
        rows.append(row)
    if means is not None:
        counts = means[REFERENCE]
        label = "**geometric mean** (%d of %d passing everywhere)"
        row = [label % (counts["benchmarks"], counts["of"])]
        for _, _, _, ratio_key, _ in quantities:
            for r in runtimes:
                row.append("")
                if r["key"] != REFERENCE:
                    row.append(cell(means[r["key"]][ratio_key], "**%.2fx**"))
        rows.append(row)
    return "\n".join("| " + " | ".join(row) + " |" for row in rows)


def markdown(report, chart_file):
    settings = report["settings"]
    machine = report["machine"]
    runtimes = report["runtimes"]
    size = ("one loop of each workload (--quick)" if settings["quick"]
            else "each benchmark sized to about 1 s under CPython")
    lines = [
        "# Ember performance report",
        "",
        "Generated by `bench/run.py` on %s; regenerated, never edited by hand." % report["date"],
        "Reproduce it with:",
        "",
        "```sh",
        report["command"],
        "```",
        "",
        "## Machine",
        "",
        "- CPU: %s, %s cores" % (machine["cpu"], machine["cores"]),
        "- Memory: %s" % machine["memory"],
        "- OS: %s" % machine["os"],
        "- Load average (1 / 5 / 15 minutes) when the run ended: %s" % machine["load_average"],
    ]
    lines += ["- %s: %s" % (r["name"], r["version"]) for r in runtimes]
    if not any(r["key"] == "pypy" for r in runtimes):
        lines.append("- PyPy: not measured (no `pypy3` on PATH, or --no-pypy)")
    lines += [
        "",
        "## Benchmarks",
        "",
        "Median wall time of %d run(s) per runtime, interleaved (%s ...); %s. Speed-up is "
        "CPython's time over the runtime's (above 1x is faster). Memory is the median peak RSS of "
        "a run in MiB; its ratio is the runtime's over CPython's (below 1x is smaller). A FAILED "
        "benchmark is never timed: the reasons are under Failures."
        % (settings["runs"], " ".join(r["name"] for r in runtimes), size),
        "",
        table(report["benchmarks"], runtimes, "benchmark", "s", report["geometric_mean"]),
        "",
        "![Speed-up over CPython, log scale](%s)" % chart_file,
        "",
        "## Start-up",
        "",
    ]
    if report["startup"]:
        lines += ["Median of %d run(s) per runtime, interleaved." % settings["startup_runs"], "",
                  table(report["startup"], runtimes, "command line", "ms")]
    else:
        lines.append("Not measured (--skip-startup).")
    lines += ["", "## Failures", ""]
    if report["failures"]:
        names = {r["key"]: r["name"] for r in runtimes}
        lines += ["- `%s` under %s: %s" % (f["case"], names[f["runtime"]], f["reason"])
                  for f in report["failures"]]
    else:
        lines.append("None.")
    return "\n".join(lines) + "\n"
