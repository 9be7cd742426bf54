# In-place operators call __iXXX__ and rebind the name to whatever it returns.
class Bag:
    def __init__(self): self.items = []
    def __iadd__(self, other):
        print('__iadd__', other)
        self.items.append(other)
        return self
    def __isub__(self, other):
        print('__isub__', other)
        return 'replaced'
b = Bag()
orig = b
b += 1
b += 2
print(b is orig, b.items)
b -= 3
print(b, orig.items)
class ReturnsNone:
    def __imul__(self, other):
        return None
r = ReturnsNone()
r *= 2
print(r)
