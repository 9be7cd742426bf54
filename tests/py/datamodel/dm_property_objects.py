# property objects: fget/fset/fdel, __doc__ from the getter, copies made by setter/deleter.
def g(self):
    "getter doc"
    return 1
def s(self, v): pass
p = property(g)
print(p.fget is g, p.fset, p.fdel, p.__doc__)
p2 = p.setter(s)
print(p2 is p, p2.fget is g, p2.fset is s, p.fset, p2.__doc__)
p3 = p2.deleter(print)
print(p3.fdel is print, p3.fset is s)
p4 = p3.getter(lambda self: 2)
print(p4.fget is g, p4.fset is s, p4.fdel is print)
explicit = property(g, s, None, 'explicit doc')
print(explicit.__doc__)
class A:
    x = property(g)
print(A.x is A.__dict__['x'], A().x, isinstance(A.x, property))
print(A.x.__get__(None, A) is A.x, A.x.__get__(A()))
