"""Float: create many 3-d points from sin/cos, normalise them and take the component maxima."""
import math
import sys


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point %.9f %.9f %.9f>" % (self.x, self.y, self.z)

    def normalize(self):
        norm = math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def component_maxima(points):
    best = points[0]
    for p in points[1:]:
        best.maximize(p)
    return best


def run(count):
    points = [Point(i) for i in range(count)]
    for p in points:
        p.normalize()
    return repr(component_maxima(points))


loops = int(sys.argv[1]) if len(sys.argv) > 1 else 11
for _ in range(loops):
    maxima = run(100000)
if maxima != "<Point 0.894427189 1.000000000 0.447213595>":
    raise SystemExit("float: wrong maxima " + maxima)
print("float:", maxima)
