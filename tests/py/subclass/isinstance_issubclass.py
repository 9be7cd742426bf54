# isinstance and issubclass across built-in subclasses.
class I(int): pass
class S(str): pass
class L(list): pass
class D(dict): pass
class T(tuple): pass
class F(frozenset): pass
class E(KeyError): pass
class M(type): pass

for obj, base in [(I(1), int), (S(''), str), (L(), list), (D(), dict), (T(), tuple),
                  (F(), frozenset), (E(), LookupError), (M('X', (), {}), type)]:
    print(type(obj).__name__, isinstance(obj, base), isinstance(obj, object),
          issubclass(type(obj), base), type(obj) is base)
print(isinstance(I(1), (str, int)), isinstance(True, I), issubclass(bool, I), issubclass(I, (str, int)))
print(isinstance(I, type), type(I), type(M), I.__bases__, M.__bases__)
