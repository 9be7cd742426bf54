# A subclass without __slots__ of a slotted class gains a __dict__; slots are inherited.
class Base:
    __slots__ = ('a',)
class Free(Base):
    pass
class Tight(Base):
    __slots__ = ('b',)
f = Free()
f.a = 1
f.extra = 2
print(f.a, f.__dict__)
t = Tight()
t.a, t.b = 1, 2
print(t.a, t.b, hasattr(t, '__dict__'))
try:
    t.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(Tight.__slots__, Base.__slots__, 'a' in Tight.__dict__, 'b' in Tight.__dict__)
class A: __slots__ = ('x',)
class B: __slots__ = ('y',)
try:
    class C(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
class E: __slots__ = ()
class F(A, E): pass
print([k.__name__ for k in F.__mro__])
