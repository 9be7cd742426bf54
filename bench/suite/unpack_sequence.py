"""Unpack sequence: tuple and list unpacking in assignments, swaps, loops, starred and nested."""
import sys


def fixed_width(rows):
    """Unpack ten-item tuples and lists straight into names."""
    total = 0
    for row in rows:
        a, b, c, d, e, f, g, h, i, j = row
        total += a - b + c - d + e - f + g - h + i - j
    return total


def swaps(count):
    """Rotate and swap through tuple packing/unpacking: a Fibonacci-like walk mod a prime."""
    a, b, c = 1, 2, 3
    for _ in range(count):
        a, b, c = b, c, (a + b + c) % 1000003
        a, b = b, a
    return a + b + c


def starred(rows):
    total = 0
    for row in rows:
        first, *middle, last = row
        head, *rest = middle
        total += first * last + head + len(rest)
    return total


def nested(pairs):
    total = 0
    for (x1, y1), (x2, y2) in pairs:
        dx, dy = x2 - x1, y2 - y1
        total += dx * dx + dy * dy
    return total


def divmods(count):
    total = 0
    for n in range(1, count):
        quotient, remainder = divmod(n * 7919, 97)
        total += quotient ^ remainder
    return total


def workload():
    tuples = [tuple(range(k, k + 10)) for k in range(2000)]
    lists = [list(row) for row in tuples]
    pairs = [((k, k + 1), (k * 2, k - 3)) for k in range(2000)]
    total = 0
    for _ in range(20):
        total += fixed_width(tuples) + fixed_width(lists) + starred(tuples) + nested(pairs)
    return total + swaps(100000) + divmods(100000)


loops = int(sys.argv[1]) if len(sys.argv) > 1 else 18
for _ in range(loops):
    result = workload()
if result != 515179797376:
    raise SystemExit(f"unpack_sequence: wrong total {result}")
print("unpack_sequence: total", result)
