# A data descriptor added to the class after an instance has a same-named dict entry takes over.
class A:
    pass
a = A()
a.v = 'instance'
print(a.v)
A.v = property(lambda self: 'property')
print(a.v, a.__dict__['v'])
del A.v
print(a.v)
class NonData:
    def __get__(self, obj, owner):
        return 'non-data'
A.v = NonData()
print(a.v)
del a.v
print(a.v)
