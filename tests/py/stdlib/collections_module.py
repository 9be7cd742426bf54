# The collections package over the native _collections: namedtuple (its _tuplegetter
# fields), Counter (_count_elements), OrderedDict, ChainMap, deque and defaultdict.
import collections
import collections.abc
from collections import namedtuple, Counter, OrderedDict, ChainMap, deque, defaultdict

P = namedtuple('P', 'x y')
p = P(1, 2)
print(p, p.x, p.y, p._replace(x=5), P._fields, p._asdict(), P.x.__doc__)
try:
    p.x = 3
except AttributeError as e:
    print('AttributeError', e)
c = Counter('abracadabra')
print(c.most_common(3), c['z'], sorted(c.elements())[:4], c + Counter('aaz'))
c.update(['a', 'q'])
print(c['a'], c['q'], sorted((c - Counter(a=10)).items()))
od = OrderedDict(a=1, b=2)
od.move_to_end('a')
print(od, list(od), od.popitem(last=False))
cm = ChainMap({'a': 1}, {'b': 2, 'a': 9})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.new_child({'c': 3})['c'])
d = deque([1, 2, 3], maxlen=5)
d.rotate(1)
print(d, isinstance(d, collections.abc.MutableSequence), isinstance({}, collections.abc.Mapping))
dd = defaultdict(list)
dd['k'].append(1)
print(dd, collections.defaultdict is defaultdict)
