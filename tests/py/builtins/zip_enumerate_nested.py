# Combining zip, enumerate, map, reversed and sorted.
names = ["x", "y", "z"]
vals = [3, 1, 2]
for i, (n, v) in enumerate(zip(names, vals), 1):
    print(i, n, v)
print(sorted(zip(vals, names)), list(reversed(list(zip(names, vals)))))
print(dict(enumerate(reversed(names))), list(map(lambda p: p[0] * p[1], zip(vals, vals))))
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
