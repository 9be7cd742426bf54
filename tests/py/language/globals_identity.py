g = globals()
print(g is globals())
x = 1
g["y"] = 2
print(y)
def f():
    return globals() is g
print(f())
print("x" in g, "f" in g)
