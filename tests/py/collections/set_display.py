# Set displays of small ints are ordered by hash buckets deterministically.
print({3, 1, 2}, {1, 1, 1}, {-1, -2}, {0, 100, 7})
print(set(), {(1, 2)}, {frozenset({1})})
print({1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3})
print(len({1, 1.0, True}), {1, 1.0, True})
print(sorted({10, 5, 7}))
