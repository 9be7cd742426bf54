# _weakref.ref: calling, death on the last reference, callbacks, sharing, counts.
import _weakref
class C:
    pass
c = C()
r = _weakref.ref(c)
print(r() is c, _weakref.ref(c) is r, _weakref.getweakrefcount(c))
def cb(ref):
    print('callback', ref is r2, ref())
r2 = _weakref.ref(c, cb)
print(r2 is r, _weakref.getweakrefcount(c), len(_weakref.getweakrefs(c)))
print(r == r2, hash(r) == hash(c))
del c
print(r(), r2())
print(r == r2, r == r)
for obj in (1, 'str', (1,), [1], {}, None):
    try:
        _weakref.ref(obj)
    except TypeError as e:
        print(type(e).__name__, e)
def f():
    pass
print(_weakref.ref(f)() is f, _weakref.ref(C)() is C, _weakref.ref({1}) is not None)
class S:
    __slots__ = ('a',)
try:
    _weakref.ref(S())
except TypeError as e:
    print(type(e).__name__, e)
class W:
    __slots__ = ('a', '__weakref__')
w = W()
print(_weakref.ref(w)() is w)
print(type(r).__name__, _weakref.ReferenceType is _weakref.ref)
