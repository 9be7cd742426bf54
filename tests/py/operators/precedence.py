# Operator precedence matches Python's grammar.
print(-2 ** 2, (-2) ** 2, 2 ** -1, not 1 == 2, -3 % 5, -(3 % 5))
print(1 + 2 * 3 ** 2, (1 + 2) * 3, 1 | 2 ^ 3 & 4, 1 << 2 + 1)
print(5 & 3 == 1, (5 & 3) == 1, 1 < 2 == True, not 0 and 1)
print(2 * 3 // 4 % 5, 7 - 2 - 1, 2 ** 2 ** 3, ~1 + 1)
print(1 if 0 else 2 if 0 else 3, (lambda: 1 or 2)())
print(3 in [3] and 4 not in [3], "a" + "b" * 2)
