# Lambdas: defaults, closures, immediately called, in data structures.
square = lambda x: x * x
print(square(7), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
ops = {"+": lambda a, b: a + b, "*": lambda a, b: a * b}
print(ops["+"](3, 4), ops["*"](3, 4))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(square.__name__, (lambda: 0).__qualname__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(square, lambda x: x + 1)(3))
