# object(): the base of everything.
o = object()
print(type(o).__name__, isinstance(5, object), isinstance(None, object), issubclass(type, object))
print(o == o, o != object(), bool(o), object.__name__, object.__bases__)
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError", e)
print(type(object).__name__, type(int).__name__, int.__mro__)
