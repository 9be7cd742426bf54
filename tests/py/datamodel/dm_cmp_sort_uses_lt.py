# sorted(), min() and max() use only __lt__ (reflected to __gt__ when declined).
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self): return 'K%d' % self.v
items = [K(3), K(1), K(2)]
print(sorted(items), min(items), max(items), sorted(items, reverse=True))
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self): return 'G%d' % self.v
print(sorted([G(2), G(3), G(1)]), max([G(2), G(5), G(1)]))
class Neither:
    pass
try:
    max([Neither(), Neither()])
except TypeError as e:
    print(type(e).__name__, e)
