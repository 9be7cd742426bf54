# itertools.count, cycle and repeat: values, reprs, length hints and argument errors.
import itertools as it


def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


c = it.count()
print([next(c) for _ in range(3)], c)
print(list(it.islice(it.count(1.5, 0.5), 4)))
print(list(it.islice(it.count(10, -3), 4)))
print(list(it.islice(it.count(2**62, 2**62), 3)))
print(it.count(), it.count(1.5), it.count(2, 3), it.count(1, 1.0), it.count(0, -1))
print(it.count(2**70, 2**65), it.count(step=2), it.count(1.0, 1))
print(list(it.islice(it.count(True), 3)))
err(lambda: it.count('a'))
err(lambda: it.count(1, 'a'))
err(lambda: it.count(1, 2, 3))
err(lambda: it.count(x=2))

cy = it.cycle('abc')
print(''.join(next(cy) for _ in range(8)))
print(list(it.cycle([])))
err(lambda: it.cycle())
err(lambda: it.cycle(1, 2))
err(lambda: it.cycle(x=1))
err(lambda: it.cycle(5))

r = it.repeat('x', 3)
print(r, r.__length_hint__(), list(r), r, r.__length_hint__())
print(it.repeat(1), it.repeat([1], times=2), it.repeat(1, -5), list(it.repeat(1, -5)))
print(list(it.islice(it.repeat(7), 3)))
err(lambda: it.repeat(1).__length_hint__())
err(lambda: it.repeat())
err(lambda: it.repeat(1, 'a'))
err(lambda: it.repeat(1, x=2))
import operator
print(operator.length_hint(it.repeat(0, 4)))


class MyCount(it.count):
    pass


m = MyCount(5)
print(m, next(m), next(m), type(m).__name__, isinstance(m, it.count))
print(it.count.__name__, it.count.__module__, it.count.__qualname__, it.count)
print(type(it.count()) is it.count, iter(c) is c)
c5 = it.count(5)
next(c5)
print(c5.__reduce__(), it.count(1.5, 2).__reduce__(), it.repeat('a', 3).__reduce__(), it.repeat(1).__reduce__())
r3 = it.repeat('a', 3)
next(r3)
print(r3.__reduce__())
