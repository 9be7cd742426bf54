# Each rich comparison operator calls its own dunder, whose result is returned unchanged.
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return ('lt', self.v, o)
    def __le__(self, o): return ('le', self.v, o)
    def __eq__(self, o): return ('eq', self.v, o)
    def __ne__(self, o): return ('ne', self.v, o)
    def __gt__(self, o): return ('gt', self.v, o)
    def __ge__(self, o): return ('ge', self.v, o)
c = C(1)
print(c < 2, c <= 2, c == 2)
print(c != 2, c > 2, c >= 2)
