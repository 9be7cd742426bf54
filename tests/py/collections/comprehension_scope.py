# Comprehensions have their own scope; the loop variable does not leak.
x = "outer"
result = [x for x in range(3)]
print(x, result)
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
class C:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
print(C.doubled)
n = 5
print([n * k for k in range(3)])
print({k: n for k in "ab"})
