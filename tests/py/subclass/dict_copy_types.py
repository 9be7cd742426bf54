# Operations on a dict subclass that build new dicts give plain dicts.
class D(dict):
    pass

d = D(a=1, b=2)
for r in [d.copy(), dict(d), {**d}, d | {'c': 3}, {'c': 3} | d]:
    print(r, type(r).__name__)
d2 = d
d2 |= {'z': 0}
print(d2 is d, type(d2).__name__, d)
print(d == {'a': 1, 'b': 2, 'z': 0}, list(d.keys()), list(d.values()), list(d.items()))
print(sorted(d), len(d), 'a' in d, d.get('b'), repr(d), str(d))
