# Callable class attributes that are not functions are not bound to the instance.
class Callable:
    def __call__(self, *args):
        return ('called with', len(args))
class A:
    c = Callable()
    b = len
    t = type
    def f(self):
        return 'bound'
a = A()
print(a.c(), a.c(1), A.c())
print(a.b('xyz'), a.t(5).__name__)
print(type(a.c).__name__, type(a.b).__name__)
A.g = A.f
print(a.g())
