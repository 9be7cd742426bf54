# The raw reads and seeks a BufferedReader makes, seen by a Python raw stream.
import io
class Raw(io.RawIOBase):
    def __init__(self, n):
        self.data = bytes(range(256)) * (n // 256 + 1)
        self.data = self.data[:n]
        self.pos = 0
        self.log = []
    def readable(self): return True
    def seekable(self): return True
    def readinto(self, b):
        self.log.append(len(b))
        k = min(len(b), len(self.data) - self.pos)
        b[:k] = self.data[self.pos:self.pos + k]
        self.pos += k
        return k
    def tell(self): return self.pos
    def seek(self, p, w=0):
        self.log.append(("seek", p, w))
        self.pos = [p, self.pos + p, len(self.data) + p][w]
        return self.pos
for ops in [["read(10)", "read(10)"], ["read(100)"], ["read(20000)"], ["read()"], ["peek()", "read1(5)", "read1()"], ["readline()"], ["read1(100)", "read(5)"], ["read(5)", "seek(2, 1)", "read(3)", "tell()"], ["readinto(bytearray(50))"]]:
    r = Raw(10000)
    b = io.BufferedReader(r, 64)
    out = []
    for op in ops:
        v = eval("b." + op)
        out.append(len(v) if isinstance(v, bytes) else v)
    print(ops, out, r.log)
