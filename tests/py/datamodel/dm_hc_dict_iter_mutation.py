# Adding an attribute while iterating over obj.__dict__ raises RuntimeError.
class A:
    pass
a = A()
a.x, a.y = 1, 2
try:
    for k in a.__dict__:
        setattr(a, 'new_' + k, 0)
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(a.__dict__))
for k in list(a.__dict__):
    delattr(a, k)
print(a.__dict__)
b = A()
b.p = 1
for k in b.__dict__:
    b.p = 'rebinding is fine'
print(b.p)
