# repr() of builtin objects.
print(repr(1), repr(-1.0), repr("s"), repr(b"b"), repr([1, "2"]), repr((1,)), repr({1: "a"}))
print(repr(None), repr(True), repr(...), repr(1j), repr(range(1, 5, 2)), repr(set()))
print(repr(int), repr(str), repr(ValueError), repr(type), repr(object))
print(repr(ValueError("x")), repr(KeyError("k")), repr(len), repr(print))
