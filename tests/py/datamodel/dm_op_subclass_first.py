# A right operand whose type is a subclass that overrides the reflected method goes first.
class Base:
    def __add__(self, other):
        return 'Base.__add__'
    def __radd__(self, other):
        return 'Base.__radd__'
    def __mul__(self, other):
        return 'Base.__mul__'
    def __rmul__(self, other):
        return 'Base.__rmul__'
class Derived(Base):
    def __radd__(self, other):
        return 'Derived.__radd__'
class NoOverride(Base):
    pass
print(Base() + Derived())
print(Derived() + Base())
print(Base() + NoOverride())
print(Base() * Derived())
class Declines(Base):
    def __radd__(self, other):
        print('Declines.__radd__ first')
        return NotImplemented
print(Base() + Declines())
