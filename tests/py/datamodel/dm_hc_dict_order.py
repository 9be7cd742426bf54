# Instance __dict__ keeps insertion order, which may differ between instances of one class.
class P:
    def __init__(self, first):
        if first:
            self.a = 1
            self.b = 2
        else:
            self.b = 2
            self.a = 1
        self.c = 3
x, y = P(True), P(False)
print(list(x.__dict__), list(y.__dict__))
print(x.a, x.b, y.a, y.b, x.__dict__ == y.__dict__)
x.z = 0
x.d = 4
print(list(x.__dict__), list(vars(y)))
print(list(x.__dict__.items()))
