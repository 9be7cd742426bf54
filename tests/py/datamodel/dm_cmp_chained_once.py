# In a chained comparison each middle operand is evaluated once; evaluation stops early.
class N:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print('%d < %d' % (self.v, o.v))
        return self.v < o.v
def get(n):
    print('get', n.v)
    return n
one, two, three = N(1), N(2), N(3)
print(get(one) < get(two) < get(three))
print(get(two) < get(one) < get(three))
