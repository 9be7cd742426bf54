# When no case matches, nothing runs and nothing is bound.
def f(v):
    result = "unset"
    match v:
        case 1:
            result = "one"
        case [x, y]:
            result = "pair"
    return result

print(f(1), f([1, 2]), f("no"))

match "nothing":
    case 1:
        print("never")
    case [z]:
        print("never")
print("z" in globals())
