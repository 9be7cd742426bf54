# __new__ of an int subclass calls int.__new__ through super() and can add state.
class Doubled(int):
    def __new__(cls, v):
        self = super().__new__(cls, v * 2)
        self.original = v
        return self

d = Doubled(21)
print(d, d.original, type(d).__name__, d + 0)

class Named(int):
    def __new__(cls, value, name):
        obj = int.__new__(cls, value)
        obj.name = name
        return obj
    def __repr__(self):
        return '<%s: %d>' % (self.name, self)

red = Named(1, 'RED')
print(repr(red), red, red + 1, [red], str(red))
n = int.__new__(Named, 7)
print(int(n), type(n).__name__, hasattr(n, 'name'))
