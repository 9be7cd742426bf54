# __bases__, __base__ and __mro__ of simple and multiple-inheritance classes.
class A: pass
class B(A): pass
class C: pass
class D(B, C): pass
print(A.__bases__ == (object,), object.__bases__, object.__mro__ == (object,))
print([b.__name__ for b in D.__bases__], D.__base__.__name__)
print(object.__base__, B.__base__ is A, type(D.__bases__).__name__)
print(len(D.__mro__), D.__mro__[-1] is object)
print(type.__bases__ == (object,), type.__mro__ == (type, object))
print(int.__mro__ == (int, object), bool.__base__ is int)
try:
    D.__mro__ = ()
except AttributeError as e:
    print(type(e).__name__, e)
