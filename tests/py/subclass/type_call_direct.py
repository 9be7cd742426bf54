# type.__call__, type.__new__ and type.__init__ called directly.
class A:
    def __init__(self, v):
        self.v = v
a = type.__call__(A, 5)
print(type(a).__name__, a.v)
class M(type):
    pass
X = type.__new__(M, 'X', (), {'q': 1})
print(type(X).__name__, X.q, X.__name__)
print(type.__call__(type, 3), type(3), type('Y', (), {}).__name__)
for f in [lambda: type.__init__(A, 1, 2), lambda: type.__call__(5), lambda: M('only'),
          lambda: type('a', 'b', 'c'), lambda: type.__new__(int, 'x', (), {}), lambda: type()]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
