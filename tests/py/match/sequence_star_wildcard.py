# With a wildcard star, items are taken by index from both ends (len() for the end).
def f(v):
    match v:
        case [a, *_, b]:
            return ("ends", a, b)
        case [*_, 0]:
            return "ends in zero"
        case [1, *_]:
            return "starts with one"
        case [*_]:
            return "any sequence"
        case _:
            return "not a sequence"

for v in [[1, 2, 3, 4], (5, 6), [7], [1], [0], range(10, 20), [], "x"]:
    print(repr(v), f(v))

match range(10 ** 6):
    case [a, b, *_, y, z]:
        print(a, b, y, z)
