# __name__ and __qualname__ of nested classes, methods and classes made in functions.
class Outer:
    class Inner:
        class Deepest:
            def m(self): pass
    def method(self):
        class Local:
            pass
        return Local
print(Outer.__name__, Outer.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.Deepest.__qualname__, Outer.Inner.Deepest.m.__qualname__)
L = Outer().method()
print(L.__name__, L.__qualname__)
def factory():
    class Made:
        def g(self): pass
    return Made
M = factory()
print(M.__qualname__, M.g.__qualname__, M.g.__name__)
print(repr(Outer.Inner), repr(M))
