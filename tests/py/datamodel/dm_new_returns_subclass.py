# __new__ returning an instance of a subclass (or cached instance) still runs __init__.
class Shape:
    def __new__(cls, sides):
        if cls is Shape and sides == 3:
            return super().__new__(Triangle)
        return super().__new__(cls)
    def __init__(self, sides):
        print('init', type(self).__name__, sides)
        self.sides = sides
class Triangle(Shape):
    pass
t = Shape(3)
print(type(t).__name__, t.sides)
s = Shape(4)
print(type(s).__name__)
class Cached:
    cache = {}
    def __new__(cls, key):
        if key not in cls.cache:
            cls.cache[key] = super().__new__(cls)
        return cls.cache[key]
    def __init__(self, key):
        print('init again', key)
print(Cached(1) is Cached(1))
class Unrelated:
    def __new__(cls):
        return Triangle.__new__(Triangle, 0)
    def __init__(self):
        print('Unrelated.__init__ never')
print(type(Unrelated()).__name__)
