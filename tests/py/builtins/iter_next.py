# iter() and next(), including the two-argument sentinel form and next's default.
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
values = [5, 4, 3, 0, 9]
pos = -1
def produce():
    global pos
    pos += 1
    return values[pos]
print(list(iter(produce, 0)))
s = iter("ab")
print(iter(s) is s, list(s), list(s))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
try:
    next([1])
except TypeError as e:
    print("TypeError", e)
