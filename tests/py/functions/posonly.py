# Positional-only parameters before /.
def f(a, b, /, c, *, d=4):
    return a, b, c, d
print(f(1, 2, 3), f(1, 2, c=3, d=5))
try:
    f(1, b=2, c=3)
except TypeError as e:
    print("TypeError", e)
def g(x, /, **kwargs):
    return x, kwargs
print(g(1, x=2))
def h(a=1, /, b=2):
    return a, b
print(h(), h(10), h(10, 20), h(b=5))
