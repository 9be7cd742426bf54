# Nested comprehensions: transpose, flatten, cartesian product.
m = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in m] for i in range(3)])
print([v for row in m for v in row])
print([(a, b) for a in "xy" for b in (1, 2)])
print([[c for c in w] for w in ["ab", "c"]])
print({k: [v for v in range(k)] for k in range(4)})
print([x for x in [y * 2 for y in range(5)] if x > 2])
