# The __class__ cell names the defining class, even when called via a subclass or after rebinding.
class A:
    def which(self):
        return __class__
    def name(self):
        return __class__.__name__
class B(A):
    def which(self):
        return (__class__, super().which())
b = B()
print(A().which() is A, [k.__name__ for k in b.which()], b.name())
Original = A
A = None
print(Original().which() is Original)
class C:
    def f(self):
        return __class__
    f2 = f
print(C().f2() is C, C.f.__closure__[0].cell_contents is C)
print(C.f.__code__.co_freevars)
