# type(name, bases, ns) builds a class equivalent to a class statement.
def init(self, v):
    self.v = v
Base = type('Base', (), {'kind': 'base', '__init__': init})
Child = type('Child', (Base,), {'double': lambda self: self.v * 2, '__doc__': 'dyn'})
c = Child(21)
print(c.v, c.double(), c.kind, Child.__doc__)
print(Child.__name__, Child.__qualname__, Child.__module__, [k.__name__ for k in Child.__mro__])
print(type(Child) is type, isinstance(c, Base))
ns = {'x': 1}
T = type('T', (), ns)
ns['x'] = 2
print(T.x)
Q = type('Q', (), {'__qualname__': 'Outer.Q'})
print(Q.__qualname__, '__qualname__' in Q.__dict__)
E = type('E', (), {})
print(E.__bases__ == (object,), repr(E))
