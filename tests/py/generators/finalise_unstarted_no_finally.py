def gen():
    try:
        yield 1
    finally:
        print("never")

g = gen()
del g
print("unstarted freed quietly")
