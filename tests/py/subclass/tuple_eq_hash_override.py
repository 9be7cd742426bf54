# A tuple subclass comparing and hashing on its first item only.
class Keyed(tuple):
    def __eq__(self, other):
        return self[0] == other[0]
    def __hash__(self):
        return hash(self[0])

a, b = Keyed((1, 'x')), Keyed((1, 'y'))
print(a == b, a != b, a == (1, 'z'), (1, 'z') == a, hash(a) == hash(1), len({a, b}))
d = {a: 'first'}
d[b] = 'second'
print(d, len(d), [a] == [b], (a,) == (b,), a in [b], [b].index(a))
