# bool() of every built-in type's empty and non-empty values.
values = [0, 1, -1, 0.0, 0.1, 0j, 1j, "", " ", b"", b"\x00", [], [[]], (), ((),),
          {}, {0: 0}, set(), {0}, frozenset(), range(0), range(1), None, True, False,
          bytearray(), 2 ** 100, -0.0, float("nan")]
print([bool(v) for v in values])
