# Method calls on instances: 3 million calls of small methods (issue 3's speed check).
class Counter:
    def __init__(self):
        self.n = 0

    def inc(self):
        self.n += 1

    def add(self, k):
        self.n += k
        return self


def main():
    c = Counter()
    for i in range(1000000):
        c.inc()
        c.add(2).inc()
    return c.n


result = main()
assert result == 4000000, result
print(result)
