# Value-pattern keys that turn out equal at run time are a ValueError; only keys up to
# the first missing one are checked.
class K:
    A = "a"
    B = "a"
    ONE = 1
    TRUE = True

for subject in [{"a": 1}, {"b": 1}, {1: 1}]:
    try:
        match subject:
            case {K.A: x, K.B: y}:
                print("matched", x, y)
            case {"b": 1, K.ONE: _, K.TRUE: _}:
                print("matched b")
            case {K.ONE: _, K.TRUE: _}:
                print("matched one")
            case _:
                print("no match")
    except ValueError as e:
        print("ValueError:", e)
