# __name__, __qualname__, __defaults__, __kwdefaults__, __doc__, __module__.
def f(a, b=2, *args, c=3, **kw):
    "Docstring of f."
    return a
print(f.__name__, f.__qualname__, f.__defaults__, f.__kwdefaults__)
print(f.__doc__, f.__module__)
def g():
    pass
print(g.__defaults__, g.__kwdefaults__, g.__doc__)
class C:
    def method(self):
        def inner():
            pass
        return inner
print(C.method.__qualname__, C().method().__qualname__, C.method.__name__)
def outer():
    def nested():
        pass
    return nested
print(outer().__qualname__)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
f.custom = 42
print(f.custom)
