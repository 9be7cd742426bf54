# Nested displays and aliasing.
inner = [1, 2]
outer = [inner, inner]
inner.append(3)
print(outer)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
t = ([1], [2])
t[0].append(9)
print(t)
d = {"a": {"b": {"c": [1, {"d": None}]}}}
print(d["a"]["b"]["c"][1]["d"], d)
