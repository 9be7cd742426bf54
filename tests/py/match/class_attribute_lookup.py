# Attributes are fetched in order (positional, then keyword) and the first missing one
# ends the match; only AttributeError means "missing", other errors propagate.
class Dyn:
    __match_args__ = ("a", "b")
    def __getattr__(self, name):
        print("  getattr", name)
        if name == "boom":
            raise KeyError(name)
        if name.startswith("no"):
            raise AttributeError(name)
        return name.upper()

def f(v):
    match v:
        case Dyn(x, no_such=y):
            return ("first", x, y)
        case Dyn(x, y, c=z):
            return ("second", x, y, z)

print(f(Dyn()))
try:
    match Dyn():
        case Dyn(boom=b):
            print("never")
except KeyError as e:
    print("KeyError", e)

class Prop:
    @property
    def p(self):
        raise AttributeError("computed attribute missing")

match Prop():
    case Prop(p=v):
        print("never")
    case Prop():
        print("property raising AttributeError is a non-match")
