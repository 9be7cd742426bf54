# Float floor division and modulo, including signed zeros.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.1), (-0.0, 1.0),
         (0.0, -1.0), (5, 2.5), (1e300, 1e-300), (-1, 3.0)]
for a, b in pairs:
    print(a, b, a // b, a % b)
print(5.0 % float("inf"), -5.0 % float("inf"))
print(divmod(7.5, 2), divmod(-7.5, 2))
