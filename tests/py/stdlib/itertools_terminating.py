# itertools iterators that end: accumulate, chain, compress, dropwhile, takewhile,
# filterfalse, islice, pairwise, starmap, zip_longest.
import itertools as it
import operator


def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


print(list(it.accumulate([1, 2, 3, 4])))
print(list(it.accumulate([1, 2, 3, 4], operator.mul)))
print(list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.accumulate([], initial=100)), list(it.accumulate([])))
print(list(it.accumulate('abc')), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2], func=lambda a, b: a - b, initial=None)))
err(lambda: it.accumulate())
err(lambda: it.accumulate([], None, None))
err(lambda: list(it.accumulate([1, 'a'])))

print(list(it.chain('ab', [1, 2], (), range(2))))
print(list(it.chain()), list(it.chain.from_iterable(['ab', 'cd'])))
print(list(it.islice(it.chain.from_iterable(it.repeat([1, 2])), 5)))
err(lambda: it.chain(x=1))
err(lambda: list(it.chain([1], 2)))
err(lambda: it.chain.from_iterable())
err(lambda: next(it.chain.from_iterable([1])))

print(list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(it.compress('AB', it.count())))
print(list(it.compress(data='abc', selectors=[0, 1, 1])))
err(lambda: it.compress([]))

print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, '', 'a'])))
err(lambda: it.dropwhile(len))
err(lambda: it.takewhile(len, 3))
err(lambda: it.filterfalse(None, [], x=1))
err(lambda: list(it.takewhile(len, [1])))

print(list(it.islice('ABCDEFG', 2)), list(it.islice('ABCDEFG', 2, 4)))
print(list(it.islice('ABCDEFG', 2, None)), list(it.islice('ABCDEFG', 0, None, 2)))
print(list(it.islice('ABCDEFG', None)), list(it.islice('ABCDEFG', None, None, None)))
print(list(it.islice(range(100), 10, 50, 7)), list(it.islice(it.count(), 2**70, 2**70 + 1)) if False else '')
print(list(it.islice([1, 2, 3], 5, 10)), list(it.islice(it.count(), 3, 8, 2)))
src = iter(range(10))
print(list(it.islice(src, 3)), next(src))
for args in [(-1,), ('a',), (1, 'a'), (1, 2, 0), (1, 2, -1), (-1, 2), (1.5,), (0, 1.5), (None, 5, 1.0)]:
    err(lambda: it.islice([], *args))
err(lambda: it.islice())
err(lambda: it.islice([], x=1))
err(lambda: it.islice([], 1, 2, 3, 4))
err(lambda: it.islice(3, 2))

print(list(it.pairwise('ABCDE')), list(it.pairwise('A')), list(it.pairwise([])))
err(lambda: it.pairwise())
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.starmap(operator.add, ['ab', 'cd'])))
err(lambda: list(it.starmap(len, [1])))
err(lambda: it.starmap(len))

print(list(it.zip_longest('ABCD', 'xy', fillvalue='-')), list(it.zip_longest()))
print(list(it.zip_longest([1], [2, 3], [4, 5, 6])))
err(lambda: it.zip_longest(x=2))
err(lambda: it.zip_longest([], fillvalue=1, x=2))
err(lambda: it.zip_longest([], 1))


class Boom:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError('boom')


z = it.zip_longest([1, 2], Boom())
err(lambda: next(z))
print(list(z))
