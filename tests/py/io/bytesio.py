# io.BytesIO.
import io

b = io.BytesIO(b"first\nsecond\nthird")
print(b.read(3), b.tell(), b.readline(), b.readlines(), b.read(), b.tell())
b.seek(0)
print(list(b))
b.seek(-3, 2)
print(b.read(), b.seek(2, 1), b.tell(), b.seek(-100, 1))
print(b.seek(30), b.write(b"!"), b.getvalue())
print(b.truncate(5), b.getvalue(), b.tell())
b.seek(0)
buf = bytearray(3)
print(b.readinto(buf), buf, b.read1(1), b.read1())
print(b.write(bytearray(b"zz")), b.getvalue())
b.writelines([b"a", bytearray(b"b")])
print(b.getvalue(), b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush())
b.seek(0)
print(b.readline(2), b.readline(0), b.readlines(3))

for bad in [
    lambda: io.BytesIO("str"),
    lambda: io.BytesIO().write("s"),
    lambda: io.BytesIO().seek(-1),
    lambda: io.BytesIO().seek(0, 3),
    lambda: io.BytesIO().truncate(-2),
    lambda: io.BytesIO().read(1.5),
]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

c = io.BytesIO(b"x")
c.close()
print(c.closed)
for op in ["read()", "write(b'x')", "getvalue()", "tell()", "seek(0)", "readline()", "truncate()", "readable()", "flush()"]:
    try:
        print(eval("c." + op))
    except ValueError as e:
        print(op, e)
with io.BytesIO(b"ctx") as m:
    print(m.read())
print(m.closed, iter(c) is c)

class Counting(io.BytesIO):
    writes = 0
    def write(self, data):
        self.writes += 1
        return super().write(data)
cb = Counting()
cb.write(b"a")
cb.write(b"b")
print(cb.writes, cb.getvalue(), isinstance(cb, io.BufferedIOBase))

t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\r\n")
t.write("over\nbytesio\n")
t.flush()
print(t.buffer.getvalue())
t.seek(0)
print(t.read(), t.tell())
r = io.TextIOWrapper(io.BytesIO("ä\nb\n".encode("latin-1")), encoding="latin-1")
print(r.readlines(), r)
