# User-defined __str__ and __repr__ are used by print, str, repr and f-strings.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __repr__(self):
        return f"Money({self.cents})"
m = Money(1234)
print(m, str(m), repr(m))
print([m, Money(5)])
print(f"{m} {m!r}")
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()))
