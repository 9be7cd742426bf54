# Basic int arithmetic.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a + b, -a - b, -a * b, -a / b)
print(0 + 0, 0 * 12345, 1 - 1)
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(10 - 2 - 3, 100 / 10 / 5, 2 * 3 % 4)
