# __module__ of classes, functions and methods, and overriding it in the class body.
class A:
    def m(self): pass
print(A.__module__, A.m.__module__, A().m.__module__, __name__)
class B:
    __module__ = 'elsewhere'
print(B.__module__, repr(B))
def f(): pass
print(f.__module__)
C = type('C', (), {})
print(C.__module__, repr(C))
D = type('D', (), {'__module__': 'mod.sub'})
print(D.__module__, repr(D))
A.__module__ = 'changed'
print(repr(A), A.__dict__['__module__'])
print(int.__module__, type.__module__)
