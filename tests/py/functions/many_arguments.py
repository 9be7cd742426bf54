# Calls with many positional and keyword arguments.
def f(a, b, c, d, e, f, g, h, i, j, k=11, l=12, m=13):
    return [a, b, c, d, e, f, g, h, i, j, k, l, m]
print(f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(f(*range(13)))
print(f(*range(10), m=0, l=0, k=0))
def g(*args):
    return len(args), sum(args)
print(g(*range(1000)))
def h(**kw):
    return len(kw)
print(h(**{"k%d" % i: i for i in range(300)}))
