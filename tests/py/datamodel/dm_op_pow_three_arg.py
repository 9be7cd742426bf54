# pow(a, b, mod) passes the modulus to __pow__; __rpow__ is not tried for three arguments.
class P:
    def __pow__(self, other, mod=None):
        return ('__pow__', other, mod)
    def __rpow__(self, other, mod=None):
        return ('__rpow__', other, mod)
print(pow(P(), 2), pow(P(), 2, 5), P() ** 3)
print(pow(2, P()), 2 ** P())
try:
    pow(2, P(), 5)
except TypeError as e:
    print(type(e).__name__, e)
class TwoArgs:
    def __pow__(self, other):
        return 'two-arg pow'
print(pow(TwoArgs(), 1))
try:
    pow(TwoArgs(), 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
