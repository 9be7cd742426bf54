# The instance check of a class pattern honours a metaclass's __instancecheck__.
class Meta(type):
    def __instancecheck__(cls, obj):
        print("  __instancecheck__", type(obj).__name__)
        return isinstance(obj, int)

class AnyInt(metaclass=Meta):
    __match_args__ = ("real",)

for v in [3, "x", True]:
    match v:
        case AnyInt(r):
            print(repr(v), "is an AnyInt with real", r)
        case _:
            print(repr(v), "is not")
