# Bound-method equality compares __func__ and the identity of __self__.
class A:
    def m(self): pass
    def n(self): pass
class AlwaysEqual:
    def m(self): pass
    def __eq__(self, other): return True
    __hash__ = object.__hash__
a, b = A(), A()
print(a.m == a.m, a.m != a.m, a.m == b.m, a.m == a.n)
e1, e2 = AlwaysEqual(), AlwaysEqual()
print(e1 == e2, e1.m == e2.m, e1.m == e1.m)
print(hash(a.m) == hash(a.m))
print(a.m == A.m, A.m == A.m)
class B(A): pass
bb = B()
print(bb.m == bb.m, bb.m.__func__ is a.m.__func__)
d = {a.m: 'one'}
print(d[a.m])
