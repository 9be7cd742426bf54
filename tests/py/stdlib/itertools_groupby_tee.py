# itertools.groupby (with the _grouper invalidation rules) and tee (shared buffers,
# __copy__, n argument).
import itertools as it


def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


print([(k, list(g)) for k, g in it.groupby('AAAABBBCCDAABBB')])
print([k for k, g in it.groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in it.groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
print(list(it.groupby([])))
groups = list(it.groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
gb = it.groupby('aaabbc')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
gb = it.groupby('xxy')
k, g = next(gb)
print(list(g), list(g), next(gb)[0])
print(type(g).__name__, type(g))
err(lambda: it.groupby())
err(lambda: it.groupby([], None, 3))
err(lambda: it.groupby([], x=3))
err(lambda: it.groupby(3))
err(lambda: next(it.groupby([1], key=len)))


class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if self.v == 'bad' or other.v == 'bad':
            raise ValueError('cannot compare')
        return self.v == other.v


gb = it.groupby([K(1), K('bad')], key=lambda x: x)
next(gb)
err(lambda: next(gb))

a, b = it.tee(range(5))
print(next(a), next(a), list(b), list(a))
print(type(a).__name__, type(a))
t = it.tee('abc', 3)
print(len(t), [list(x) for x in t])
print(it.tee([], 0))
err(lambda: it.tee([], -1))
err(lambda: it.tee())
err(lambda: it.tee([], 'a'))
x, = it.tee(iter([1, 2, 3]), 1)
y = x.__copy__()
print(next(x), list(y), list(x))
p, q = it.tee(range(200))
print(sum(p), sum(q))
c1, c2 = it.tee(it.count())
print([next(c1) for _ in range(100)][-1], next(c2))
t1, t2 = it.tee(c1)
print(type(t1) is type(c1), next(t1), next(t2), next(c1))
print(list(it._tee([4, 5])))

