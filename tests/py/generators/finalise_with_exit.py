class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return False

def gen():
    with CM():
        yield 1
        yield 2

g = gen()
next(g)
del g
print("after")
