# Literals combined in constant expressions (folding must match runtime).
print(2 ** 10, 2 ** 100, -2 ** 2, (-2) ** 2)
print(10 / 4, 10 // 4, -10 // 4, 10 % -3)
print(1 << 64, (1 << 64) >> 63, ~0, ~-1)
print(0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0x0f)
print("ab" * 3, 3 * "ab", [0] * 3, (1,) * 2)
print("a" + "b", b"a" + b"b", (1,) + (2,))
