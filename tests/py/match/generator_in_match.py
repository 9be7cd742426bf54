# yield inside a guard and inside a case body of a generator.
def gen(items):
    for item in items:
        match item:
            case [x, y] if (yield ("guard", x)) != "skip":
                yield ("pair", x, y)
            case [x, y]:
                yield ("skipped pair", x, y)
            case other:
                yield ("other", other)

g = gen([[1, 2], [3, 4], 5])
print(next(g))
print(next(g))
print(next(g))
print(g.send("skip"))
print(next(g))
print(list(g))
