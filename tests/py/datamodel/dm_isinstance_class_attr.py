# isinstance() falls back to obj.__class__ when type(obj) does not match.
class Real: pass
class Proxy:
    def __init__(self, target): self._t = target
    @property
    def __class__(self):
        return type(self._t)
p = Proxy(Real())
print(type(p).__name__, p.__class__.__name__)
print(isinstance(p, Real), isinstance(p, Proxy), issubclass(Proxy, Real))
print(isinstance(p, (int, Real)))
class Liar:
    __class__ = int
print(isinstance(Liar(), int), type(Liar()).__name__)
