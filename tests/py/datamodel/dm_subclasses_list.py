# type.__subclasses__() lists direct subclasses in creation order.
class Base: pass
class A(Base): pass
class B(Base): pass
class C(A): pass
class D(A, B): pass
print([k.__name__ for k in Base.__subclasses__()])
print([k.__name__ for k in A.__subclasses__()])
print([k.__name__ for k in B.__subclasses__()])
print(C.__subclasses__())
E = type('E', (Base,), {})
print([k.__name__ for k in Base.__subclasses__()])
