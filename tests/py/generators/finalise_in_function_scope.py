def gen():
    try:
        yield 1
    finally:
        print("gen finally")

def use():
    g = gen()
    next(g)
    print("returning")

use()
print("after use")
