def gen():
    try:
        yield 1
    except ValueError:
        print("not reached")
        yield 2

g = gen()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("raised", e)
print(next(g, "exhausted"))
