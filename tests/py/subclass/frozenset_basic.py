# A frozenset subclass: hashable; operations give plain frozensets.
class F(frozenset):
    pass

f = F([1, 2])
print(f, repr(f), type(f).__name__, F(), hash(f) == hash(frozenset([1, 2])))
for r in [f | {3}, f & {1}, f - {1}, f ^ {5}, f.union([7]), f.copy(), frozenset(f), {3} | f]:
    print(r, type(r).__name__)
print({f: 'a'}[frozenset([1, 2])], f == {1, 2}, f.isdisjoint({9}), f.copy() is f)
g = f
g |= {4}
print(g, type(g).__name__, f)
