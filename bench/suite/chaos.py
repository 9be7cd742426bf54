"""Chaos: a chaos-game fractal whose maps follow Bezier curves, float vector math."""
import sys

WIDTH, HEIGHT = 160, 120


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, factor):
        return Vec(self.x * factor, self.y * factor)

    def length(self):
        return (self.x * self.x + self.y * self.y) ** 0.5

    def lerp(self, other, t):
        return self + (other - self) * t

    def normal(self):
        """Unit vector perpendicular to this one."""
        size = self.length() or 1.0
        return Vec(-self.y / size, self.x / size)


class Curve:
    """A Bezier curve; a point (u, v) of the unit square maps to the curve at u, pushed off by v."""

    def __init__(self, points, thickness):
        self.points = [Vec(x, y) for x, y in points]
        self.thickness = thickness

    def at(self, t):
        """de Casteljau: repeated linear interpolation between the control points."""
        points = self.points
        while len(points) > 1:
            points = [a.lerp(b, t) for a, b in zip(points, points[1:])]
        return points[0]

    def length(self, samples=32):
        total = 0.0
        previous = self.at(0.0)
        for i in range(1, samples + 1):
            point = self.at(i / samples)
            total += (point - previous).length()
            previous = point
        return total

    def transform(self, u, v):
        base = self.at(u)
        tangent = self.at(min(u + 0.001, 1.0)) - self.at(max(u - 0.001, 0.0))
        return base + tangent.normal() * ((v - 0.5) * self.thickness)


CURVES = [
    Curve([(0.0, 0.0), (0.3, 0.9), (0.5, 1.0)], 0.25),
    Curve([(0.5, 1.0), (0.7, 0.9), (1.0, 0.0)], 0.25),
    Curve([(0.1, 0.4), (0.5, 0.2), (0.9, 0.4), (0.6, 0.6)], 0.18),
]


def chaos_game(iterations):
    """Play the game with a fixed LCG; return (pixels lit, checksum of the lit pixels)."""
    lengths = [curve.length() for curve in CURVES]
    total = sum(lengths)
    thresholds = []
    running = 0.0
    for length in lengths:
        running += length / total
        thresholds.append(running)
    seed = 12345
    u = v = 0.5
    lit = set()
    for step in range(iterations):
        seed = (seed * 1103515245 + 12345) % 2147483648
        pick = seed / 2147483648
        index = 0
        while index < len(thresholds) - 1 and pick > thresholds[index]:
            index += 1
        point = CURVES[index].transform(u, v)
        u = min(max(point.x, 0.0), 1.0)
        v = min(max(point.y, 0.0), 1.0)
        if step >= 100:
            lit.add((int(u * (WIDTH - 1)), int(v * (HEIGHT - 1))))
    checksum = sum(y * WIDTH + x for x, y in lit) % 1000000007
    return len(lit), checksum


loops = int(sys.argv[1]) if len(sys.argv) > 1 else 6
for _ in range(loops):
    result = chaos_game(10000)
if result != (2805, 28852532):
    raise SystemExit(f"chaos: wrong (pixels, checksum) {result}")
print("chaos: %d pixels lit, checksum %d" % result)
