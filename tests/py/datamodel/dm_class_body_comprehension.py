# Comprehensions in a class body only see class names in their first iterable.
class A:
    n = 3
    items = [i * 2 for i in range(n)]
    try:
        bad = [n for i in range(2)]
    except NameError as e:
        print(type(e).__name__, e)
    f = lambda: n
print(A.items)
try:
    A.f()
except NameError as e:
    print(type(e).__name__, e)
n = 'global n'
print(A.f())
class B:
    vals = [1, 2]
    pairs = {v: v for v in vals}
print(B.pairs)
