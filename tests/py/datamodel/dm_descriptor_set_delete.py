# __set__ and __delete__ of a data descriptor intercept assignment and deletion.
class Logged:
    def __set_name__(self, owner, name):
        self.key = '_' + name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.key, 'missing')
    def __set__(self, obj, value):
        print('set', self.key, value)
        setattr(obj, self.key, value)
    def __delete__(self, obj):
        print('delete', self.key)
        delattr(obj, self.key)
class A:
    x = Logged()
a = A()
print(a.x)
a.x = 5
print(a.x, a.__dict__)
del a.x
print(a.x, a.__dict__)
setattr(a, 'x', 7)
delattr(a, 'x')
try:
    del a.x
except AttributeError as e:
    print(type(e).__name__, e)
