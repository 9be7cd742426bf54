# Names bound before a guard that fails stay bound; a pattern that fails binds nothing.
match [1, 2]:
    case [a, b] if a > b:
        print("never")
    case _:
        print("after the failed guard", a, b)

match [1, 0]:
    case [c, 1]:
        print("never")
    case _:
        pass
try:
    print(c)
except NameError as e:
    print("NameError:", e)

def f():
    match (1, (2, 3)):
        case (x, (y, 4)):
            pass
        case (z, 5):
            pass
    try:
        return x
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)

print(f())

def g(v):
    seen = []
    match v:
        case [p, q] if seen.append((p, q)):
            pass
        case [p, q, r] if seen.append((p, q, r)):
            pass
        case _:
            pass
    return seen, p

print(g([1, 2, 3]))
