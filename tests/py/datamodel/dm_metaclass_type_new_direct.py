# Calling type.__new__ and type.__call__ explicitly from a metaclass.
class Meta(type):
    def __call__(cls, *args):
        print('creating', cls.__name__, args)
        obj = type.__call__(cls, *args)
        print('created')
        return obj
def build(name):
    return type.__new__(Meta, name, (), {'__init__': lambda self, v: setattr(self, 'v', v)})
K = build('K')
print(type(K).__name__, K(5).v)
try:
    type.__new__(int, 'X', (), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__new__(Meta)
except TypeError as e:
    print(type(e).__name__, e)
