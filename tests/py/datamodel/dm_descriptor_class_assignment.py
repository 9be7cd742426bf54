# Assigning through the class replaces a descriptor; it does not call __set__.
class D:
    def __get__(self, obj, owner):
        return 'D.get'
    def __set__(self, obj, value):
        print('D.set', value)
class A:
    x = D()
a = A()
a.x = 1
print(a.x)
A.x = 'plain'
print(a.x, A.x)
a.x = 2
print(a.x, a.__dict__)
A.x = D()
print(a.x)
del A.x
print(a.x)
