# **kwargs collects extra keywords into a dict, in call order.
def f(**kwargs):
    return kwargs
print(f(), f(a=1), f(z=1, a=2, m=3))
def g(a, **kw):
    return a, kw
print(g(1, b=2), g(a=1, c=3))
def h(*args, **kwargs):
    return args, kwargs
print(h(1, 2, x=3))
print(h(*(1, 2), *[3], **{"k": 1}, **{"j": 2}))
