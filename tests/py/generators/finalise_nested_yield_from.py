def inner():
    try:
        yield "inner"
    finally:
        print("inner finally")

def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")

g = outer()
print(next(g))
del g
print("after")
