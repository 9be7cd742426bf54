# __slots__ across inheritance: subclasses without __slots__ get a __dict__, slotted
# subclasses add slots, layout conflicts and __class__ assignment.
class Q:
    __slots__ = 'a'
class T(Q):
    pass
t = T()
t.a = 1
t.b = 2
print(t.__dict__, t.a)
class U(Q):
    __slots__ = ('b',)
u = U()
u.a = 1
u.b = 2
print(u.a, u.b, hasattr(u, '__dict__'))
try:
    U().b
except AttributeError as e:
    print(e)
print(Q.a.__get__(u))
try:
    Q.a.__get__(1)
except TypeError as e:
    print(e)
class X:
    __slots__ = ('a',)
class Y:
    __slots__ = ('b',)
try:
    class Z(X, Y):
        pass
except TypeError as e:
    print(e)
class XX(X):
    __slots__ = ('c',)
class M(XX, X):
    pass
m = M()
m.a, m.c, m.d = 1, 2, 3
print(m.a, m.c, m.d, sorted(vars(m)))
x1 = Q()
x1.a = 5
try:
    x1.__class__ = X
except TypeError as e:
    print(e)
class Q2:
    __slots__ = 'a'
x1.__class__ = Q2
print(type(x1).__name__, x1.a)
