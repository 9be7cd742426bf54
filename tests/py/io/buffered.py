# Buffered readers and writers: peek, read1, readinto, detach, raw, RWPair, buffering.
import io

P = "/tmp/ember-io-buffered.bin"
with open(P, "wb") as f:
    f.write(b"".join(b"%04d\n" % i for i in range(3000)))

with open(P, "rb") as f:
    print(type(f).__name__, f.raw, f.name, f.mode, f.closed, f.seekable(), f.readable())
    print(f.peek(3)[:10], f.tell())
    print(f.read1(7), f.tell())
    print(f.readline(), f.readline(2), f.tell())
    ba = bytearray(6)
    print(f.readinto(ba), ba, f.readinto1(ba), ba, f.tell())
    print(len(f.read(10000)), f.tell())
    print(len(f.read()), f.read(), f.read(5), f.peek(), f.read1(3))
    raw = f.detach()
    print(raw, raw.closed)
    try:
        f.read()
    except ValueError as e:
        print(e)
    try:
        print(f)
    except ValueError as e:
        print(e)
    raw.close()

r = io.BufferedReader(io.FileIO(P), buffer_size=16)
print(r.peek()[:20], len(r.peek()), r.read(20), r.tell())
r.close()
print(r.closed, r.raw.closed)
for bad in [
    lambda: io.BufferedReader(io.FileIO(P), 0),
    lambda: io.BufferedWriter(io.FileIO(P, "r")),
    lambda: io.BufferedReader(io.FileIO(P, "w")),
    lambda: io.BufferedReader(io.BytesIO()).read(-5),
    lambda: io.BufferedReader(),
]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

w = io.BufferedWriter(io.FileIO(P, "w"), buffer_size=8)
print(w.write(b"1234"), w.write(b"5678"))
with open(P, "rb") as g:
    print("after 8:", g.read())
print(w.write(b"9"))
with open(P, "rb") as g:
    print("after 9:", g.read())
print(w.write(b"0123456789abcdef"))
with open(P, "rb") as g:
    print("after big:", g.read())
w.flush()
print(w.tell())
w.close()
with open(P, "rb") as g:
    print("closed:", g.read())

rw = io.BufferedRandom(io.FileIO(P, "r+"))
print(rw.read(4), rw.write(b"XX"), rw.tell(), rw.read(3))
rw.seek(0)
print(rw.read())
print(rw)
rw.close()

pair = io.BufferedRWPair(io.BytesIO(b"from reader"), io.BytesIO())
print(pair.read(4), pair.peek()[:3], pair.read1(3), pair.readable(), pair.writable())
print(pair.write(b"to writer"), pair.flush(), pair.closed)
pair.close()
print(pair.closed)

class Raw(io.RawIOBase):
    def __init__(self, chunks):
        self.chunks = list(chunks)
        self.written = []
    def readable(self):
        return True
    def writable(self):
        return True
    def readinto(self, b):
        if not self.chunks:
            return 0
        c = self.chunks.pop(0)
        b[:len(c)] = c
        return len(c)
    def write(self, b):
        self.written.append(bytes(b))
        return len(b)
raw = Raw([b"ab", b"c\nde", b"f\n"])
br = io.BufferedReader(raw)
print(br.readline(), br.readline(), br.readline(), br.raw is raw)
bw = io.BufferedWriter(Raw([]), 4)
bw.write(b"xy")
bw.write(b"zw!")
bw.flush()
print(bw.raw.written)
print(Raw([b"12", b"34"]).read(), Raw([b"12", b"34"]).readall())
