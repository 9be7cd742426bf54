# Tuple packing, unpacking, single-element tuples and nesting.
t = 1, 2, 3
print(t, type(t).__name__, len(t))
single = 5,
print(single, (5), (5,))
a, b = b, a = 1, 2
print(a, b)
x, y = 10, 20
x, y = y, x
print(x, y)
nested = (1, (2, (3, (4,))))
print(nested[1][1][1][0])
print(tuple([1, 2]), tuple("ab"), tuple(), tuple(range(3)))
print((1, 2) + (3,), (0,) * 4, (1, 2, 1).count(1), (1, 2, 3).index(3))
