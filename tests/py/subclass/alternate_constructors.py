# Class-method constructors called through a subclass build the subclass (CPython calls
# the class with the built value).
class I(int):
    def __init__(self, value):
        print('I.__init__', value)
class F(float):
    pass
class B(bytes):
    pass
class BA(bytearray):
    pass
class D(dict):
    def __init__(self):
        print('D.__init__')
        super().__init__()
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, str(v))

for r in [I.from_bytes(b'\x01\x00', 'big'), F.fromhex('0x1.8p1'), B.fromhex('41 42'),
          BA.fromhex('43'), D.fromkeys('ab', 1), bytearray.fromhex('44'), int.from_bytes(b'\x05', 'little')]:
    print(repr(r), type(r).__name__)
