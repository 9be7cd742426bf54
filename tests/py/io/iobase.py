# The abstract bases and io's classes built on them: defaults, subclasses, iteration,
# context managers, IncrementalNewlineDecoder.
import io, _io

print(io.IOBase.__mro__)
print(io.RawIOBase.__mro__)
print(io.TextIOWrapper is _io.TextIOWrapper, issubclass(io.StringIO, io.TextIOBase))
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.BufferedReader, io.BufferedIOBase))

class Lines(io.IOBase):
    def __init__(self, lines):
        self.lines = list(lines)
    def readline(self, size=-1):
        return self.lines.pop(0) if self.lines else b""
    def readable(self):
        return True
l = Lines([b"a\n", b"b\n", b"c"])
print(l.closed, l.readable(), l.writable(), l.seekable(), l.isatty())
print(next(l), l.readlines())
with l as entered:
    print(entered is l)
print(l.closed, vars(l))
for op in ["fileno()", "seek(0)", "tell()", "truncate()", "__next__()", "flush()", "readlines()", "__iter__()"]:
    try:
        print(op, eval("l." + op))
    except Exception as e:
        print(op, type(e).__name__, e)
l.close()

class Closer(io.IOBase):
    flushed = 0
    def flush(self):
        self.flushed += 1
        super().flush()
c = Closer()
c.close()
c.close()
print(c.flushed, c.closed)
try:
    c._checkClosed()
except ValueError as e:
    print(e)
for check in ["_checkReadable", "_checkWritable", "_checkSeekable"]:
    try:
        getattr(Closer(), check)()
    except io.UnsupportedOperation as e:
        print(check, e)

class Peeker(io.BufferedIOBase):
    def __init__(self, data):
        self.data = data
    def read(self, n=-1):
        if n < 0:
            n = len(self.data)
        r, self.data = self.data[:n], self.data[n:]
        return r
p = Peeker(b"one\ntwo\n")
print(p.readline(), p.readline(), p.readline())
buf = bytearray(3)
print(Peeker(b"xyz!").readinto(buf), buf)
for op in ["read1()", "write(b'')", "detach()"]:
    try:
        eval("Peeker(b'').%s" % op)
    except io.UnsupportedOperation as e:
        print(op, e)
for op in ["read()", "readline()", "write('')", "detach()"]:
    try:
        eval("io.TextIOBase().%s" % op)
    except io.UnsupportedOperation as e:
        print(op, e)
print(io.TextIOBase().encoding, io.TextIOBase().newlines, io.TextIOBase().errors)

d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), d.getstate(), repr(d.decode("\nb\r")), repr(d.decode("", final=True)), d.newlines)
d.reset()
print(d.newlines, d.getstate())
d2 = io.IncrementalNewlineDecoder(None, False)
print(repr(d2.decode("x\r\ny\rz\n")), d2.newlines)

class Fancy(io.TextIOWrapper):
    pass
f = Fancy(io.BytesIO(b"fancy\n"), encoding="ascii")
print(f, f.readline(), list(f))

print(io.open is open, io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
