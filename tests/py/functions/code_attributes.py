# A few attributes of code objects that are stable across implementations.
def f(a, b, *args, c, **kw):
    x = 1
    return x
co = f.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount)
print(co.co_varnames[:5])
def g(p, /, q):
    pass
print(g.__code__.co_posonlyargcount, g.__code__.co_argcount)
