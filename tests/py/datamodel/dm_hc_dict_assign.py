# Assigning a new dict to obj.__dict__ replaces all attributes; the old dict is detached.
class A:
    pass
a = A()
a.x = 1
old = a.__dict__
new = {'y': 2, 'z': 3}
a.__dict__ = new
print(a.y, a.z, hasattr(a, 'x'), a.__dict__ is new)
a.w = 4
print(new, old)
old['q'] = 9
print(hasattr(a, 'q'))
a.__dict__ = {'k': 'v'}
print(a.k, a.__dict__)
for bad in (5, [('a', 1)], None):
    try:
        a.__dict__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
print(a.__dict__)
