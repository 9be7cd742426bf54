def gen():
    try:
        yield 1
    except GeneratorExit as e:
        print("got", type(e).__name__, e.args)
        raise

g = gen()
next(g)
g = None
print("ok")
