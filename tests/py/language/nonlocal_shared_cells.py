def make():
    count = 0
    def inc():
        nonlocal count
        count += 1
    def get():
        return count
    return inc, get
inc, get = make()
inc(); inc()
print(get())
print(inc.__closure__[0].cell_contents, get.__code__.co_freevars)
def outer():
    a = 1
    def mid():
        b = 2
        def inner():
            nonlocal a, b
            a, b = b, a
        inner()
        return b
    return mid(), a
print(outer())
