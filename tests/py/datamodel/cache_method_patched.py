# A method call site keeps working when the class's method is replaced or an instance
# attribute starts shadowing it (the call site's cache must notice).
class A:
    def m(self):
        return 'A.m'
def call(o):
    return o.m()
a = A()
print([call(a) for _ in range(4)])
A.m = lambda self: 'patched'
print(call(a))
a.m = lambda: 'instance'
print(call(a))
del a.m
print(call(a))
class B(A):
    pass
b = B()
print(call(b))
A.m = lambda self: 'patched again'
print(call(b))
B.m = lambda self: 'B.m'
print(call(b), call(a))
