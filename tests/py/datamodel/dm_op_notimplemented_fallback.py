# A left operand returning NotImplemented hands over to the right operand's reflected method.
class Meters:
    def __init__(self, v): self.v = v
    def __add__(self, other):
        print('Meters.__add__', type(other).__name__)
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented
    def __radd__(self, other):
        print('Meters.__radd__', type(other).__name__)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented
    def __repr__(self): return 'Meters(%r)' % self.v
class Feet:
    def __init__(self, v): self.v = v
    def __add__(self, other):
        print('Feet.__add__', type(other).__name__)
        return NotImplemented
    def __radd__(self, other):
        print('Feet.__radd__', type(other).__name__)
        return Meters(other.v + self.v * 0.25)
print(Meters(1) + Meters(2))
try:
    Meters(1) + 5
except TypeError as e:
    print(type(e).__name__, e)
print(5 + Meters(1))
print(Meters(1) + Feet(4))
print(sum([Meters(1), Meters(2)]))
