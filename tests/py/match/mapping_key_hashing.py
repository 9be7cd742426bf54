# Value-pattern keys are hashed (three times each, as CPython's set check and dict
# lookup do) and compared with earlier keys of equal hash to find duplicates.
class Key:
    def __init__(self, name, h):
        self.name, self.h = name, h
    def __hash__(self):
        print("  hash", self.name)
        return self.h
    def __eq__(self, other):
        print("  eq", self.name, other.name if isinstance(other, Key) else other)
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return f"Key({self.name!r})"

class K:
    A = Key("a", 1)
    B = Key("b", 1)
    C = Key("a", 2)
    A2 = Key("a", 1)

d = {K.A: "va", K.B: "vb"}
print("built")
match d:
    case {K.A: x, K.B: y}:
        print("matched", x, y)
for subject in [d, {K.A: 1, K.A2: 2}]:
    try:
        match subject:
            case {K.A: _, K.C: _}:
                print("C is a different key (other hash)")
            case {K.A: _, K.A2: _}:
                print("never")
    except ValueError as e:
        print("ValueError:", e)
