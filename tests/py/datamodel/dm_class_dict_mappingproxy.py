# A class __dict__ is a read-only mappingproxy that reflects later class changes.
class A:
    x = 1
    def f(self): pass
d = A.__dict__
print(type(d).__name__, 'x' in d, d['x'], 'f' in d, 'y' in d)
try:
    d['y'] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    del d['x']
except TypeError as e:
    print(type(e).__name__, e)
A.y = 5
print(d['y'], d.get('z', 'none'), len([k for k in d if not k.startswith('__')]))
print([k for k in d.keys() if not k.startswith('__')])
print(d.copy()['x'], type(d.copy()).__name__)
try:
    A.__dict__ = {}
except AttributeError as e:
    print(type(e).__name__, e)
