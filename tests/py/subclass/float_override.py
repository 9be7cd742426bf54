# Overridden float dunders: __repr__ (also used by str), __add__/__radd__, __float__.
class Money(float):
    def __repr__(self):
        return '$%.2f' % float(self)
    def __add__(self, other):
        return Money(float(self) + float(other))
    __radd__ = __add__

m = Money(1.5)
print(m, str(m), repr(m), [m], m + 1, 1 + m, type(1 + m).__name__, m * 2)
print(sum([Money(1), Money(2.25)]), f'{m}', f'{m:.1f}', '%s|%r|%.3f' % (m, m, m))

class Half(float):
    def __float__(self):
        return 0.5
print(float(Half(3)), Half(3) + 0, type(float(Half(3))).__name__)
