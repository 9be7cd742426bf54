def gen(name):
    try:
        yield name
    finally:
        print("closing", name)

g = gen("a")
next(g)
g = gen("b")
next(g)
g = None
print("end")
