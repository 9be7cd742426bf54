# Equal ranges hash equal: hash((len, start or None, step or None)) as CPython.
print(hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(5, 1)))
print(hash(range(1, 2)) == hash(range(1, 2, 9)), {range(3): "a"}[range(0, 3, 1)])
print(hash(range(0)) == hash((0, None, None)), hash(range(4, 5)) == hash((1, 4, None)))
print(hash(range(1, 10, 2)) == hash((5, 1, 2)), len({range(0), range(3, 3), range(9, 1, 2)}))
