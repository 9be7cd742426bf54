# Reflected methods receive the left operand as their argument; results are not swapped back.
class Num:
    def __init__(self, v): self.v = v
    def __rsub__(self, other): return other - self.v
    def __rtruediv__(self, other): return other / self.v
    def __rpow__(self, other): return other ** self.v
    def __rmod__(self, other): return other % self.v
    def __rlshift__(self, other): return other << self.v
    def __rfloordiv__(self, other): return other // self.v
    def __rdivmod__(self, other): return divmod(other, self.v)
n = Num(3)
print(10 - n, 9 / n, 2 ** n, 10 % n, 1 << n, 10 // n, divmod(10, n))
print(n.__rsub__(10), Num.__rsub__(n, 10))
