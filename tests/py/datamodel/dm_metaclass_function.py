# Any callable can be a metaclass; the class name is bound to whatever it returns.
def meta(name, bases, ns, **kw):
    print('meta called', name, bases, sorted([k for k in ns if not k.startswith('__')]), kw)
    ns['added'] = True
    return type(name, bases, ns)
class A(metaclass=meta, extra=1):
    x = 1
print(A.added, type(A).__name__)
class B(A):
    pass
print(type(B).__name__, B.added)
def returns_int(name, bases, ns):
    return 7
class C(metaclass=returns_int):
    pass
print(C)
