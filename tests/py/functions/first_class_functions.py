# Functions as values: stored, passed, compared.
def add(a, b): return a + b
def sub(a, b): return a - b
table = [add, sub]
print([f(10, 3) for f in table])
print(add == add, add == sub, callable(add), callable(5))
def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 9, 2), apply(len, "four"), apply(str.upper, "x"))
m = "abc".upper
print(m(), type(add).__name__)
