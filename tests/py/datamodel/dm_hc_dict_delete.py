# Deleting obj.__dict__ drops every attribute; a fresh empty dict appears on next use.
class A:
    pass
a = A()
a.x = 1
old = a.__dict__
del a.__dict__
print(hasattr(a, 'x'), a.__dict__, old)
print(a.__dict__ is old)
a.y = 2
print(a.__dict__, vars(a), old)
class S:
    __slots__ = ('v',)
try:
    del S().__dict__
except AttributeError as e:
    print(type(e).__name__, e)
