# Assigning or deleting an operator dunder on the class takes effect for existing instances.
class A:
    pass
a = A()
try:
    a + 1
except TypeError as e:
    print(type(e).__name__, e)
A.__add__ = lambda self, o: 'added ' + str(o)
print(a + 1)
A.__add__ = lambda self, o: 'changed ' + str(o)
print(a + 2)
A.__radd__ = lambda self, o: 'radd ' + str(o)
print(3 + a)
del A.__add__
try:
    a + 4
except TypeError as e:
    print(type(e).__name__, e)
A.__neg__ = lambda self: 'neg'
A.__len__ = lambda self: 7
print(-a, len(a))
