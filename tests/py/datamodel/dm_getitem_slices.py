# __getitem__ receives ints, slice objects, tuples and Ellipsis exactly as written.
class Show:
    def __getitem__(self, key):
        return key
s = Show()
print(s[1], s['k'], s[1:2], s[:], s[::2], s[1:2:3], s[-1:])
print(s[1, 2], s[1:2, 3], s[...], s[:, None], s[()])
sl = s[2:10:3]
print(type(sl).__name__, sl.start, sl.stop, sl.step, sl.indices(8))
print(s[None:None], s['a':'b'])
class Seq:
    def __init__(self, data): self.data = data
    def __getitem__(self, key):
        if isinstance(key, slice):
            return Seq(self.data[key])
        return self.data[key]
    def __repr__(self): return 'Seq(%r)' % (self.data,)
q = Seq([0, 1, 2, 3, 4, 5])
print(q[1:4], q[::-1], q[-1], q[1:5][1:3])
