# The instance __dict__ wins over a non-data descriptor (only __get__) on the class.
class NonData:
    def __get__(self, obj, owner):
        return 'descriptor value'
class A:
    attr = NonData()
    def method(self):
        return 'method'
a = A()
print(a.attr)
a.attr = 'instance value'
print(a.attr, A.attr)
del a.attr
print(a.attr)
a.method = lambda: 'shadowed'
print(a.method(), A.method(a))
del a.method
print(a.method())
