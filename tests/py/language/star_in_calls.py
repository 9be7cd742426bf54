def f(*args, **kw):
    return args, kw
print(f(*[1, 2], 3, *(4,), k=1, **{"j": 2}))
print(f(*"ab", **{}, z=0))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)
