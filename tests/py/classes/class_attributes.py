# Class attributes are shared; instance attributes shadow them.
class Counter:
    count = 0
    kind = "counter"
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
a = Counter()
b = Counter()
print(Counter.count, a.count, b.id, a.id)
a.kind = "special"
print(a.kind, b.kind, Counter.kind)
del a.kind
print(a.kind)
Counter.kind = "changed"
print(a.kind, b.kind)
print("kind" in Counter.__dict__, "id" in a.__dict__, sorted(a.__dict__))
