def gen():
    while True:
        try:
            yield
        except Exception as e:
            print(type(e).__name__, e.args)

g = gen()
next(g)
g.throw(ValueError)
g.throw(ValueError, "msg")
g.throw(ValueError, ("a", "b"))
g.throw(KeyError("k"))
g.throw(ValueError, ValueError("same"))
for bad in [(1,), (KeyError("x"), "extra")]:
    try:
        g.throw(*bad)
    except TypeError as e:
        print("TypeError:", e)
