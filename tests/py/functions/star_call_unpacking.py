# Star and double-star unpacking in calls.
def f(a, b, c, d):
    return a * 1000 + b * 100 + c * 10 + d
print(f(*[1, 2, 3, 4]))
print(f(1, *(2, 3), 4))
print(f(*"12", *range(3, 5)) if False else f(*[1], *[2], *[3], *[4]))
print(f(**{"a": 1, "b": 2, "c": 3, "d": 4}))
print(f(1, 2, **{"d": 4}, c=3))
print(f(*range(2), **dict(c=7, d=8)))
try:
    f(1, **{"a": 1, "b": 2, "c": 3})
except TypeError as e:
    print("TypeError", e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError", e)
