# TextIOWrapper.reconfigure, opener=, detach, file descriptors, _CHUNK_SIZE.
import io, _io

P = "/tmp/ember-io-text_reconfigure.txt"
with open(P, "w") as f:
    f.write("é\n")
    f.reconfigure(encoding="latin-1")
    print(f.encoding, f.errors)
    f.write("é\n")
    f.reconfigure(errors="replace")
    f.write("€\n")
    f.reconfigure(newline="\r\n", line_buffering=True)
    print(f.line_buffering, f.errors)
    f.write("crlf\n")
    try:
        f.reconfigure(encoding=5)
    except TypeError as e:
        print(e)
    try:
        f.reconfigure(newline="bad")
    except ValueError as e:
        print(e)
    try:
        f.reconfigure(encoding="nope")
    except LookupError as e:
        print(e)
    try:
        f.reconfigure("utf-8")
    except TypeError as e:
        print(e)
with open(P, "rb") as f:
    print(f.read())
with open(P, encoding="latin-1") as f:
    f.readline()
    try:
        f.reconfigure(encoding="utf-8")
    except io.UnsupportedOperation as e:
        print(e)
    f.reconfigure(line_buffering=False)
    print(f.line_buffering)

opened = []
def opener(path, flags):
    opened.append(path)
    return _io.FileIO(path, "r").fileno() if False else __import__("_io").open(path, "rb").detach().detach().fileno()
def opener2(path, flags):
    opened.append((path == P, flags & 3))
    raw = _io.FileIO(path, "w" if flags & 1 else "r", closefd=True)
    fd = raw.fileno()
    raw_holder.append(raw)
    return fd
raw_holder = []
try:
    with open(P, "w", opener=lambda p, fl: -1) as f:
        pass
except ValueError as e:
    print(e)
try:
    with open(P, opener=lambda p, fl: "x") as f:
        pass
except TypeError as e:
    print(e)

b = open(P, "rb")
fd = b.fileno()
t = open(fd, "r", encoding="latin-1", closefd=False)
print(t.name == fd, repr(t.readline()))
t.close()
print(b.closed, b.read(2))
b.close()

with open(P, "w") as f:
    f.write("chunked ünïcode\nsecond line\n")
t = open(P)
print(t._CHUNK_SIZE)
t._CHUNK_SIZE = 4
print(t._CHUNK_SIZE, repr(t.read(3)), repr(t.readline()))
try:
    t._CHUNK_SIZE = 0
except ValueError as e:
    print(e)
buf = t.detach()
print(type(buf).__name__, buf.closed)
for op in ["read()", "write('x')", "tell()", "buffer", "name", "fileno()", "closed"]:
    try:
        print(op, eval("t." + op))
    except ValueError as e:
        print(op, e)
buf.close()

w = io.TextIOWrapper(io.BytesIO(), newline="\r")
w.write("a\nb\n")
w.seek(0)
print(repr(w.buffer.getvalue()), repr(w.read()), w.newlines)
u = io.TextIOWrapper(io.BytesIO(b"a\rb\r\nc\nd"), newline=None)
print(u.readlines(), u.newlines)
for bad in [
    lambda: io.TextIOWrapper(io.BytesIO(), encoding=5),
    lambda: io.TextIOWrapper(io.BytesIO(), errors=5),
    lambda: io.TextIOWrapper(io.BytesIO(), newline=5),
    lambda: io.TextIOWrapper(io.BytesIO(), newline="x"),
    lambda: io.TextIOWrapper(),
    lambda: io.TextIOWrapper(io.BytesIO(), "utf-8", "strict", None, False, False, 1),
]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
