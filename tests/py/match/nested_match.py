# A match inside a case body, and a match in a guard's callee.
def inner(v):
    match v:
        case int():
            return True
        case _:
            return False

def f(v):
    match v:
        case [head, *tail] if inner(head):
            match tail:
                case []:
                    return ("int alone", head)
                case [int() as second, *_]:
                    return ("two ints", head, second)
                case _:
                    return ("int then other", head)
        case [head, *_]:
            return ("not int", head)
        case _:
            return "not a sequence"

for v in [[1], [1, 2], [1, "x"], ["s", 1], 5]:
    print(repr(v), f(v))
