# Two classes with empty __slots__ over one slotted base combine (no layout conflict)
class A:
    __slots__ = ('x', 'y')
class B(A):
    __slots__ = ()
class C(A):
    __slots__ = ()
class D(B, C):
    __slots__ = ()
print("ok1")
class E(A):
    __slots__ = ()
    def __new__(cls): return object.__new__(cls)
class F(E, C): pass
print("ok2")
