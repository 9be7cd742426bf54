# int(), float(), complex() and operator.index of int subclasses, with overrides.
class I(int):
    pass

class WithInt(int):
    def __int__(self):
        return 42

class WithFloat(int):
    def __float__(self):
        return 0.5

print(int(I(5)), type(int(I(5))).__name__, float(I(5)), complex(I(5)))
print(int(WithInt(5)), type(int(WithInt(5))).__name__, WithInt(5) + 0)
print(float(WithFloat(5)), WithFloat(5) / 2, float(I(3)))
print(I(5).__index__(), type(I(5).__index__()).__name__, I(5).__int__(), type(+I(5)).__name__)
print(I(5).numerator, type(I(5).numerator).__name__, I(5).conjugate(), type(I(5).conjugate()).__name__)
