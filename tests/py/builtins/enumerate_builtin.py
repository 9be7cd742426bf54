# enumerate() with start values.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)))
print(list(enumerate(range(3), start=-2)), list(enumerate("x", 2 ** 64)))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
e = enumerate("ab")
print(next(e), next(e))
try:
    next(e)
except StopIteration:
    print("StopIteration")
