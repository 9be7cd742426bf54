# `pattern as name` binds the value matched by the pattern.
def f(v):
    match v:
        case [1, 2] as pair:
            return ("pair", pair, pair is v)
        case [(0 | 1) as bit, *rest] as whole:
            return ("bit", bit, rest, whole)
        case {"k": [_, _] as two} as m:
            return ("mapping", two, len(m))
        case (str() | bytes()) as text:
            return ("text", text)
        case other:
            return ("other", other)

for v in [[1, 2], (1, 2), [0, 5, 6], [1], {"k": (3, 4)}, "s", b"b", 7]:
    print(repr(v), f(v))

match 5:
    case x as y:
        print(x, y)
