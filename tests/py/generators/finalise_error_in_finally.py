def gen():
    try:
        yield 1
    finally:
        raise ValueError("from finally")

g = gen()
next(g)
del g
print("still running")
