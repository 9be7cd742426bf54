def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally")

g = gen()
print(next(g))
del g
print("after del")
