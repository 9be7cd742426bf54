# Starred items in list/tuple/set/dict displays.
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), [0, *a, 9], (*"hi",))
print({*a, *b, 1}, {**{"x": 1}, "y": 2, **{"x": 3}})
print([*range(3), *{}, *[]], (*a,))
print([*a] is a, [*a] == a)
d = {"k": 1}
print({**d, **{"k": 2, "m": 3}})
