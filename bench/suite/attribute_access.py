"""Attribute access: instance, class, slotted, property and nested attribute reads and writes."""
import sys


class Body:
    """Position and velocity; the subclasses differ only in where instances keep them."""
    __slots__ = ()
    gravity = 3

    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.vx = 1
        self.vy = 0


class Particle(Body):
    """Attributes in an instance __dict__."""


class SlottedParticle(Body):
    """Attributes in __slots__."""
    __slots__ = ("x", "y", "vx", "vy")


class Box:
    def __init__(self, width, height):
        self._width = width
        self.height = height

    @property
    def width(self):
        return self._width

    @width.setter
    def width(self, value):
        self._width = value if value > 0 else 1

    @property
    def area(self):
        return self._width * self.height


class World:
    def __init__(self):
        self.box = Box(1000, 800)
        self.stats = Stats()


class Stats:
    def __init__(self):
        self.bounces = 0
        self.steps = 0


def step(world, particles):
    """Move every particle, bouncing it off the box's walls."""
    box = world.box
    for p in particles:
        p.vy += p.gravity
        p.x += p.vx
        p.y += p.vy
        if p.y > box.height:
            p.y = box.height
            p.vy = -p.vy * 3 // 4
            world.stats.bounces += 1
        if p.x > box.width or p.x < 0:
            p.vx = -p.vx
        world.stats.steps += 1


def workload(steps):
    world = World()
    particles = [Particle(i * 7 % 1000, i * 13 % 800) for i in range(50)]
    particles += [SlottedParticle(i * 11 % 1000, i * 5 % 800) for i in range(50)]
    for n in range(steps):
        step(world, particles)
        if n % 100 == 0:
            world.box.width = world.box.width - 1
    positions = sum(p.x + p.y for p in particles)
    return world.stats.steps, world.stats.bounces, world.box.area, positions


loops = int(sys.argv[1]) if len(sys.argv) > 1 else 14
for _ in range(loops):
    result = workload(2000)
if result != (200000, 125901, 784000, 104666):
    raise SystemExit(f"attribute_access: wrong result {result}")
print("attribute_access: steps %d, bounces %d, box area %d, positions %d" % result)
