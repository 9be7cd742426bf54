# Assigning __bases__ changes the MRO and attribute lookup of existing instances.
class A:
    def hello(self): return 'A'
class B:
    def hello(self): return 'B'
class C(A):
    pass
c = C()
print(c.hello(), [k.__name__ for k in C.__mro__])
C.__bases__ = (B,)
print(c.hello(), [k.__name__ for k in C.__mro__])
C.__bases__ = (A, B)
print(c.hello(), [k.__name__ for k in C.__mro__])
try:
    C.__bases__ = ()
except TypeError as e:
    print(type(e).__name__, e)
try:
    C.__bases__ = (C,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    C.__bases__ = [A]
except TypeError as e:
    print(type(e).__name__, e)
