# bool, bytearray, bytes, dict, float, frozenset, int, list, set, str and tuple take one
# positional sub-pattern matched against the subject itself.
def f(v):
    match v:
        case bool(b):
            return ("bool", b)
        case int(i):
            return ("int", i)
        case float(x):
            return ("float", x)
        case str(s):
            return ("str", s)
        case bytes(b) | bytearray(b):
            return ("bytes-like", b)
        case list([first, *_]):
            return ("list starting with", first)
        case tuple(t):
            return ("tuple", t)
        case dict({"k": k}):
            return ("dict with k", k)
        case set(s) | frozenset(s):
            return ("a set of", len(s))
        case _:
            return ("other", type(v).__name__)

for v in [True, 3, 2.5, "s", b"b", bytearray(b"ba"), [9, 8], [], (1,), {"k": 0},
          {"j": 0}, {1, 2}, frozenset(), None, 1j]:
    print(repr(v), f(v))

match 5:
    case int(real=r, imag=i):
        print("keywords on a built-in", r, i)
match 5:
    case bool():
        print("never")
    case int():
        print("5 is an int, not a bool")
match True:
    case int(x):
        print("True is an int too:", x)
