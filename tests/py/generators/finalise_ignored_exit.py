def gen():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("refusing to exit")

g = gen()
next(g)
del g
print("program continues")
