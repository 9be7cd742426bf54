# __slots__: member descriptors on the class, no instance __dict__, unset slots.
class Pt:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return self.x * self.x + self.y * self.y
pts = [Pt(i, i + 1) for i in range(5)]
print(sum(p.norm() for p in pts), pts[2].x, pts[2].y)
print(Pt.x, type(Pt.x).__name__, Pt.x.__name__)
print(hasattr(pts[0], '__dict__'))
try:
    Pt(1, 2).z = 3
except AttributeError as e:
    print(e)
class Q:
    __slots__ = 'a'
q = Q()
try:
    q.a
except AttributeError as e:
    print(e)
q.a = 5
print(q.a, Q.__slots__)
del q.a
try:
    del q.a
except AttributeError as e:
    print(e)
try:
    q.__dict__
except AttributeError as e:
    print(e)
try:
    vars(q)
except TypeError as e:
    print(e)
print(Q.a.__get__(None, Q) is Q.a)
Q.a.__set__(q, 9)
print(Q.a.__get__(q, Q))
class W:
    __slots__ = ()
try:
    W().x = 1
except AttributeError as e:
    print(e)
