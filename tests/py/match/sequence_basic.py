# Sequence patterns: [..] and (..) both match lists, tuples and ranges of the length.
def f(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return ("one", x)
        case (x, y):
            return ("two", x, y)
        case [x, y, z]:
            return ("three", x, y, z)
        case _:
            return "other"

for v in [[], (), [1], (1,), [1, 2], (1, 2), range(3), [1, 2, 3, 4], range(0), "ab", 5]:
    print(repr(v), f(v))
