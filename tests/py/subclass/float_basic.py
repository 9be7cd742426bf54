# A float subclass: inherited operations give floats.
class F(float):
    pass

x = F(2.5)
print(x, repr(x), type(x).__name__, isinstance(x, float), F('1e3'), F(), F(3))
for r in [x + 1, 1 + x, x * 2, x / 2, x // 2, x % 2, x ** 2, -x, +x, abs(x)]:
    print(r, type(r).__name__)
print(x == 2.5, hash(x) == hash(2.5), round(x), round(x, 1), type(round(x, 1)).__name__)
print(x.is_integer(), F(4.0).is_integer(), x.as_integer_ratio(), int(x), float(x), type(float(x)).__name__)
print(F('nan') != F('nan'), F('inf') > 1e308, divmod(x, 1))
