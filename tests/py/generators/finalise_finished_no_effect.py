def gen():
    try:
        yield 1
    finally:
        print("finally once")

g = gen()
for x in g:
    print(x)
del g
print("done")
