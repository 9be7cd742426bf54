# Literal displays print like CPython.
print([], (), {}, [1], (1,), {1: 2})
print([1, [2, [3, []]]])
print((1, (2, (3,))), ((),))
print({"a": [1, 2], "b": (3,)})
print({1, 2, 3}, set())
print([1.5, -0.0, 1e100, None, True, "s", b"b"])
