# Closures capture variables (cells), not values.
def make_counter():
    count = 0
    def counter():
        nonlocal count
        count += 1
        return count
    return counter
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c2(), c1())
def make_adders():
    adders = []
    for i in range(3):
        adders.append(lambda x, i=i: x + i)
    return adders
print([f(10) for f in make_adders()])
def late_binding():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(late_binding())
def outer():
    x = "before"
    def show():
        return x
    x = "after"
    return show()
print(outer())
