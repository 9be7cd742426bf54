# A namedtuple-like class built by subclassing tuple.
class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return 'Point(x=%r, y=%r)' % self
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

p = Point(1, 2)
q = p + Point(10, 20)
print(p, q, type(q).__name__, p.x, q.y, p == (1, 2), len(p))
x, y = q
print(x, y, {p: 'origin+'}[(1, 2)], [p], tuple(p), list(p))
print(p[0:1], type(p[0:1]).__name__, p * 2, isinstance(p, tuple))
