# Parentheses group a pattern; a group is not a tuple.
def f(v):
    match v:
        case (1):
            return "one"
        case ((2 | 3)):
            return "two or three"
        case (x) if x == 4:
            return "four in a group"
        case ([a, b]):
            return ("list in a group", a, b)
        case (c,):
            return ("one-tuple pattern", c)
        case _:
            return "other"

for v in [1, 2, 3, 4, [5, 6], (7,), [8], 9, (1, 2, 3)]:
    print(repr(v), f(v))
