# Without __contains__, `in` iterates with __iter__ or the __getitem__ protocol.
class ViaIter:
    def __iter__(self):
        print('__iter__')
        return iter([1, 2, 3])
class ViaGetitem:
    def __getitem__(self, i):
        print('__getitem__', i)
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(2 in ViaIter(), 9 in ViaIter())
print(10 in ViaGetitem())
print(99 in ViaGetitem())
class Neither: pass
try:
    1 in Neither()
except TypeError as e:
    print(type(e).__name__, e)
class NoneContains:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    1 in NoneContains()
except TypeError as e:
    print(type(e).__name__, e)
