# Deleting through __dict__ removes the attribute; deleting the attribute removes the key.
class A:
    cls_attr = 'class'
a = A()
a.x, a.y, a.cls_attr = 1, 2, 'shadow'
del a.__dict__['x']
try:
    a.x
except AttributeError as e:
    print(type(e).__name__, e)
del a.y
print('y' in a.__dict__, a.__dict__)
del a.__dict__['cls_attr']
print(a.cls_attr)
a.p, a.q = 'p', 'q'
print(a.__dict__.popitem(), a.__dict__, hasattr(a, 'q'))
try:
    del a.__dict__['missing']
except KeyError as e:
    print(type(e).__name__, e)
