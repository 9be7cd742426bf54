# repr of many computed floats must match CPython's shortest round-trip digits.
print([i / 7 for i in range(1, 15)])
print([1 / i ** 3 for i in range(1, 12)])
print([2 ** 0.5 * i for i in range(1, 8)])
print([10.0 ** -i * 3 for i in range(0, 25, 3)])
print([1e22 * i + 0.5 for i in range(1, 4)], [123456789.0 * 1000 ** i for i in range(6)])
x = 0.0
for _ in range(10):
    x += 0.1
print(x, x * 3, x / 3, -x, x - 1)
print([float(s) for s in ("0.1", "1e-7", "9.999999999999999e22", "1.7976931348623157e308", "4.9e-324")])
