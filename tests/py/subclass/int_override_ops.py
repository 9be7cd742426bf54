# Overridden arithmetic dunders of an int subclass, including reflected ones.
class Mod7(int):
    def __add__(self, other):
        return Mod7((int(self) + int(other)) % 7)
    __radd__ = __add__
    def __mul__(self, other):
        return Mod7((int(self) * int(other)) % 7)
    def __neg__(self):
        return Mod7(-int(self) % 7)

a = Mod7(5)
print(a + 4, type(a + 4).__name__, 4 + a, type(4 + a).__name__)
print(a * 3, type(a * 3).__name__, 3 * a, type(3 * a).__name__)
print(-a, type(-a).__name__, a - 1, type(a - 1).__name__)
b = a
b += 3
print(b, type(b).__name__, a)
print(sum([Mod7(3), Mod7(6)]), type(sum([Mod7(3), Mod7(6)])).__name__)
