# Writes through obj.__dict__ are seen as attributes, and attribute writes show in __dict__.
class A:
    pass
a = A()
d = a.__dict__
d['x'] = 1
print(a.x)
a.y = 2
print(d, d is a.__dict__)
d['x'] = 'changed'
print(a.x)
d.update(z=3, w=4)
print(a.z, a.w, list(d))
d.setdefault('v', 5)
print(a.v, d.pop('z'), hasattr(a, 'z'))
a.__dict__.clear()
print(a.__dict__, hasattr(a, 'x'))
a.x = 'again'
print(d)
