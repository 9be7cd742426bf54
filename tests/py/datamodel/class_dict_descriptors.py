# Classes that give their instances a __dict__ hold '__dict__' and '__weakref__'
# descriptors in their own namespace, as CPython shows them.
class A:
    pass
print(list(A.__dict__))
class P:
    __slots__ = ('x', '__dict__')
print(list(P.__dict__))
print(A.__dict__['__dict__'])
