# repr() of bound methods uses the qualname and the repr of __self__.
class A:
    def m(self): pass
    @classmethod
    def c(cls): pass
    @staticmethod
    def s(): pass
    def __repr__(self):
        return 'A-instance'
class Outer:
    class Inner:
        def f(self): pass
        def __repr__(self): return 'Inner()'
a = A()
print(repr(a.m))
print(repr(A.c), repr(a.c))
print(repr(Outer.Inner().f))
print(repr(A.s).startswith('<function A.s at '), repr(A.m).startswith('<function A.m at '))
class R:
    def __repr__(self):
        return 'R[' + type(self).__name__ + ']'
    def go(self): pass
print(repr(R().go), repr(R().__repr__))
