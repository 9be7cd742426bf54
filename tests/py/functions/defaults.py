# Default parameter values, evaluated once at definition time.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
def append(x, acc=[]):
    acc.append(x)
    return acc
print(append(1), append(2))
n = 5
def use_n(v=n):
    return v
n = 6
print(use_n())
def none_default(acc=None):
    if acc is None:
        acc = []
    acc.append(1)
    return acc
print(none_default(), none_default())
