# Structural pattern matching: 600 000 matches over literal, sequence, mapping and class
# patterns (issue 4, point 4).
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def classify(v):
    match v:
        case 0 | 1 | 2:
            return 1
        case [x, y]:
            return x + y
        case [x, *rest]:
            return x + len(rest)
        case {"k": k, "n": n}:
            return k * n
        case Point(0, y):
            return y
        case Point(x=x, y=y):
            return x - y
        case str():
            return 3
        case _:
            return 0


def main():
    values = [1, [2, 3], [4, 5, 6, 7], {"k": 2, "n": 3, "z": 0}, Point(0, 9), Point(5, 1),
              "s", None, 2, (1, 1), {"k": 1}, Point(2, 2)]
    total = 0
    for _ in range(50000):
        for v in values:
            total += classify(v)
    return total


result = main()
assert result == 1900000, result
print(result)
