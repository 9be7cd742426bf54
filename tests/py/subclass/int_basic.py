# An int subclass: construction, type, and the types of inherited operations.
class I(int):
    pass

x = I(5)
print(x, repr(x), type(x).__name__, isinstance(x, int), type(x) is I)
for r in [x + 1, 1 + x, x - 2, x * 3, x // 2, x % 3, x ** 2, x << 1, x >> 1,
          x & 3, x | 8, x ^ 1, -x, +x, abs(x), ~x, x / 2]:
    print(r, type(r).__name__)
print(x == 5, x != 5, x < 6, x >= 5, 5 == x, hash(x) == hash(5))
print(bool(I(0)), bool(x), int(x), type(int(x)).__name__)
print(divmod(x, 2), [type(v).__name__ for v in divmod(x, 2)])
print(round(x), type(round(x)).__name__, x.bit_length(), x.real, type(x.real).__name__)
print(I(), I('12'), I('ff', 16), I(3.9), I(-7))
