# io.StringIO: reading, writing at any position, newline modes, errors.
import io

s = io.StringIO()
print(s.write("hello"), s.write(" world\n"), s.tell(), repr(s.getvalue()))
print(repr(s.read()), s.seek(0), repr(s.read(5)), repr(s.readline()), repr(s.readline()))
s.seek(6)
s.write("WORLD")
print(repr(s.getvalue()), s.tell())
s.seek(20)
print(s.write("far"), repr(s.getvalue()), len(s.getvalue()))
print(s.truncate(8), repr(s.getvalue()), s.tell())
s.seek(0)
print(s.truncate(), repr(s.getvalue()))

u = io.StringIO("ünïcödé\nzwei\ndrei")
print(u.read(3), u.tell(), u.readline(), u.tell(), list(u), u.tell())
u.seek(2)
u.write("XX")
print(u.getvalue(), u.tell(), repr(u.read(4)))
u.seek(0)
print(u.readline(4), u.readline(-1), u.readlines())
print(u.readable(), u.writable(), u.seekable(), u.isatty(), u.line_buffering, u.closed)

for nl in [None, "", "\n", "\r", "\r\n"]:
    t = io.StringIO("a\nb\r\nc\rd", newline=nl)
    print(repr(nl), repr(t.getvalue()), list(t), t.newlines)
    t = io.StringIO(newline=nl)
    t.write("x\ny\r\nz\r")
    print("   ", repr(t.getvalue()), t.newlines)

for bad in [
    lambda: io.StringIO(5),
    lambda: io.StringIO(newline="x"),
    lambda: io.StringIO(newline=1),
    lambda: io.StringIO().write(b"x"),
    lambda: io.StringIO().seek(-1),
    lambda: io.StringIO().seek(1, 1),
    lambda: io.StringIO().seek(1, 2),
    lambda: io.StringIO().seek(0, 3),
    lambda: io.StringIO().truncate(-1),
    lambda: io.StringIO().read("x"),
    lambda: io.StringIO("x", "\n", 3),
]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

c = io.StringIO("text")
c.close()
c.close()
print(c.closed)
for op in ["read()", "write('x')", "getvalue()", "tell()", "seek(0)", "readline()", "truncate()", "readable()", "__iter__()", "__enter__()"]:
    try:
        print(eval("c." + op))
    except ValueError as e:
        print(op, e)

with io.StringIO("ctx\nmanager\n") as m:
    print([line.rstrip() for line in m])
print(m.closed)

class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
u = Upper()
print("shout", file=u)
print(u.getvalue(), end="")
u.x = 1
print(u.x, isinstance(u, io.TextIOBase), type(u).__mro__[1:3])

big = io.StringIO()
for i in range(10000):
    big.write("line %d\n" % i)
v = big.getvalue()
print(len(v), v[-10:], big.tell())
big.seek(0)
print(sum(1 for _ in big))
print(io.StringIO(None).getvalue() == "", io.StringIO(initial_value="iv").read())
