"""Fannkuch: maximum pancake flips over all permutations, plus the signed checksum."""
import sys


def fannkuch(n):
    """Visit every permutation of range(n) in rotation order; flip each until 0 leads."""
    order = list(range(n))
    counters = [0] * n
    max_flips = checksum = 0
    even = True
    level = n
    while True:
        while level > 1:
            counters[level - 1] = level
            level -= 1
        perm = order[:]
        flips = 0
        head = perm[0]
        while head:
            perm[:head + 1] = perm[head::-1]
            flips += 1
            head = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if even else -flips
        even = not even
        while True:
            if level == n:
                return max_flips, checksum
            # Rotate the first level + 1 elements left by one.
            order[:level + 1] = order[1:level + 1] + order[:1]
            counters[level] -= 1
            if counters[level] > 0:
                break
            level += 1


loops = int(sys.argv[1]) if len(sys.argv) > 1 else 16
for _ in range(loops):
    result = fannkuch(8)
if result != (22, 1616):
    raise SystemExit(f"fannkuch: wrong (max flips, checksum) {result}")
print("fannkuch(8): max flips %d, checksum %d" % result)
