keep = []

def gen():
    try:
        yield 1
    finally:
        print("finally, keeping a reference")
        keep.append(len(keep))

g = gen()
next(g)
del g
print(keep)
