# classmethod binds the class (the subclass when called through one) and wraps any callable.
class A:
    count = 0
    @classmethod
    def create(cls, *args):
        cls.count += 1
        return (cls.__name__, args)
class B(A):
    pass
print(A.create(1), B.create(2, 3), B().create())
print(A.count, B.count, 'count' in B.__dict__)
cm = classmethod(lambda cls, x: (cls.__name__, x))
A.dyn = cm
print(B.dyn(4), cm.__func__(A, 5)[1])
bound = cm.__get__(None, B)
print(bound(6), bound.__self__ is B)
print(cm.__get__(B())(7))
print(isinstance(A.__dict__['create'], classmethod))
try:
    A.__dict__['create']()
except TypeError as e:
    print(type(e).__name__, e)
