# Decorators that register functions and return them unchanged.
registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco
@register("double")
def double(x):
    return 2 * x
@register("neg")
def neg(x):
    return -x
print(sorted(registry))
print([registry[k](5) for k in sorted(registry)])
print(double(4), double is registry["double"])
def trace(fn):
    def wrapper(*args):
        print("call", fn.__name__, args)
        result = fn(*args)
        print("ret", result)
        return result
    return wrapper
@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
fact(3)
