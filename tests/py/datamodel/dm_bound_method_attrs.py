# Bound methods expose __self__, __func__, __name__, __qualname__, __doc__ and call through.
class A:
    def m(self, x):
        "doc of m"
        return (self.tag, x)
    def __repr__(self):
        return 'A()'
a = A()
a.tag = 't'
bm = a.m
print(bm.__self__ is a, bm.__func__ is A.m, bm.__func__ is A.__dict__['m'])
print(bm.__name__, bm.__qualname__, bm.__doc__, bm.__module__)
print(bm(1), bm.__func__(a, 2), type(bm).__name__)
try:
    bm.__self__ = None
except AttributeError as e:
    print(type(e).__name__, e)
try:
    bm.new_attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
A.m.custom = 'on function'
print(bm.custom)
