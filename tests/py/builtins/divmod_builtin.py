# divmod() for ints and floats of all signs.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (2 ** 70, 3), (-(2 ** 70), 7)]:
    print(a, b, divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2.5), (1e308, 1e-308), (0.0, -1.0)]:
    print(a, b, divmod(a, b))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError", e)
