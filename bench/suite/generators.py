"""Generators: recursive yield-from tree walks, generator pipelines and a send()-driven mean."""
import sys


class Tree:
    __slots__ = ("left", "value", "right")

    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right


def build(low, high):
    """A balanced search tree over range(low, high)."""
    if low >= high:
        return None
    middle = (low + high) // 2
    return Tree(build(low, middle), middle, build(middle + 1, high))


def in_order(tree):
    if tree is not None:
        yield from in_order(tree.left)
        yield tree.value
        yield from in_order(tree.right)


def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def pipeline(limit):
    """Stages chained as generators: squares of the multiples of 3, in pairs, summed."""
    multiples = (n for n in numbers(limit) if n % 3 == 0)
    squares = (n * n for n in multiples)

    def pairs(items):
        items = iter(items)
        for first in items:
            yield first, next(items, 0)

    return sum(a - b for a, b in pairs(squares))


def running_average():
    """A coroutine-style generator: send numbers in, get the running mean back."""
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


def averaged(limit):
    averager = running_average()
    next(averager)
    last = None
    for n in range(limit):
        last = averager.send(n % 17)
    averager.close()
    return last


def workload():
    tree = build(0, 50000)
    walked = sum(in_order(tree))
    return walked, pipeline(300000), "%.6f" % averaged(150000)


loops = int(sys.argv[1]) if len(sys.argv) > 1 else 10
for _ in range(loops):
    result = workload()
if result != (1249975000, -44999550000, '7.999760'):
    raise SystemExit(f"generators: wrong result {result}")
print("generators: tree sum %d, pipeline %d, average %s" % result)
