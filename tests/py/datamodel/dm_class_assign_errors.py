# __class__ assignment errors: non-class, builtin types, different layouts, deletion.
class A:
    pass
class S:
    __slots__ = ('x',)
a = A()
def attempt(obj, value):
    try:
        obj.__class__ = value
        print('ok', type(obj).__name__)
    except TypeError as e:
        print(type(e).__name__, e)
attempt(a, 5)
attempt(a, int)
attempt(a, S)
attempt(S(), A)
attempt(1, bool)
attempt([], A)
try:
    del a.__class__
except TypeError as e:
    print(type(e).__name__, e)
print(type(a).__name__)
