# list() from every iterable, and list equality and copying.
print(list(), list("abc"), list((1, 2)), list(range(3)), list({"k": 1, "j": 2}))
print(list({"k": 1}.items()), list(b"ab"), list([1, [2]]), list(reversed([1, 2, 3])))
a = [1, 2]
b = list(a)
print(a == b, a is b)
print([1, 2, 3] * 2, [None] * 3, len([[]] * 5))
print(list(map(str, [1, 2])), list(zip("ab", [1, 2])), list(enumerate("xy", 1)))
