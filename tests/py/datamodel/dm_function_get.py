# Functions are non-data descriptors: __get__ binds, __get__(None, cls) returns the function.
def f(self, x=1):
    return ('f', type(self).__name__, x)
class A: pass
a = A()
bm = f.__get__(a, A)
print(type(bm).__name__, bm(5), bm.__self__ is a)
print(f.__get__(None, A) is f)
print(f.__get__(a)(7))
print(f.__get__(3)())
A.g = f
print(a.g(9), A.g is f)
a.h = f
try:
    a.h()
except TypeError as e:
    print(type(e).__name__, e)
print(a.h(a))
print(hasattr(f, '__set__'), hasattr(f, '__get__'))
