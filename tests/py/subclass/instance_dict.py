# Instances of built-in subclasses have a __dict__; built-in instances do not.
class L(list):
    pass
class S(str):
    pass

l = L()
print(l.__dict__, vars(l))
l.a = 1
l.b = [2]
print(l.__dict__, vars(l), l.a, hasattr(l, 'b'), getattr(l, 'c', 'none'))
del l.a
print(vars(l), 'a' in dir(l), 'b' in dir(l))
l.__dict__ = {'z': 26}
print(l.z, vars(l))
try:
    l.__dict__ = 5
except TypeError as e:
    print('TypeError', e)
try:
    del l.missing
except AttributeError as e:
    print('AttributeError', e)
try:
    S('x').nothing
except AttributeError as e:
    print('AttributeError', e)
for v in [[], 'x', 1]:
    try:
        v.attr = 1
    except AttributeError as e:
        print('AttributeError', e)
