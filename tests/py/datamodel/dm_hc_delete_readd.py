# An attribute deleted and re-added moves to the end of the instance __dict__ order.
class A:
    pass
a = A()
a.x, a.y, a.z = 1, 2, 3
print(list(a.__dict__))
del a.x
print(list(a.__dict__))
a.x = 'new'
print(list(a.__dict__), a.x)
a.y = 'overwrite keeps place'
print(list(a.__dict__.items()))
for i in range(3):
    del a.y
    a.y = i
print(list(a.__dict__), a.y)
