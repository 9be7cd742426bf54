# A class's __getattribute__ governs its instances, not attribute access on the class itself.
class A:
    x = 'class x'
    def __getattribute__(self, name):
        return 'intercepted ' + name
a = A()
print(a.x, a.anything, a.__dict__)
print(A.x, A.__name__)
print(type(a).__name__, a.__class__)
print(object.__getattribute__(a, 'x'))
