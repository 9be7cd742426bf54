# open()'s argument checks and OSErrors, and operations on closed or unsuitable files.
import _io

P = "/tmp/ember-io-open_errors"
with open(P + ".txt", "w") as f:
    f.write("data\n")

def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

for mode in ["rw", "rr", "x+b", "tb", "", "U", "rU", "wa", "q", "r+++", "bt", "w\0", "rb+t"]:
    attempt("mode " + repr(mode), lambda: open(P + ".txt", mode))
for kw in [
    dict(mode="rb", encoding="utf-8"),
    dict(mode="rb", errors="strict"),
    dict(mode="rb", newline=""),
    dict(newline="x"),
    dict(buffering=0),
    dict(newline=5),
    dict(encoding=5),
    dict(errors=5),
    dict(mode=5),
    dict(encoding="no-such-codec"),
    dict(buffering="x"),
    dict(bogus=1),
]:
    attempt("kw " + repr(kw), lambda: open(P + ".txt", **kw).close())
attempt("no args", lambda: open())
attempt("too many", lambda: open(P, "r", -1, None, None, None, True, None, 9))
attempt("float file", lambda: open(3.5))
attempt("list file", lambda: open([]))
attempt("negative fd", lambda: open(-1))
attempt("null byte", lambda: open(P + "\0x"))
attempt("closefd name", lambda: open(P + ".txt", closefd=False))

for path in [P + "/missing/x", "/tmp", "/proc/1/mem"]:
    try:
        open(path)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2)
        print(str(e), e.args)

class PathLike:
    def __fspath__(self):
        return P + ".txt"
with open(PathLike()) as f:
    print(f.name, f.read())
class BadPath:
    def __fspath__(self):
        return 3
attempt("bad fspath", lambda: open(BadPath()))

def closed(mode, **kw):
    f = open(P + ".txt", mode, **kw)
    f.close()
    return f

for mode, kw in [("r", {}), ("rb", {}), ("rb", {"buffering": 0}), ("w", {}), ("wb", {})]:
    f = closed(mode, **kw)
    print("closed", mode, kw, f.closed)
    for op in ["read()", "readline()", "write('x')", "write(b'x')", "seek(0)", "tell()",
               "flush()", "fileno()", "isatty()", "readable()", "writable()",
               "seekable()", "__iter__()", "__enter__()", "truncate()", "readlines()",
               "writelines([])", "close()", "next(f)"]:
        attempt("  " + op, lambda: eval(op if op.startswith("next") else "f." + op))

with open(P + ".txt", "w") as f:
    attempt("read on w", f.read)
    attempt("readline on w", f.readline)
    attempt("write int", lambda: f.write(5))
    attempt("write bytes", lambda: f.write(b"x"))
with open(P + ".txt", "r") as f:
    attempt("write on r", lambda: f.write("x"))
    attempt("truncate on r", f.truncate)
    attempt("seek whence 3", lambda: f.seek(0, 3))
    attempt("seek negative", lambda: f.seek(-1))
    attempt("seek cur", lambda: f.seek(1, 1))
    attempt("seek end", lambda: f.seek(-1, 2))
    attempt("fileno type", lambda: type(f.fileno()).__name__)
with open(P + ".txt", "rb") as f:
    attempt("write on rb", lambda: f.write(b"x"))
    attempt("read -2", lambda: f.read(-2))
    attempt("read str", lambda: f.read("x"))
with open(P + ".txt", "wb") as f:
    attempt("read on wb", f.read)
    attempt("write str", lambda: f.write("x"))
with open(P + ".txt", "rb", buffering=0) as f:
    attempt("raw write", lambda: f.write(b"x"))
with open(P + ".txt", "wb", buffering=0) as f:
    attempt("raw read", lambda: f.read())

print(issubclass(_io.UnsupportedOperation, OSError), issubclass(_io.UnsupportedOperation, ValueError))
print(_io.UnsupportedOperation.__module__, _io.BlockingIOError is BlockingIOError)
print(_io.DEFAULT_BUFFER_SIZE, _io.text_encoding(None), _io.text_encoding("latin-1"))
attempt("open_code bytes", lambda: _io.open_code(b"x"))
with _io.open_code(P + ".txt") as f:
    print(f)
