# bytes() calls __bytes__; without it, __index__ gives a zero-filled size, __iter__ gives items.
class B:
    def __bytes__(self): return b'custom'
class Size:
    def __index__(self): return 3
class Items:
    def __iter__(self): return iter([65, 66])
class BadBytes:
    def __bytes__(self): return 'str'
print(bytes(B()), bytes(Size()), bytes(Items()), bytearray(Items()))
try:
    bytes(BadBytes())
except TypeError as e:
    print(type(e).__name__, e)
class Neither: pass
try:
    bytes(Neither())
except TypeError as e:
    print(type(e).__name__, e)
print(b'%s' % B())
