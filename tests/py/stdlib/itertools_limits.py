# Huge and out-of-range arguments of itertools and deque: the errors CPython raises
# (conversion overflow, repeat bounds, memory) instead of hanging or crashing.
import itertools as it
from _collections import deque


def err(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)


err(lambda: it.tee(it.count(), 2**62))
err(lambda: it.tee([], 2**70))
err(lambda: next(it.islice(it.count(), 2**70, None)))
err(lambda: list(it.islice('abc', 1, -2**70)))
err(lambda: list(it.islice('abcdef', 1, 2**70, 2)))
err(lambda: list(it.islice('abcdef', 2**70)))
err(lambda: list(it.islice('abcdef', 0, None, 2**70)))
err(lambda: list(it.product(range(3), repeat=2**62)))
err(lambda: it.product('ab', repeat=2**70))
err(lambda: it.repeat(1, 2**70))
err(lambda: list(it.repeat(1, -2**70)))
err(lambda: it.combinations('ab', 2**70))
err(lambda: list(it.combinations('ab', 2**40)))
err(lambda: list(it.permutations('ab', 2**40)))
err(lambda: deque([1, 2, 3]) * (2**62))
err(lambda: deque([1], 3) * (2**70))
err(lambda: deque([1], 3) * (2**60))
err(lambda: deque([1, 2]) * -5)
err(lambda: deque([1], 2**70))
err(lambda: deque([1])[2**70])
err(lambda: deque([1]).rotate(2**70))
err(lambda: deque([1, 2, 3]).rotate(2**62) or 'rotated')
err(lambda: deque([1]).insert(2**70, 0))
