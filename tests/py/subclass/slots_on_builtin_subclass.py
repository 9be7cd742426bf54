# __slots__ on subclasses of built-in types: empty slots leave instances without a dict;
# variable-size built-ins refuse non-empty slots.
class P(tuple):
    __slots__ = ()

p = P((1, 2))
print(p, hasattr(p, '__dict__'))
try:
    p.x = 1
except AttributeError as e:
    print('AttributeError', e)
for base in [int, bytes, tuple, type]:
    try:
        type('X', (base,), {'__slots__': ('a',)})
    except TypeError as e:
        print('TypeError', e)
try:
    type('WithDict', (tuple,), {'__slots__': ('__dict__',)})
except TypeError as e:
    print('TypeError', e)
class WithDict(str):
    __slots__ = ('__dict__',)
w = WithDict('s')
w.y = 2
print(w, w.y, vars(w))
class NoDict(float):
    __slots__ = ()
print(NoDict(1.5), hasattr(NoDict(1.5), '__dict__'))
