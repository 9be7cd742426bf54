for kw in [{"sep": 1}, {"end": 2}, {"file": 3}, {"bogus": 1}]:
    try:
        print("x", **kw)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("a", "b", sep="+", end="$", file=w)
print(w.parts)
