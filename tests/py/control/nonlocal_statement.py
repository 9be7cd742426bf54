# nonlocal rebinds enclosing function variables.
def outer():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    inc()
    inc()
    return x, inc
value, inc = outer()
print(value, inc(), inc())
def a():
    n = "a"
    def b():
        def c():
            nonlocal n
            n = "c"
        c()
        return n
    return b(), n
print(a())
