# _random.Random: CPython's MT19937 seeding, random(), getrandbits(), getstate/setstate.
import _random

r = _random.Random(1234)
print([r.random() for _ in range(5)])
print([r.getrandbits(k) for k in [0, 1, 5, 31, 32, 33, 64, 65, 100, 200]])
for seed in [0, 1, -1, 5, 2**32 - 1, 2**32, 2**64 + 3, -(10**40), True, 3.5, -2.25, 0.0]:
    r.seed(seed)
    print(seed, r.random(), r.getrandbits(40))
r.seed(None)
print(len(r.getstate()), 0 <= r.random() < 1)
r.seed()
print(0 <= r.random() < 1)
r = _random.Random(42)
s = r.getstate()
print(type(s).__name__, len(s), s[-1], s[:3])
a = [r.random() for _ in range(700)]
r.setstate(s)
b = [r.random() for _ in range(700)]
print(a == b, a[-1], sum(a))
r2 = _random.Random()
r2.setstate(r.getstate())
print(r2.random() == r.random())
print(_random.Random(7).getrandbits(1000))
print(_random.Random(2**100).random(), _random.Random(0).random())
print(_random.Random.__module__, _random.Random.__name__)
print(sorted(n for n in dir(_random.Random) if not n.startswith('_')))

class MyRandom(_random.Random):
    def __init__(self, x):
        super().__init__()
        self.seed(x)
        self.extra = 'yes'
    def seed(self, a=None):
        super().seed(a)
        self.seeded = a

m = MyRandom(99)
print(m.random(), m.extra, m.seeded, isinstance(m, _random.Random), type(m).__name__)

class Plain(_random.Random):
    pass
p = Plain(3)
print(p.random(), Plain().random() < 1)

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

r = _random.Random(5)
t(r.random, 1); t(r.seed, 1, 2); t(r.seed, n=1); t(r.getrandbits); t(r.getrandbits, -1)
t(r.getrandbits, 1.0); t(r.getrandbits, 2**40); t(r.setstate, []); t(r.setstate, (1, 2))
t(r.setstate, (1,) * 624 + (625,)); t(r.setstate, (-1,) * 625); t(r.setstate, ('a',) * 625)
t(r.setstate, (2**40,) * 625); t(r.setstate, (2**70,) * 625); t(r.getstate, 1); t(_random.Random, 1, 2)
t(r.seed, []); t(_random.Random, x=1); t(Plain, x=1); t(r.random)
