# Unary -, +, ~ and abs() call __neg__, __pos__, __invert__ and __abs__.
class U:
    def __init__(self, v): self.v = v
    def __neg__(self): return U(-self.v)
    def __pos__(self): return 'pos of %d' % self.v
    def __invert__(self): return ~self.v
    def __abs__(self): return 'abs ' + str(abs(self.v))
    def __repr__(self): return 'U(%d)' % self.v
u = U(5)
print(-u, +u, ~u, abs(u), -(-u))
print(abs(U(-3)), -U(0))
class Odd:
    def __neg__(self): return NotImplemented
print(-Odd())
