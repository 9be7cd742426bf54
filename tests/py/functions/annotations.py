# __annotations__ of functions and modules.
def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
def g(x, y):
    pass
print(g.__annotations__)
count: int = 0
name: str
print(__annotations__)
def h() -> None:
    local: int = 5
    return local
print(h(), h.__annotations__)
