# Calling with keyword arguments in any order.
def f(a, b, c=3, d=4):
    return (a, b, c, d)
print(f(1, 2))
print(f(b=2, a=1))
print(f(1, d=40, b=20))
print(f(1, 2, 3, 4))
print(f(*[1, 2], **{"d": 9}))
