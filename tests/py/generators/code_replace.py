def f(a, b=2):
    return a + b

c = f.__code__
c2 = c.replace(co_name="g", co_firstlineno=100)
print(c2.co_name, c2.co_firstlineno, c.co_name)
print(c2.co_flags == c.co_flags, c2.co_argcount, c2.co_varnames)
c3 = c.replace()
print(c3.co_name, c3 is c)
try:
    c.replace(co_flags="x")
except TypeError as e:
    print("TypeError")
try:
    c.replace(1)
except TypeError as e:
    print(e)
f.__code__ = c2
print(f(1), f.__code__.co_name)
try:
    f.__code__ = 5
except TypeError as e:
    print(e)
