# pow() as a function, with keyword arguments and mixed types.
print(pow(2, 8), pow(2, -2), pow(2.0, 0.5), pow(-8, 1 / 3), pow(0, 0), pow(1j, 2))
print(pow(3, 4, 5), pow(base=3, exp=2), pow(10 ** 20, 2, 97), pow(-3, 3, 5))
print(pow(2, 10 ** 5, 10 ** 9), pow(12345, -1, 1000003) * 12345 % 1000003)
