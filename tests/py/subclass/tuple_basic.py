# A tuple subclass: slicing, concatenation and repetition give tuples.
class T(tuple):
    pass

t = T([1, 2, 3])
print(t, repr(t), type(t).__name__, len(t), t[0], t.count(2), t.index(3))
for r in [t[0:2], t[:], t + (4,), (0,) + t, t * 2, tuple(t), t[::-1]]:
    print(r, type(r).__name__)
print(t == (1, 2, 3), (1, 2, 3) == t, hash(t) == hash((1, 2, 3)), t < (1, 2, 4), 2 in t)
print(T(), T('ab'), T(range(2)), sorted(T([3, 1])))
a, b, c = t
print(a, b, c, [*t], max(t))
