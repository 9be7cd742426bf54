# id() is stable for an object's lifetime and distinct for live objects.
a = [1]
b = [1]
print(id(a) == id(a), id(a) != id(b), type(id(a)).__name__)
x = a
print(id(x) == id(a), id(None) == id(None), id(True) == id(True))
