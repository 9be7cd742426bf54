# _collections.defaultdict, _count_elements and _tuplegetter.
from _collections import defaultdict, _count_elements, _tuplegetter


def err(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)


d = defaultdict(list)
d['a'].append(1)
d['a'].append(2)
d['b'].append(3)
print(d, d.default_factory, isinstance(d, dict), len(d))
print(d['missing'], 'missing' in d, d.get('other'), 'other' in d)
c = defaultdict(int, {'x': 1}, y=2)
c['x'] += 10
c['z'] += 1
print(c, sorted(c.items()))
n = defaultdict()
print(n, n.default_factory)
err(lambda: n['k'])
err(lambda: defaultdict(5))
err(lambda: defaultdict(list).__missing__(1))
print(defaultdict(list, [(1, 2)], a=3))
cp = c.copy()
cp['new'] += 5
print(type(cp).__name__, cp, c == cp, c.__copy__(), defaultdict(list, {1: [2]}).__reduce__()[:2])
print(defaultdict(list) | {1: 2}, {1: 2} | defaultdict(list, {3: 4}))
u = defaultdict(set)
u |= {1: {2}}
print(u)
try:
    defaultdict(list) | 5
except TypeError:
    print('TypeError for | with an int')
d.default_factory = lambda: 'dflt'
print(d['q'], d.default_factory is not None)
r = defaultdict(None)
r.default_factory = r.__len__
print(r[0], r[1], dict(r))
rr = defaultdict(list)
rr.default_factory = rr.copy
print(repr(rr)[:12])


class Counting(defaultdict):
    def __missing__(self, key):
        return 'custom ' + str(key)


cd = Counting(int)
print(cd['a'], dict(cd), type(cd).__name__)

counts = {}
_count_elements(counts, 'abracadabra')
print(sorted(counts.items()))


class MyMap(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)


mm = MyMap()
_count_elements(mm, 'aab')
print(sorted(mm.items()))
err(lambda: _count_elements({}, 5))
err(lambda: _count_elements({}))


class Point(tuple):
    x = _tuplegetter(0, 'the x')
    y = _tuplegetter(1, 'the y')


pt = Point((3, 4))
print(pt.x, pt.y, Point.x.__doc__, type(Point.x).__name__)
err(lambda: setattr(pt, 'x', 5))
err(lambda: delattr(pt, 'x'))
err(lambda: Point.x.__get__(5))
err(lambda: Point((1,)).y)
print(Point.x.__get__(None, Point) is Point.x, Point.y.__get__((7, 8)))
selfref = defaultdict(list)
selfref[1] = selfref
print(selfref)
