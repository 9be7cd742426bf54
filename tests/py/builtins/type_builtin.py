# type() with one argument, and type() creating a class with three.
print(type(1), type("s"), type([]), type(None), type(type), type(len))
print(type(1) is int, type(True) is bool, type(1) == type(2))
Point = type("Point", (), {"x": 1, "describe": lambda self: f"Point x={self.x}"})
p = Point()
print(Point.__name__, p.x, p.describe(), type(p).__name__)
Sub = type("Sub", (Point,), {"x": 2})
print(Sub().describe(), Sub.__bases__[0].__name__)
