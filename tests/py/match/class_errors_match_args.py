# __match_args__ must be a tuple of strings.
class ListArgs:
    __match_args__ = ["a"]
    a = 1

class IntArgs:
    __match_args__ = (1,)

class Short:
    __match_args__ = ("a", 2)
    a = 1

for cls in [ListArgs, IntArgs, Short]:
    try:
        match cls():
            case ListArgs(x) | IntArgs(x):
                print("matched", x)
            case Short(x):
                print("only the names used are checked:", x)
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)

match ListArgs():
    case ListArgs(a=v):
        print("keyword patterns never look at __match_args__:", v)
