# __slots__ instances have no __dict__ unless '__dict__' is itself a slot.
class P:
    __slots__ = ('x', 'y')
p = P()
p.x = 1
print(hasattr(p, '__dict__'), p.x, '__dict__' in dir(p))
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
class Q:
    __slots__ = ('a', '__dict__')
q = Q()
q.a = 1
q.b = 2
print(q.__dict__, q.a)
class R:
    __slots__ = ['only']
print(R.__slots__, type(R.only).__name__)
class S:
    __slots__ = 'single'
s = S()
s.single = 'v'
print(s.single, S.__slots__)
