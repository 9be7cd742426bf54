# round() calls __round__ with or without ndigits; objects without it raise TypeError.
class R:
    def __round__(self, ndigits=None):
        return ('round', ndigits)
print(round(R()), round(R(), 2), round(R(), None), round(R(), -1))
class NoRound: pass
try:
    round(NoRound())
except TypeError as e:
    print(type(e).__name__, e)
class OneArg:
    def __round__(self):
        return 'one-arg'
print(round(OneArg()))
try:
    round(OneArg(), 1)
except TypeError as e:
    print(type(e).__name__, e)
print(round(2.675, 2), round(7, -1), round(0.5), round(1.5), (5).__round__(), (2.5).__round__())
