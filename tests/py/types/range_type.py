# range objects: indexing, slicing, len, containment, equality.
r = range(2, 20, 3)
print(r, len(r), r[0], r[-1], r[2:4], r[::-1], list(r[::2]))
print(5 in r, 6 in r, r.index(8), r.count(11), r.start, r.stop, r.step)
print(range(0), range(5), range(-5, 5), list(range(10, 0, -2)), len(range(0, -5)))
print(range(0, 3) == range(0, 3), range(0) == range(5, 5), range(1, 6, 2) == range(1, 7, 2))
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20), range(10 ** 20)[10 ** 19])
try:
    len(range(10 ** 20))
except OverflowError as e:
    print("OverflowError", e)
print(list(range(5, -5, -3)), sum(range(101)), max(range(7)), list(reversed(range(4))))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    r.index(100)
except ValueError as e:
    print("ValueError", e)
