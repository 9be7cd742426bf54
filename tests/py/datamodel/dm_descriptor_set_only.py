# A descriptor with only __set__ (or only __delete__) is still a data descriptor.
class SetOnly:
    def __set__(self, obj, value):
        print('SetOnly.__set__', value)
        obj.__dict__['s'] = value * 2
class DeleteOnly:
    def __delete__(self, obj):
        print('DeleteOnly.__delete__')
class A:
    s = SetOnly()
    d = DeleteOnly()
a = A()
print(type(a.s).__name__)
a.s = 4
print(a.s)
try:
    a.d = 1
except AttributeError as e:
    print(type(e).__name__, e)
del a.d
a.__dict__['d'] = 'in dict'
print(a.d)
