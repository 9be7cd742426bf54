# An instance __dict__ may be replaced by a dict subclass; attribute access uses it.
class DictSub(dict):
    pass
class A:
    pass
a = A()
a.x = 1
a.__dict__ = DictSub(k='v')
print(a.k, type(a.__dict__).__name__, hasattr(a, 'x'))
a.m = 2
print(a.__dict__, type(vars(a)).__name__)
