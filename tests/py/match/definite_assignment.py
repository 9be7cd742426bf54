# Names assigned in some cases only may be unbound after the match.
def f(v):
    match v:
        case 1:
            y = "one"
        case 2:
            y = "two"
        case 3:
            pass
    return y

for v in [1, 2, 3, 4]:
    try:
        print(f(v))
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)

def g(v):
    match v:
        case [w]:
            pass
        case w:
            pass
    return w

print(g([5]), g(6))
