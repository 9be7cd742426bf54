# Function __annotations__, including return, defaults, starred and keyword-only parameters.
def f(a: int, b: 'str' = 'x', *args: float, c: bool = True, **kw: dict) -> list:
    return []
print(f.__annotations__)
def g(a, b):
    pass
print(g.__annotations__)
g.__annotations__ = {'a': int}
print(g.__annotations__)
class A:
    def m(self, x: int) -> None:
        pass
print(A.m.__annotations__, A().m.__annotations__)
print((lambda q: q).__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print(type(e).__name__, e)
