# Attributes and repr of super objects; unbound super(type).
class A:
    def f(self): return 'A.f'
class B(A):
    def __repr__(self): return 'B()'
b = B()
s = super(B, b)
print(s.__thisclass__ is B, s.__self__ is b, s.__self_class__ is B)
print(repr(s))
sc = super(B, B)
print(sc.__self__ is B, sc.__self_class__ is B, repr(sc))
u = super(B)
print(u.__self__, u.__self_class__, repr(u))
print(u.__get__(b).f())
