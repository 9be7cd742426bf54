# copy.copy and copy.deepcopy of the native module objects (their __copy__ and __reduce__).
import copy, itertools as it
from collections import deque, defaultdict, namedtuple, Counter
from _functools import partial
from _operator import itemgetter, attrgetter, methodcaller
d = deque([[1], 2], 5)
print(copy.copy(d), copy.deepcopy(d), copy.deepcopy(d)[0] is d[0])
dd = defaultdict(list, {1: [2]})
print(copy.copy(dd), copy.deepcopy(dd), copy.deepcopy(dd)[1] is dd[1])
P = namedtuple('P', 'x y')
print(copy.deepcopy(P(1, [2])), copy.copy(Counter('aab')))
p = partial(max, 1, key=abs)
print(copy.copy(p).args, copy.deepcopy(p).keywords)
print(copy.copy(itemgetter(1))([5, 6]), copy.deepcopy(attrgetter('real'))(3))
print(copy.copy(it.count(3)), copy.deepcopy(it.repeat('x', 2)))
class D(deque): pass
x = D([1]); x.tag = 't'
y = copy.deepcopy(x)
print(type(y).__name__, y, y.tag)
