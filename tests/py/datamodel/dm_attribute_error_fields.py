# AttributeError raised by attribute lookup carries .name and .obj.
class A:
    pass
a = A()
try:
    a.missing
except AttributeError as e:
    print(e.name, e.obj is a, e.args)
try:
    A.gone
except AttributeError as e:
    print(e.name, e.obj is A)
try:
    getattr(a, 'viagetattr')
except AttributeError as e:
    print(e.name, e.obj is a)
e = AttributeError('custom', name='n', obj=5)
print(e.name, e.obj, e.args, str(e))
print(AttributeError('plain').name, AttributeError('plain').obj)
