# __name__ and __qualname__ of a class can be reassigned, only to str.
class A:
    pass
A.__name__ = 'Renamed'
print(A.__name__, A.__qualname__, repr(A))
A.__qualname__ = 'Some.Path'
print(A.__name__, A.__qualname__, repr(A))
try:
    A.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    A.__qualname__ = None
except TypeError as e:
    print(type(e).__name__, e)
try:
    del A.__name__
except TypeError as e:
    print(type(e).__name__, e)
class B:
    __qualname__ = 'Custom.B'
print(B.__name__, B.__qualname__, '__qualname__' in B.__dict__)
try:
    class C:
        __qualname__ = 42
except TypeError as e:
    print(type(e).__name__, e)
