# Without __iXXX__, or when it returns NotImplemented, x op= y falls back to x op y.
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, other):
        print('__add__')
        return OnlyAdd(self.v + other)
x = OnlyAdd(1)
orig = x
x += 5
print(x.v, x is orig, orig.v)
class Declines:
    def __iadd__(self, other):
        print('__iadd__ declines')
        return NotImplemented
    def __add__(self, other):
        print('__add__ declines')
        return NotImplemented
class Right:
    def __radd__(self, other):
        print('Right.__radd__')
        return 'from radd'
d = Declines()
d += Right()
print(d)
d = Declines()
try:
    d += 1
except TypeError as e:
    print(type(e).__name__, e)
