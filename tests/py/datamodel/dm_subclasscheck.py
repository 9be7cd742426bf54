# A metaclass __subclasscheck__ customises issubclass(); argument errors use CPython's messages.
class Meta(type):
    def __subclasscheck__(cls, sub):
        print('__subclasscheck__', cls.__name__, sub.__name__)
        return sub.__name__.startswith('Good')
class Marker(metaclass=Meta): pass
class GoodThing: pass
class BadThing: pass
print(issubclass(GoodThing, Marker), issubclass(BadThing, Marker))
print(issubclass(GoodThing, (int, Marker)))
print(issubclass(Marker, Marker))
print(isinstance(GoodThing(), Marker))
for args in ((1, int), (int, 1), (int, (int, 1))):
    try:
        print(issubclass(*args))
    except TypeError as e:
        print(type(e).__name__, e)
