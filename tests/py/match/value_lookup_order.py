# Value patterns are evaluated lazily, in order, only when their case is reached.
class Noisy:
    def __getattr__(self, name):
        print("  lookup", name)
        return len(name)

ns = Noisy()

def f(v):
    match v:
        case ns.a:
            return "a"
        case [ns.bb, ns.ccc]:
            return "pair"
        case {"k": ns.dddd}:
            return "mapping"
        case _:
            return "none"

for v in [1, [2, 3], [2, 4], {"k": 4}, {"j": 4}, "zz"]:
    print(repr(v))
    print(" ->", f(v))
