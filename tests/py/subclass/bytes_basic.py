# A bytes subclass.
class B(bytes):
    def hexed(self):
        return self.hex()

b = B(b'abc')
print(b, repr(b), type(b).__name__, b.hexed(), b[0], b[1:], type(b[1:]).__name__)
for r in [b + b'd', b * 2, b.upper(), b.replace(b'a', b'x'), bytes(b), b[:]]:
    print(r, type(r).__name__)
print(b == b'abc', hash(b) == hash(b'abc'), b'b' in b, len(b), list(b), B(3), B([65, 66]))
print(B('hi', 'ascii'), b.decode(), type(b.decode()).__name__)

class WithBytes(bytes):
    def __bytes__(self):
        return b'custom'
print(bytes(WithBytes(b'x')), WithBytes(b'x'))
