# repr of floats is the shortest string that round-trips, as in CPython.
values = [0.1, 0.2, 0.3, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4,
          0.0001, 0.00001, 1.5e300, 1.5e+300, -0.0, 0.0, 100.0, 1e22, 1e23, 2.5,
          3.0, 1234.5678, 9007199254740993.0, 1.7976931348623157e308, 2.2250738585072014e-308,
          5e-324, 0.1 * 3, 1.1 * 1.1, 123e-20]
for v in values:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"))
print(repr(float("inf")), repr(-float("inf")))
