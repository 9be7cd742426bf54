# Slot member descriptors: class access, repr, __get__/__set__/__delete__, wrong types.
class P:
    __slots__ = ('x',)
class Other:
    __slots__ = ('x',)
m = P.x
print(repr(m), m.__name__, m.__objclass__ is P)
p = P()
m.__set__(p, 10)
print(p.x, m.__get__(p, P))
m.__delete__(p)
try:
    m.__get__(p, P)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    m.__set__(Other(), 1)
except TypeError as e:
    print(type(e).__name__, e)
P.x = 'replaced'
print(P.x)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
