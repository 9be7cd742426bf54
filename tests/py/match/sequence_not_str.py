# str, bytes and bytearray are not sequences for pattern matching; nor are dicts,
# sets, iterators or arbitrary iterables.
def f(v):
    match v:
        case [a, b]:
            return ("pair", a, b)
        case [*items]:
            return ("sequence", items)
        case _:
            return "not a sequence"

class Iterable:
    def __iter__(self):
        return iter([1, 2])

for v in ["ab", b"ab", bytearray(b"ab"), {1: 2, 3: 4}, {1, 2}, iter([1, 2]),
          Iterable(), (1, 2), [1, 2], range(5), (), "", frozenset()]:
    print(type(v).__name__, f(v))
