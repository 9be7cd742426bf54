# An overridden __getitem__ serves subscripts, not iteration, `in`, list() or methods.
class Tracked(list):
    def __getitem__(self, i):
        print('getitem', i)
        return list.__getitem__(self, i)

t = Tracked([10, 20, 30])
print(t[1])
print(t[0:2], type(t[0:2]).__name__)
print(list(t), 20 in t, t.index(30), sorted(t), [x for x in t], max(t))
a, b, c = t
print(a, b, c)
for x in t:
    print('iter', x)

class Neg(list):
    def __getitem__(self, i):
        return -list.__getitem__(self, i)
n = Neg([1, 2])
print(n[0], n[1], list(n), n)
