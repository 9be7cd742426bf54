# Two-argument super(type, obj) starts the search after `type` in obj's MRO.
class A:
    def f(self): return 'A'
class B(A):
    def f(self): return 'B'
class C(A):
    def f(self): return 'C'
class D(B, C):
    def f(self): return 'D'
d = D()
print(super(D, d).f(), super(B, d).f(), super(C, d).f())
print(super(B, D).f(d))
class E(A):
    @classmethod
    def cm(cls):
        return 'E.cm ' + cls.__name__
class F(E):
    @classmethod
    def cm(cls):
        return 'F.cm ' + super(F, cls).cm()
print(F.cm())
try:
    super(A, d).f()
except AttributeError as e:
    print(type(e).__name__, e)
