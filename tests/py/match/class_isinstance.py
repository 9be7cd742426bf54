# The instance check accepts instances of subclasses; the most derived class listed
# first wins.
class Base:
    kind = "base"

class Derived(Base):
    kind = "derived"

class Other:
    kind = "other"

for v in [Base(), Derived(), Other(), object()]:
    match v:
        case Derived(kind=k):
            print("Derived", k)
        case Base(kind=k):
            print("Base", k)
        case Other() | Base():
            print("Other")
        case _:
            print("neither")

match Derived():
    case Base() as b if type(b) is Derived:
        print("a Derived is a Base")
