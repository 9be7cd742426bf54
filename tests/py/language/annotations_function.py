def f(a: int, b: "str" = "x", *args: float, c: bool, d=1, **kw: complex) -> list:
    pass
print(f.__annotations__)
def g(): pass
print(g.__annotations__)
g.__annotations__ = {"r": int}
print(g.__annotations__)
lam = lambda x: x
print(lam.__annotations__)
