# Copies of an instance __dict__ are independent snapshots.
class A:
    pass
a = A()
a.x = 1
snap = dict(a.__dict__)
cp = a.__dict__.copy()
a.y = 2
a.x = 'changed'
print(snap, cp, a.__dict__)
snap['z'] = 3
print(hasattr(a, 'z'))
b = A()
b.__dict__.update(a.__dict__)
print(vars(b), vars(b) == vars(a), vars(b) is vars(a))
