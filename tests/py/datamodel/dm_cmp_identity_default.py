# Default == and != compare identity; when both sides decline, identity decides.
class A: pass
a, b = A(), A()
print(a == a, a == b, a != a, a != b)
class Declines:
    def __eq__(self, o): return NotImplemented
    def __ne__(self, o): return NotImplemented
d, e = Declines(), Declines()
print(d == d, d == e, d != d, d != e)
print(object().__eq__(1), a.__eq__(a), a.__ne__(b))
print([a] == [a], [a] == [b], a in [b, a], [1, a].index(a))
class NeverEqual:
    def __eq__(self, o): return False
n = NeverEqual()
print(n == n, n in [n], [n] == [n], [n].count(n))
