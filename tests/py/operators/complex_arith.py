# Complex arithmetic.
a = 1 + 2j
b = 3 - 4j
print(a + b, a - b, a * b, a / b)
print(a ** 2, a ** 0, (1j) ** 2, 2 ** (1j) == 2 ** 1j)
print(a == 1 + 2j, a != b, -a, +a, abs(b))
print(a + 1, 2 * a, a / 2, 1 / (1j))
print((1 + 1j) ** 10, a.conjugate())
try:
    a < b
except TypeError as e:
    print("TypeError", e)
try:
    a // 2
except TypeError as e:
    print("TypeError", e)
try:
    a / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
