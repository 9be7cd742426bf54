# obj.__dict__ is the instance's storage: writes through it, replacement, deletion,
# vars(), attribute order and hundreds of attributes.
class A:
    def __init__(self):
        self.b = 1
        self.a = 2
x = A()
print(x.__dict__)
x.__dict__['c'] = 3
print(x.c, vars(x))
x.d = 4
print(x.__dict__)
del x.a
print(vars(x), hasattr(x, 'a'))
x.__dict__ = {'z': 1}
print(x.z, vars(x), hasattr(x, 'b'))
try:
    x.__dict__ = []
except TypeError as e:
    print(e)
y = A()
for i in range(300):
    setattr(y, 'a%d' % i, i)
print(len(vars(y)), y.a299, list(vars(y))[:4])
for i in range(0, 300, 2):
    delattr(y, 'a%d' % i)
print(len(vars(y)), y.a299, hasattr(y, 'a298'))
z = A()
d = z.__dict__
z.q = 9
print(d)
