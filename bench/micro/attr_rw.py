# Instance attribute reads and writes: 1 million rounds over a few objects (issue 3).
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.z = 0


def main():
    pts = [Point(i, -i) for i in range(8)]
    total = 0
    for i in range(1000000):
        p = pts[i & 7]
        p.z = p.x + p.y + p.z
        total += p.x - p.y
    return total, sum(p.z for p in pts)


result = main()
assert result == (7000000, 0), result
print(result)
