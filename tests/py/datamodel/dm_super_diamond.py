# Cooperative super() in a diamond calls each class exactly once, in MRO order.
class Root:
    def hello(self, trail):
        trail.append('Root')
        return trail
class L(Root):
    def hello(self, trail):
        trail.append('L')
        return super().hello(trail)
class R(Root):
    def hello(self, trail):
        trail.append('R')
        return super().hello(trail)
class Leaf(L, R):
    def hello(self, trail):
        trail.append('Leaf')
        return super().hello(trail)
print(Leaf().hello([]))
print(L().hello([]))
class Kw(Root):
    def __init__(self, a, **kw):
        self.a = a
        super().__init__(**kw)
class Kw2(Root):
    def __init__(self, b, **kw):
        self.b = b
        super().__init__(**kw)
class Both(Kw, Kw2):
    pass
o = Both(a=1, b=2)
print(o.a, o.b)
