# True division always gives a float.
print(1 / 2, 4 / 2, -1 / 2, 1 / -3, 0 / 5)
print(10 ** 20 / 10 ** 10, 2 ** 100 / 2 ** 99)
print((10 ** 400) / (10 ** 399))
print(1 / 3.0, 7.0 / 2, 1e308 / 1e-10)
print(type(4 / 2).__name__)
print(123456789123456789 / 1, 2 ** 53 + 1)
print((2 ** 1000 + 1) / 2 ** 999)
