# Subclasses of itertools types: overridden __next__ seen by for loops, unpacking and
# builtins; attributes; reprs with the subclass name; types that refuse subclassing.
import itertools as it


class C2(it.chain):
    def __next__(self):
        return super().__next__() * 2


for x in C2([1, 2]):
    print(x)
print([x for x in C2([3])], sum(C2([1, 1])), sorted(C2([2, 1])), tuple(C2('ab')))
a, b = C2([1, 2])
print(a, b, *C2([5]))


class Rep(it.repeat):
    pass


r = Rep('x', 2)
r.note = 'n'
print(r, r.note, list(r), r, isinstance(r, it.repeat))


class Cnt(it.count):
    def __repr__(self):
        return 'Cnt<' + super().__repr__() + '>'


print(Cnt(3, 2), next(Cnt(7)))


class Islice(it.islice):
    def __iter__(self):
        return iter(['replaced'])


print(list(Islice('abc', 2)), next(Islice('abc', 2)))
for name in ['_grouper', '_tee']:
    try:
        type('X', (getattr(it, name),), {})
    except TypeError as e:
        print('TypeError', e)
try:
    it.count.__new__(int)
except TypeError as e:
    print('TypeError', e)
print(it.chain.__new__(C2, [1]).__class__.__name__)
import _collections, _functools, _operator
print(it.tee.__module__, _operator.add.__module__, _functools.reduce.__module__,
      _collections._count_elements.__module__, it.count.__module__, _collections.deque.__module__)
