# Keys of different hashable types; unhashable keys fail.
d = {1: "int", "1": "str", (1,): "tuple", 1.5: "float", None: "none", frozenset([1]): "fs"}
print(d[1], d["1"], d[(1,)], d[1.5], d[None], d[frozenset([1])])
d[1.0] = "float one"
d[True] = "true"
print(d[1], len(d))
for bad in ([1], {1: 2}, {1}):
    try:
        d[bad] = 0
    except TypeError as e:
        print("TypeError", e)
print({-1: "a", -2: "b"}[-2], {2 ** 64: "big"}[2 ** 64])
