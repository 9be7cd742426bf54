# One attribute named by two sub-patterns is a TypeError at match time.
class C:
    __match_args__ = ("a", "b")
    a = 1
    b = 2

class Twice:
    __match_args__ = ("a", "a")
    a = 1

for label, subject in [("positional and keyword", C()), ("twice in __match_args__", Twice())]:
    try:
        match subject:
            case C(x, a=y):
                print("matched", x, y)
            case Twice(x, y):
                print("matched", x, y)
    except TypeError as e:
        print(label, "TypeError:", e)

match C():
    case C(x, b=y):
        print("different attributes are fine", x, y)
