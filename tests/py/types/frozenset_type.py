# frozenset is immutable and hashable.
f = frozenset([3, 1, 2, 1])
print(f, len(f), 2 in f, f | {9}, f & {1, 5}, type(f | {9}).__name__)
print(frozenset(), frozenset() == set(), f == {1, 2, 3}, {f: "key"}[frozenset({1, 2, 3})])
print(f.union({4}), f.issubset({1, 2, 3, 4}), f.copy() is f, type({1} | f).__name__)
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError", e)
s = {frozenset({1}), frozenset({1})}
print(len(s))
