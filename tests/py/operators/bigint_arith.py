# Arithmetic on big ints.
a = 2 ** 100 + 12345
b = 3 ** 50 - 7
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b, -a // b, -a % b, a // -b, a % -b)
print(divmod(a, b), divmod(-a, b))
print(a // 7, a % 7, (-a) // 7, (-a) % 7)
print((10 ** 40) // (10 ** 20), (10 ** 40 + 1) % (10 ** 20))
print(abs(-a), -(-a) == a)
print(a * 0, a - a, a // a)
