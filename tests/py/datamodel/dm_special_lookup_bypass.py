# Implicit special-method lookup uses the type, bypassing the instance dict and __getattribute__.
class A:
    def __len__(self):
        return 1
    def __getattribute__(self, name):
        print('getattribute', name)
        return object.__getattribute__(self, name)
a = A()
a.__len__ = lambda: 99
print(len(a))
print(a.__len__())
class B:
    pass
b = B()
b.__len__ = lambda: 5
try:
    len(b)
except TypeError as e:
    print(type(e).__name__, e)
b.__add__ = lambda other: 'added'
try:
    b + 1
except TypeError as e:
    print(type(e).__name__, e)
b.__repr__ = lambda: 'instance repr'
print(repr(b).startswith('<__main__.B object at'))
