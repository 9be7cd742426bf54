# _collections.deque: construction, both ends, maxlen, rotation, searching, indexing,
# comparisons, arithmetic, reprs (recursive too), iteration and mutation errors.
from _collections import deque


def err(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)


d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft('xy')
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate()
print(d, d.maxlen)
d.reverse()
print(d, d.count(2), d.index(2), 2 in d, 'q' in d)
d.insert(1, 'ins')
d.insert(-1, 'neg')
d.insert(100, 'end')
print(d)
d.remove('ins')
d[0] = 'first'
del d[1]
print(d)
d.clear()
print(d, len(d))

b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10)
print(b)
b.appendleft(-1)
print(b)
b.extend([20, 21])
print(b)
b.extendleft([30, 31])
print(b)
z = deque([1, 2], maxlen=0)
z.append(5)
print(z)

s = deque([1, 2, 3])
s.extend(s)
print(s)
s += [9]
print(s)
s *= 2
print(s)
print(s + deque([0]), deque([1, 2]) * 2, 3 * deque('a'), deque([1]) * 0, deque([1, 2, 3], 4) * 2)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) == [1])
print(deque([1, 2]) != deque([1]), deque([2]) >= deque([1, 5]), deque() <= deque())

r = deque([1])
r.append(r)
print(r)
print(repr(deque()), repr(deque([], 2)), str(deque(['a'], 5)))

dd = deque('abc')
print(list(reversed(dd)), list(iter(dd)), dd.copy(), dd.__copy__(), deque([[1]], 3).__copy__())
it = iter(dd)
next(it)
dd.append('z')
err(lambda: next(it))
print(len(list(iter(deque(range(5))))), iter(deque([1, 2])).__length_hint__())

err(lambda: deque([], 'a'))
err(lambda: deque([], -1))
err(lambda: deque(1))
err(lambda: deque([], 1, 2))
err(lambda: deque(x=1))
err(lambda: deque().pop())
err(lambda: deque().popleft())
err(lambda: deque().append())
err(lambda: deque().rotate(1, 2))
err(lambda: deque().rotate('a'))
err(lambda: deque([1])[5])
err(lambda: deque([1])['a'])
err(lambda: deque([1])[0:1])
err(lambda: deque([1]).index(2))
err(lambda: deque([1]).index(1, 'a'))
err(lambda: deque([1]).remove(2))
err(lambda: deque([1], 1).insert(0, 2))
err(lambda: deque([1]) + [2])
err(lambda: deque([1]) * 'a')
err(lambda: deque([1]) < [1])
err(lambda: hash(deque()))
err(lambda: deque().count())
err(lambda: deque().index())
err(lambda: deque().insert(1))
err(lambda: deque.append(5, 1))
print(deque([1, 2, 3, 4, 5]).index(4, -3), deque('abcab').index('b', 2, 10))


class Bad:
    def __eq__(self, other):
        q.append(0)
        return False


q = deque([Bad(), Bad()])
err(lambda: q.count(1))
q = deque([Bad(), Bad()])
err(lambda: q.remove(1))
q = deque([Bad(), Bad()])
err(lambda: 1 in q)


class MyDeque(deque):
    def __init__(self, items, extra):
        super().__init__(items, maxlen=4)
        self.extra = extra

    def __repr__(self):
        return 'MyDeque' + super().__repr__()


m = MyDeque([1, 2, 3], 'x')
m.extend([4, 5])
print(m, m.extra, type(m).__name__, isinstance(m, deque), len(m))


class Plain(deque):
    pass


p = Plain('ab', 3)
print(p, p.copy(), type(p.copy()).__name__, p + deque('c'), type(p * 2).__name__)
print(deque.__name__, deque.__module__, deque, type(iter(deque())), type(reversed(deque())))


def set_x(o):
    o.x = 1


err(lambda: set_x(deque()))
err(lambda: deque().__dict__)
sub = Plain()
sub.y = 3
print(sub.y, sub.__dict__)
