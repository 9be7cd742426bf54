"""Method calls: bound, inherited, super(), class and static methods, keywords, polymorphism."""
import sys


class Shape:
    def __init__(self, size):
        self.size = size

    def area(self):
        raise NotImplementedError

    def scaled_area(self, factor=1):
        return self.area() * factor

    def describe(self):
        return self.kind() + str(self.area())

    @classmethod
    def kind(cls):
        return cls.__name__[0]

    @staticmethod
    def clamp(value, low, high):
        return low if value < low else high if value > high else value


class Square(Shape):
    def area(self):
        return self.size * self.size


class Rectangle(Square):
    def __init__(self, size, width):
        super().__init__(size)
        self.width = width

    def area(self):
        return super().area() // self.size * self.width


class Triangle(Shape):
    def area(self):
        return self.size * self.size // 2

    def scaled_area(self, factor=1):
        return super().scaled_area(factor=factor) + 1


class Counter:
    def __init__(self):
        self.count = 0

    def step(self):
        self.count += 1
        return self

    def add(self, amount, *, times=1):
        self.count += amount * times
        return self

    def chain(self):
        return self.step().step().add(2).add(1, times=3)


def workload(rounds):
    shapes = [Square(3), Rectangle(4, 7), Triangle(5), Square(6), Triangle(9), Rectangle(2, 11)]
    counter = Counter()
    total = 0
    for i in range(rounds):
        for shape in shapes:
            total += shape.area() + shape.scaled_area(2)
            total += Shape.clamp(shape.size + i % 5, 3, 6)
        counter.chain()
        area = shapes[i % 6].area
        total += area() + area()
    names = "".join(shape.describe() for shape in shapes)
    return total, counter.count, names


loops = int(sys.argv[1]) if len(sys.argv) > 1 else 13
for _ in range(loops):
    result = workload(20000)
if result != (10483976, 140000, 'S9R28T12S36T40R22'):
    raise SystemExit(f"method_calls: wrong result {result}")
print("method_calls: total %d, counter %d, shapes %s" % result)
