# str() of every builtin type.
values = [0, -1, 2 ** 70, True, 1.5, 1e100, -0.0, 2j, "s", b"b", bytearray(b"x"), [1, "a"],
          (1,), {"k": [1]}, {1}, frozenset({2}), range(3), slice(1), None, ..., NotImplemented,
          ValueError("msg"), int, type(None), len]
for v in values:
    print(str(v), "|", repr(v))
