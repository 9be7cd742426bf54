# List comprehensions with conditions and nesting.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([c.upper() for c in "abc"])
print([[i * j for j in range(3)] for i in range(3)])
print([x if x % 2 else -x for x in range(5)])
print([y for row in [[1, 2], [3], []] for y in row])
print([n for n in [5, 3, 8] if n > 4])
