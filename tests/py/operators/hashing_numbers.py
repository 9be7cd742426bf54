# hash() of numbers is deterministic and consistent across types.
print(hash(1), hash(1.0), hash(True), hash(0), hash(-1), hash(-2))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100), hash(-(2 ** 100)))
print(hash(0.5), hash(1.5), hash(-0.0), hash(float("inf")), hash(1e100))
print(hash(1 + 0j) == hash(1), hash(2j))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(()) == hash(()))
print(hash(None) == hash(None))
