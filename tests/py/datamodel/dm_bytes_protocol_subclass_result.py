# bytes() keeps a bytes-subclass instance returned by __bytes__ as it is.
class Sub(bytes):
    pass
class ReturnsSub:
    def __bytes__(self):
        return Sub(b'sub')
r = bytes(ReturnsSub())
print(type(r).__name__, r, r == b'sub')
class ReturnsBytearray:
    def __bytes__(self):
        return bytearray(b'ba')
try:
    bytes(ReturnsBytearray())
except TypeError as e:
    print(type(e).__name__, e)
