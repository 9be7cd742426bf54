# len() of every sized type.
print(len(""), len("héllo"), len(b"ab"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2}))
print(len(range(0, 100, 7)), len(frozenset()), len(bytearray(5)), len({}.keys()), len("😀"))
for bad in (5, None, 1.0, iter([])):
    try:
        len(bad)
    except TypeError as e:
        print("TypeError", e)
