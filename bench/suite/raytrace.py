"""Raytrace: a recursive ray tracer of spheres over a checkered plane with shadows and mirrors."""
import sys

EPSILON = 1e-6


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def scale(self, factor):
        return Vector(self.x * factor, self.y * factor, self.z * factor)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def magnitude(self):
        return self.dot(self) ** 0.5

    def normalized(self):
        return self.scale(1.0 / self.magnitude())

    def reflect_through(self, normal):
        return self - normal.scale(2 * self.dot(normal))


class Color:
    __slots__ = ("r", "g", "b")

    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, other):
        return Color(self.r + other.r, self.g + other.g, self.b + other.b)

    def __mul__(self, other):
        if isinstance(other, Color):
            return Color(self.r * other.r, self.g * other.g, self.b * other.b)
        return Color(self.r * other, self.g * other, self.b * other)

    def to_bytes(self):
        return tuple(max(0, min(255, int(channel * 255))) for channel in (self.r, self.g, self.b))


BLACK = Color(0.0, 0.0, 0.0)


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def point_at(self, distance):
        return self.origin + self.direction.scale(distance)


class Sphere:
    def __init__(self, centre, radius, color, mirror):
        self.centre = centre
        self.radius = radius
        self.color = color
        self.mirror = mirror

    def intersect(self, ray):
        """Distance along the ray to the nearest hit in front of its origin, or None."""
        to_centre = self.centre - ray.origin
        along = to_centre.dot(ray.direction)
        if along < 0:
            return None
        gap = to_centre.dot(to_centre) - along * along
        radius_squared = self.radius * self.radius
        if gap > radius_squared:
            return None
        half_chord = (radius_squared - gap) ** 0.5
        near = along - half_chord
        return near if near > EPSILON else along + half_chord

    def normal_at(self, point):
        return (point - self.centre).normalized()

    def color_at(self, point):
        return self.color


class CheckeredPlane:
    def __init__(self, point, normal, mirror):
        self.point = point
        self.normal = normal.normalized()
        self.mirror = mirror

    def intersect(self, ray):
        facing = ray.direction.dot(self.normal)
        if abs(facing) < EPSILON:
            return None
        distance = (self.point - ray.origin).dot(self.normal) / facing
        return distance if distance > EPSILON else None

    def normal_at(self, point):
        return self.normal

    def color_at(self, point):
        if (int(point.x // 1) + int(point.z // 1)) % 2:
            return Color(0.9, 0.9, 0.9)
        return Color(0.1, 0.1, 0.1)


class Scene:
    def __init__(self, objects, lights, eye, look_at):
        self.objects = objects
        self.lights = lights
        self.eye = eye
        self.forward = (look_at - eye).normalized()
        self.right = self.forward.cross(Vector(0.0, 1.0, 0.0)).normalized()
        self.up = self.right.cross(self.forward)

    def nearest_hit(self, ray):
        best, best_distance = None, None
        for thing in self.objects:
            distance = thing.intersect(ray)
            if distance is not None and (best_distance is None or distance < best_distance):
                best, best_distance = thing, distance
        return best, best_distance

    def in_shadow(self, point, light):
        to_light = light - point
        thing, distance = self.nearest_hit(Ray(point, to_light))
        return thing is not None and distance < to_light.magnitude()

    def trace(self, ray, depth):
        thing, distance = self.nearest_hit(ray)
        if thing is None:
            return BLACK
        point = ray.point_at(distance)
        normal = thing.normal_at(point)
        base = thing.color_at(point)
        color = base * 0.1
        for light in self.lights:
            if self.in_shadow(point, light):
                continue
            to_light = (light - point).normalized()
            diffuse = normal.dot(to_light)
            if diffuse > 0:
                color = color + base * (diffuse * 0.7)
            specular = ray.direction.reflect_through(normal).dot(to_light)
            if specular > 0:
                color = color + Color(1.0, 1.0, 1.0) * (specular ** 20 * 0.4)
        if thing.mirror > 0 and depth < 3:
            reflected = Ray(point, ray.direction.reflect_through(normal))
            color = color + self.trace(reflected, depth + 1) * thing.mirror
        return color

    def render(self, width, height):
        pixels = []
        for row in range(height):
            for column in range(width):
                x = (column - width / 2) / width
                y = (height / 2 - row) / width
                direction = self.forward + self.right.scale(x) + self.up.scale(y)
                pixels.append(self.trace(Ray(self.eye, direction), 0).to_bytes())
        return pixels


def make_scene():
    objects = [
        Sphere(Vector(0.0, 1.0, 0.0), 1.0, Color(0.8, 0.2, 0.2), 0.3),
        Sphere(Vector(-2.0, 0.6, 1.0), 0.6, Color(0.2, 0.7, 0.3), 0.0),
        Sphere(Vector(1.6, 0.5, 1.5), 0.5, Color(0.3, 0.3, 0.9), 0.5),
        CheckeredPlane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0), 0.2),
    ]
    lights = [Vector(-5.0, 8.0, 6.0), Vector(4.0, 5.0, 8.0)]
    return Scene(objects, lights, Vector(0.0, 2.0, 7.0), Vector(0.0, 0.8, 0.0))


def checksum(pixels):
    return sum((i % 251 + 1) * (r + 3 * g + 7 * b) for i, (r, g, b) in enumerate(pixels))


loops = int(sys.argv[1]) if len(sys.argv) > 1 else 13
for _ in range(loops):
    result = checksum(make_scene().render(64, 48))
if result != 308071060:
    raise SystemExit(f"raytrace: wrong image checksum {result}")
print("raytrace: 64x48 image checksum", result)
