# Calling a class runs __init__ (in the interpreter loop for plain classes): its
# result must be None, its errors propagate, defaults and recursion work.
class A:
    def __init__(self, x):
        self.x = x
print(A(1).x)
class B:
    def __init__(self):
        return 1
try:
    B()
except TypeError as e:
    print(e)
class C:
    def __init__(self, x):
        raise ValueError(x)
try:
    C(5)
except ValueError as e:
    print(repr(e))
def deep(n):
    return A(n) if n == 0 else deep(n - 1)
print(deep(100).x)
class D:
    def __init__(self, a, b=2):
        self.s = a + b
print(D(1).s, D(1, 1).s, D(a=4).s)
class E(A):
    pass
print(E(7).x, type(E(7)).__name__)
class F:
    def __new__(cls, *args):
        print('new', args)
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
print(F(3).v)
try:
    A()
except TypeError as e:
    print(e)
try:
    A(1, 2)
except TypeError as e:
    print(e)
class Tree:
    def __init__(self, depth):
        self.kids = [Tree(depth - 1) for _ in range(2)] if depth else []
def count(t):
    return 1 + sum(count(k) for k in t.kids)
print(count(Tree(6)))
B()
