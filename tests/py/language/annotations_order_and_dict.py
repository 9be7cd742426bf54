class A:
    b: int
    a: str = "x"
    c: float
print(list(A.__annotations__))
def f(z: 1, a: 2, *, m: 3): pass
print(list(f.__annotations__.items()))
x: int
x: str
print(__annotations__)
