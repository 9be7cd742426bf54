# A guard runs after the pattern matched and its names are bound; a false guard moves
# on to the next case.
def classify(v):
    match v:
        case int(n) if n < 0:
            return "negative"
        case int(n) if n == 0:
            return "zero"
        case int(n) if n % 2:
            return "odd"
        case int():
            return "even"
        case [x, y] if x == y:
            return "pair of equals"
        case [x, y] if (total := x + y) > 10:
            return f"big pair {total}"
        case [x, y]:
            return "pair"
        case _ if isinstance(v, str):
            return "a string"
        case _:
            return "something"

for v in [-3, 0, 7, 8, [2, 2], [5, 9], [1, 2], "s", None]:
    print(repr(v), classify(v))
