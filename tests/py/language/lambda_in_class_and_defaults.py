class C:
    k = 10
    f = lambda self, d=k: d
    g = [lambda: 1 for _ in range(2)]
print(C().f(), C().f(3), len(C.g))
def outer(x):
    return lambda y=x * 2: y
print(outer(4)(), outer(4)(1))
f = lambda *, kw=[]: kw
print(f(), f.__kwdefaults__)
