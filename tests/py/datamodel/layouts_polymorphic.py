# One attribute site sees instances with different attribute orders, dict-mode
# instances, class attributes and other classes.
class C:
    pass
def read(o):
    return o.v
c1 = C(); c1.v = 1
c2 = C(); c2.w = 0; c2.v = 2
c3 = C(); c3.v = 3; c3.__dict__
class D:
    v = 'class attr'
d = D()
for o in (c1, c2, c3, d, c1, c2, c3, d):
    print(read(o))
d.v = 'instance attr'
print(read(d), D.v)
c1.__dict__['v'] = 10
print(read(c1))
del c2.w
print(read(c2), vars(c2))
class E:
    def __init__(self, n):
        for i in range(n):
            setattr(self, 'a%d' % i, i)
        self.v = n
for n in (1, 10, 60, 100):
    e = E(n)
    print(read(e), len(vars(e)), list(vars(e))[:3])
