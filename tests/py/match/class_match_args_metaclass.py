# __match_args__ can come from the metaclass (a property there).
class Meta(type):
    @property
    def __match_args__(cls):
        print("  metaclass __match_args__")
        return ("v",)

class WithMeta(metaclass=Meta):
    v = "from meta"

match WithMeta():
    case WithMeta(x):
        print(x)
match WithMeta():
    case WithMeta(v=x):
        print("keywords only:", x)
