# The default __ne__ inverts __eq__ and passes NotImplemented through.
class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('__eq__ called')
        if isinstance(o, A):
            return self.v == o.v
        return NotImplemented
print(A(1) != A(1), A(1) != A(2))
print(A(1) != 5)
class Weird:
    def __eq__(self, o):
        return 'truthy string'
print(Weird() != 1)
class Zero:
    def __eq__(self, o):
        return 0
print(Zero() != 1)
class ExplicitNe:
    def __eq__(self, o): return True
    def __ne__(self, o): return True
print(ExplicitNe() == 1, ExplicitNe() != 1)
