# Mapping patterns: the keys must be present (extra keys are fine), values must match.
def f(v):
    match v:
        case {}:
            if not v:
                return "empty dict"
            return "still {} matches any mapping: " + str(len(v))

def g(v):
    match v:
        case {"x": 0, "y": y}:
            return ("on the y axis", y)
        case {"x": x, "y": 0}:
            return ("on the x axis", x)
        case {"x": x, "y": y}:
            return ("point", x, y)
        case {1: one, 2: two} if one == two:
            return "equal values"
        case _:
            return "no"

print(f({}), f({"a": 1}))
for v in [{"x": 0, "y": 5}, {"x": 3, "y": 0}, {"x": 1, "y": 2, "z": 3}, {"x": 1},
          {"y": 1, "x": 2}, [("x", 1), ("y", 2)], {1: "one"}, {1: 0, 2: 0}]:
    print(repr(v), g(v))
