# The full key order of a class __dict__ and which dunders CPython puts there.
class A:
    """doc"""
    b = 1
    a = 2
    def m(self): pass
print(list(A.__dict__))
class B(A):
    c = 3
print(list(B.__dict__))
class S:
    __slots__ = ('p',)
print(list(S.__dict__))
print('__qualname__' in A.__dict__, '__name__' in A.__dict__, '__doc__' in B.__dict__)
