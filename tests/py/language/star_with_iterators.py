def gen():
    yield from range(3)
a, *b = gen()
print(a, b)
*c, = iter({"k": 1, "j": 2})
print(c)
first, *_, last = map(str, range(6))
print(first, last, _)
print([*gen(), *map(abs, [-1, -2])])
