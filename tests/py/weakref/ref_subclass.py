# Subclasses of ref with __new__/__init__ (weakref.KeyedRef's pattern); dead keys removed.
import _weakref
class KeyedRef(_weakref.ref):
    __slots__ = ('key',)
    def __new__(type, ob, callback, key):
        self = _weakref.ref.__new__(type, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)
class Obj:
    pass
d = {}
def remove(wr):
    print('remove', wr.key)
    _weakref._remove_dead_weakref(d, wr.key)
def show(o):
    print(type(d['k']).__name__, d['k'].key, d['k']() is o)
o = Obj()
d['k'] = KeyedRef(o, remove, 'k')
show(o)
del o
print(d)
def bad(wr):
    raise ValueError('in callback')
o2 = Obj()
r = _weakref.ref(o2, bad)
del o2
print('after bad callback', r())
