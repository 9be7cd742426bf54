# timsort: comparison counts and order match CPython's (runs, galloping, powersort).
count = 0
class C:
    __slots__ = ("v", "tag")
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag
    def __lt__(self, other):
        global count
        count += 1
        return self.v < other.v
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
def check(name, data, **kw):
    global count
    count = 0
    objs = [C(v, i) for i, v in enumerate(data)]
    objs.sort(**kw)
    print(name, len(data), count, hash(tuple((o.v, o.tag) for o in objs)) % 1000003)
for n in (0, 1, 2, 3, 10, 63, 64, 65, 100, 500, 1000, 3000):
    check("random", [rnd(1000) for _ in range(n)])
    check("dups", [rnd(5) for _ in range(n)])
    check("sorted", list(range(n)))
    check("reversed", list(range(n, 0, -1)))
    check("reverse-kw", [rnd(50) for _ in range(n)], reverse=True)
    check("sawtooth", [i % 37 for i in range(n)])
    check("blocks", [(i // 100) * 3 - (i % 100) for i in range(n)])
    check("keyed", [rnd(100) for _ in range(n)], key=lambda c: C(-c.v, 0))
    half = [rnd(100000) for _ in range(n // 2)]
    half.sort()
    check("two-runs", half + sorted(rnd(100000) for _ in range(n - n // 2)))
    check("gallop", list(range(0, n, 2)) + list(range(1, n, 2)))
    check("plateaus", [0] * (n // 3) + [1] * (n // 3) + [rnd(3) for _ in range(n - 2 * (n // 3))])
bad = [5, 3, 8, 1, "x", 4, 2] + list(range(100))
try:
    bad.sort()
except TypeError as e:
    print(e)
print(bad[:12])
bad = list(range(200, 0, -1)) + ["x"] + list(range(100))
try:
    bad.sort()
except TypeError as e:
    print(e)
print(bad[:5], bad[195:205], len(bad))
