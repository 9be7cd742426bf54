# return, break and continue inside cases; try/finally around a match.
def first_pair(items):
    for item in items:
        match item:
            case [a, b]:
                return (a, b)
            case "stop":
                break
            case "skip":
                continue
            case _:
                pass
        print("  looked at", item)
    return None

print(first_pair([1, "skip", [2, 3]]))
print(first_pair([1, "stop", [2, 3]]))

def with_finally(v):
    try:
        match v:
            case 0:
                raise ValueError("zero")
            case n:
                return n * 2
    finally:
        print("  finally for", v)

print(with_finally(4))
try:
    with_finally(0)
except ValueError as e:
    print("ValueError:", e)

n = 0
while True:
    match n:
        case 3:
            break
        case _:
            n += 1
print("n =", n)
