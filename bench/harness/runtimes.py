"""The runtimes compared (Ember, CPython 3.11, PyPy when installed) and the machine they run on."""
import os
import platform
import shutil
import subprocess
from dataclasses import dataclass

VERSION_QUERY = "import sys; print(' '.join(sys.version.split()))"


@dataclass
class Runtime:
    key: str
    name: str
    command: list
    version: str = ""


def output_of(command, cwd=None):
    """The stripped stdout of command, or '' if it cannot be run or fails."""
    try:
        done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=60)
    except OSError:
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


def ember_binary(repo, build):
    """target/release/ember, built with cargo first when missing or when asked to."""
    binary = os.path.join(repo, "target", "release", "ember")
    if build or not os.path.exists(binary):
        if subprocess.run(["cargo", "build", "--release"], cwd=repo).returncode != 0:
            raise SystemExit("bench/run.py: cargo build --release failed")
    return binary


def cpython_executable():
    """The real interpreter behind `python3` (which may be a slow shim that re-execs it)."""
    executable = output_of(["python3", "-c", "import sys; print(sys.executable)"])
    if not executable:
        raise SystemExit("bench/run.py: cannot run python3 to find CPython")
    return executable


def ember_version(repo, binary):
    version = output_of([binary, "-c", VERSION_QUERY]) or "unknown (cannot run -c)"
    commit = output_of(["git", "rev-parse", "--short", "HEAD"], cwd=repo)
    if commit:
        version += ", source at commit " + commit
        if output_of(["git", "status", "--porcelain", "--", "crates"], cwd=repo):
            version += " with uncommitted changes under crates/"
    return version


def find_runtimes(repo, build, with_pypy=True):
    """Ember first, then CPython (the reference), then PyPy if pypy3 is on PATH."""
    binary = ember_binary(repo, build)
    runtimes = [Runtime("ember", "Ember", [binary], ember_version(repo, binary))]
    cpython = cpython_executable()
    cpython_version = output_of([cpython, "-c", VERSION_QUERY])
    runtimes.append(Runtime("cpython", "CPython", [cpython], cpython_version))
    pypy = shutil.which("pypy3") if with_pypy else None
    if pypy:
        runtimes.append(Runtime("pypy", "PyPy", [pypy], output_of([pypy, "-c", VERSION_QUERY])))
    return runtimes


def read_first(path, key, separator):
    """The value of the first `key` line of a /proc- or os-release-style file."""
    try:
        with open(path) as lines:
            for line in lines:
                name, found, value = line.partition(separator)
                if found and name.strip() == key:
                    return value.strip().strip('"')
    except OSError:
        pass
    return "unknown"


def machine():
    """CPU model, cores, memory and OS, as the report prints them."""
    memory = read_first("/proc/meminfo", "MemTotal", ":")
    if memory.endswith(" kB"):
        memory = "%.1f GiB" % (int(memory.split()[0]) / 2 ** 20)
    return {
        "cpu": read_first("/proc/cpuinfo", "model name", ":"),
        "cores": os.cpu_count(),
        "memory": memory,
        # Other work on the machine slows every runtime. Taken when the run ends, the
        # 15-minute figure is about the average over a full run.
        "load_average": " / ".join("%.2f" % load for load in os.getloadavg()),
        "os": "%s, Linux %s" % (read_first("/etc/os-release", "PRETTY_NAME", "="),
                                platform.release()),
    }
