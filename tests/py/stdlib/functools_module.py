# The functools module over the native _functools: lru_cache, cache, partial, reduce,
# cmp_to_key, wraps, total_ordering, singledispatch, cached_property.
import functools


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info(), fib.__wrapped__.__name__, fib.cache_parameters())


@functools.lru_cache(maxsize=2)
def sq(x):
    return x * x


print([sq(i % 3) for i in range(6)], sq.cache_info())
sq.cache_clear()
print(sq.cache_info())


@functools.cache
def twice(x):
    return 2 * x


print(twice(4), twice(4), twice.cache_info())
p = functools.partial(int, base=2)
print(p('1010'), p, functools.reduce(lambda a, b: a * b, range(1, 6)))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))


def deco(f):
    @functools.wraps(f)
    def inner(*a):
        return f(*a)
    return inner


@deco
def named():
    """doc"""


print(named.__name__, named.__doc__, named.__wrapped__ is not None)


@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))


@functools.singledispatch
def kind(x):
    return 'object'


@kind.register
def _(x: int):
    return 'int'


print(kind(1), kind('a'), kind(2.0))


class C:
    @functools.cached_property
    def value(self):
        print('computing')
        return 42


c = C()
print(c.value, c.value)
pm = functools.partialmethod
print(pm)
