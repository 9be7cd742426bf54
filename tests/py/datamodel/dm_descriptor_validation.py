# A typical validating descriptor storing values per instance under its __set_name__ name.
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__[self.name]
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError('%s must be %s, not %s' % (self.name, self.kind.__name__, type(value).__name__))
        obj.__dict__[self.name] = value
class Point:
    x = Typed(int)
    y = Typed(int)
    label = Typed(str)
    def __init__(self, x, y, label):
        self.x, self.y, self.label = x, y, label
p = Point(1, 2, 'p')
print(p.x, p.y, p.label, list(p.__dict__))
try:
    p.x = 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, 'two', 'q')
except TypeError as e:
    print(type(e).__name__, e)
print(Point.x.name, Point.label.kind.__name__)
