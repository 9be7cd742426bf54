# __doc__ of classes, methods and functions; absent docstrings are None, not inherited.
class A:
    """Class A docs."""
    def m(self):
        "method docs"
    def n(self):
        x = 1
        "not a docstring"
class B(A):
    pass
def f():
    """function docs"""
print(A.__doc__, A().__doc__)
print(B.__doc__, A.m.__doc__, A.n.__doc__, A().m.__doc__)
print(f.__doc__)
f.__doc__ = 'new'
print(f.__doc__)
A.__doc__ = 'changed'
print(A.__doc__)
class C:
    __doc__ = 'explicit'
print(C.__doc__)
print(type('T', (), {}).__doc__, type('U', (), {'__doc__': 'u'}).__doc__)
