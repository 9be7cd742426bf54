# Comparison results may be any object; truth tests and chains call __bool__ on them.
class Vec:
    def __init__(self, *v): self.v = v
    def __eq__(self, o): return Mask([a == b for a, b in zip(self.v, o.v)])
    def __lt__(self, o): return Mask([a < b for a, b in zip(self.v, o.v)])
class Mask:
    def __init__(self, bits): self.bits = bits
    def __bool__(self):
        print('Mask.__bool__', self.bits)
        return all(self.bits)
    def __repr__(self): return 'Mask(%r)' % self.bits
a, b, c = Vec(1, 2), Vec(1, 3), Vec(2, 4)
print(a == b)
if a < c:
    print('a < c everywhere')
print(a < b < c)
print(not (a == b))
