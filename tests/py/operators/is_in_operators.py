# is / is not / in / not in.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c)
print(None is None, 1 in a, 3 not in a, "ell" in "hello", "" in "x")
print(2 in (1, 2), "k" in {"k": 1}, 1 in {"k": 1}, 3 in {1, 2, 3})
print(b"b" in b"abc", 98 in b"abc", 5 in range(10), 10 in range(10))
print([1] in [[1], [2]], (1,) in [(1,)])
