# Mixed int/float/bool/complex arithmetic promotes correctly.
print(1 + 1.0, 1 + True, True + True, True * 2.5, 2 + 1j)
print(type(1 + 1.0).__name__, type(True + 1).__name__, type(1.0 + 1j).__name__)
print(3 // 2.0, 3 % 2.0, -3 // 2.0, 2 ** 0.5 * 2 ** 0.5)
print(True / 2, False // 1, 10 % True)
print(1 == 1.0, 1 == True, hash(1) == hash(1.0) == hash(True))
print(2 ** 100 + 0.5, 2 ** 100 * 1.0)
