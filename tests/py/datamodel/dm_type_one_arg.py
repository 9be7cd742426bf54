# type(x) returns the class of x; the metatype of classes is type.
class A: pass
class M(type): pass
class B(metaclass=M): pass
a = A()
print(type(a) is A, type(A) is type, type(type) is type, type(B) is M, type(M) is type)
print(type(B()).__name__, a.__class__ is A, A.__class__ is type)
print([type(v).__name__ for v in (1, 'a', None, [], (), {}, 1.5, A, a.__init__, len)])
print(type(1)(5) + 1, type('x')(12))
