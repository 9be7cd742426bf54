# Sequence patterns nest, with any pattern kind inside.
def f(v):
    match v:
        case [[x, y], [z, *rest]]:
            return ("nested", x, y, z, rest)
        case [(1 | 2) as a, [b, (3, c)]]:
            return ("deeper", a, b, c)
        case [{"k": k}, [str() as s]]:
            return ("mixed", k, s)
        case _:
            return "other"

for v in [[[1, 2], [3]], [[1, 2], [3, 4, 5]], [2, [0, (3, 9)]], [1, [0, [3, 8]]],
          [{"k": 1, "j": 2}, ["s"]], [{"k": 1}, [1]], [[1], [2]]]:
    print(repr(v), f(v))
