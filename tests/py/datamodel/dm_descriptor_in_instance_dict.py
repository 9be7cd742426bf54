# Descriptors stored in an instance __dict__ are returned as-is, never invoked.
class D:
    def __get__(self, obj, owner):
        return 'invoked'
    def __set__(self, obj, value):
        print('set invoked')
class A:
    pass
a = A()
a.__dict__['d'] = D()
print(type(a.d).__name__)
a.d = 5
print(a.d)
a.p = property(lambda self: 'prop')
print(type(a.p).__name__)
a.f = lambda: 'plain function'
print(a.f())
