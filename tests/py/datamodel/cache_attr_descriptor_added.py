# An attribute read/write site keeps working when a property or descriptor appears on
# the class after instances were read through it.
class A:
    def __init__(self, v):
        self.v = v
def read(o):
    return o.v
def write(o, x):
    o.v = x
a = A(1)
for i in range(4):
    write(a, i)
print(read(a))
A.v = property(lambda self: 'prop')
print(read(a))
try:
    write(a, 3)
except AttributeError as e:
    print('AttributeError:', e)
del A.v
print(read(a))
write(a, 7)
print(read(a))
class Desc:
    def __get__(self, o, t):
        return 'desc'
class H:
    v = Desc()
h = H()
h.__dict__['v'] = 'inst'
print([read(h) for _ in range(3)])
Desc.__set__ = lambda self, o, v: None
print(read(h))
