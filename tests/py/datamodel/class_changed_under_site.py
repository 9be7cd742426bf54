# __class__ assignment and class changes seen by cached attribute and method sites.
class A:
    v = 'A'
    def m(self):
        return 'A.m'
class B:
    v = 'B'
    def m(self):
        return 'B.m'
def call(o):
    return o.m()
def read(o):
    return o.v
x = A()
print(call(x), read(x), call(x), read(x))
x.__class__ = B
print(call(x), read(x))
x.v = 'own'
print(read(x))
x.__class__ = A
print(read(x), call(x))
def append(l, v):
    l.append(v)
l = []
for i in range(3):
    append(l, i)
print(l)
