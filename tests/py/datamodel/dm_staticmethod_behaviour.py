# staticmethod returns the plain function from any access; staticmethod objects are callable.
class A:
    @staticmethod
    def add(a, b):
        return a + b
    helper = staticmethod(len)
a = A()
print(A.add(1, 2), a.add(3, 4), A.helper('abc'), a.helper([1]))
sm = A.__dict__['add']
print(type(sm).__name__, sm(5, 6), sm.__func__ is A.add)
print(sm.__get__(None, A) is A.add, sm.__get__(a) is A.add)
print(A.add.__name__, A.add.__qualname__, sm.__name__, sm.__doc__)
class B(A):
    @staticmethod
    def add(a, b):
        return 'B ' + str(A.add(a, b))
print(B().add(1, 1))
print(isinstance(sm, staticmethod), callable(sm))
