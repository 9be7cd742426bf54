# Three-argument pow.
print(pow(2, 10, 1000), pow(3, 200, 7), pow(5, 0, 1))
print(pow(2, 100, 10 ** 9 + 7))
print(pow(7, -1, 13), pow(3, -2, 11))
print(pow(-2, 5, 7), pow(2, 5, -7), pow(-2, 5, -7))
print(pow(123456789, 987654321, 2 ** 64 + 13))
print(pow(10, 2), pow(2.0, 3), pow(2, -2))
print(pow(base=2, exp=5, mod=3))
