# Value patterns: dotted names compared with ==, looked up each time the case is tried.
import sys

class Color:
    RED = 1
    GREEN = 2
    class Shade:
        DARK = "dark"

def name(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Color.Shade.DARK:
            return "dark"
        case sys.maxsize:
            return "maxsize"
        case _:
            return "unknown"

for c in [1, 2, 1.0, True, "dark", sys.maxsize, 3]:
    print(repr(c), name(c))

Color.RED = 7
print(name(7), name(1))
