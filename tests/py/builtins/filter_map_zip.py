# filter(), map() and zip() are lazy iterators.
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(lambda x: x % 2, range(10))))
print(list(map(lambda x: x * 2, [1, 2, 3])), list(map(pow, [2, 3], [3, 2])))
print(list(map(str.upper, "abc")), list(map(len, ["", "ab"])))
print(list(zip("abc", [1, 2, 3])), list(zip("ab", range(10))), list(zip()), list(zip([1])))
print(list(zip("ab", "cd", "ef")), dict(zip(["k1", "k2"], [1, 2])))
pairs = [(1, "a"), (2, "b")]
nums, chars = zip(*pairs)
print(nums, chars)
calls = []
m = map(lambda x: calls.append(x) or x, [1, 2, 3])
print(calls, next(m), calls)
try:
    list(zip("ab", "c", strict=True))
except ValueError as e:
    print("ValueError", e)
