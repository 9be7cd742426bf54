# open() in every mode: what each writes and reads, and the objects it builds.
P = "/tmp/ember-io-open_modes"

with open(P + ".txt", "w") as f:
    print(f)
    print(type(f).__name__, f.mode, f.name, f.encoding, f.errors, f.line_buffering)
    print(f.buffer, f.buffer.raw)
    print(f.readable(), f.writable(), f.seekable())
    print(f.write("first line\n"), f.write("second\n"))
print(f.closed, f.buffer.closed, f.buffer.raw.closed)
print(f)

with open(P + ".txt") as f:
    print(repr(f.read()))
with open(P + ".txt", "a") as f:
    print(f.tell())
    f.write("appended\n")
with open(P + ".txt", "r") as f:
    print(f.readlines())

with open(P + ".txt", "r+") as f:
    print(f.mode, type(f.buffer).__name__, f.buffer.mode, f.buffer.raw.mode)
    print(repr(f.read(5)))
    f.seek(0)
    f.write("FIRST")
    f.seek(0)
    print(repr(f.readline()))
with open(P + ".txt", "w+") as f:
    print(repr(f.read()))
    f.write("w+ text")
    f.seek(0)
    print(repr(f.read()))
with open(P + ".txt", "a+") as f:
    print(f.mode, f.buffer.mode, f.tell())
    f.write(" more")
    f.seek(0)
    print(repr(f.read()))

with open(P + ".bin", "wb") as f:
    print(f, f.mode, f.raw)
    print(f.write(b"\x00\x01binary\xff"))
with open(P + ".bin", "rb") as f:
    print(f, f.mode, f.read())
with open(P + ".bin", "ab") as f:
    print(f.tell(), f.write(bytearray(b"++")))
with open(P + ".bin", "r+b") as f:
    print(f, f.mode, f.read(3))
with open(P + ".bin", "rb", buffering=0) as f:
    print(f, f.mode, f.closefd, f.read())
with open(P + ".bin", "wb", buffering=0) as f:
    print(f.write(b"raw"), f)
print(f)
with open(P + ".bin", "rb", 0) as f:
    print(f.readall())

try:
    open(P + ".bin", "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
with open(P + ".bin", "w") as f:
    pass
with open(P + ".bin", "rt") as f:
    print(repr(f.read()))

import _io
raw = _io.FileIO(P + ".bin", "w")
print(raw, raw.mode, raw.name, raw.closefd, raw.writable(), raw.readable())
print(raw.write(b"abc"), raw.tell(), raw.seekable())
raw.close()
print(raw, raw.closed)
raw = _io.FileIO(P + ".bin")
print(raw.read(1), raw.read(), raw.read())
fd = raw.fileno()
f = open(fd, "rb", closefd=False)
print(f.name == fd, f.raw.closefd)
f.close()
print(raw.closed)
raw.close()
w = open(P + ".txt", "w", encoding="utf-8", buffering=1)
print(w.line_buffering)
w.close()
