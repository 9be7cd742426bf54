# sum() with start values and mixed numeric types.
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([1, 2.5, True]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum(range(10 ** 6)))
print(sum([2 ** 64, 2 ** 64]), sum([1j, 2]), sum([], start=5))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError", e)
