# An OR pattern tries its alternatives left to right; the first match wins.
def f(v):
    match v:
        case 0 | 1 | 2:
            return "small"
        case [x] | (x, _) | {"x": x}:
            return ("x from", type(v).__name__, x)
        case str() | bytes():
            return "text"
        case (1 | 2 as a, 3 | 4 as b):
            return ("nested", a, b)
        case _:
            return "other"

for v in [0, 2, 3, [9], (8, 7), {"x": 6}, "s", b"b", [2, 4], (1, 3), [5, 5], {"y": 1}]:
    print(repr(v), f(v))
