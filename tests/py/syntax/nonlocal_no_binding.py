# no binding for nonlocal 'y' found.
def f():
    def g():
        nonlocal y
        y = 1
    return g
print("never printed")
