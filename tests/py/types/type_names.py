# type(x).__name__ for every builtin type.
values = [1, True, 1.0, 1j, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), range(1),
          slice(1), None, ..., NotImplemented, len, print, "".join, [].append, lambda: 0,
          type, object(), int, ValueError(), iter([]), iter(()), iter({}), iter(set()),
          zip(), map(abs, []), filter(None, []), enumerate([]), reversed([]),
          {}.keys(), {}.values(), {}.items(), iter(range(0)), iter(b"")]
for v in values:
    print(type(v).__name__)
