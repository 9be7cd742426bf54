def f():
    x = 1
    class C:
        nonlocal x
        x = 2
        y = x
    return x, C.y, hasattr(C, "x")
print(f())
def g():
    x = "enclosing"
    class D:
        x = "class attr"
        def m(self):
            return x
    return D().m(), D.x
print(g())
