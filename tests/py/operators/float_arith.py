# Float arithmetic and rounding-visible results.
print(0.1 + 0.2, 0.1 * 3, 1.1 + 2.2, 3.3 - 1.1)
print(1e16 + 1, 1e16 + 2, 2.0 ** 53 + 1)
print(1.5 * 2, 7.0 / 2, 2.5 + 2, 10 - 0.5)
print(1e308 + 1e308, -1e308 * 10, 1e-320 / 10)
print(3 * 0.1 == 0.3, abs(3 * 0.1 - 0.3) < 1e-15)
print(float(10 ** 20) * 3, 1 / 7)
