# C3 MRO of a diamond: the shared base comes after both branches.
class A:
    def who(self):
        return 'A'
class B(A):
    def who(self):
        return 'B'
class C(A):
    def who(self):
        return 'C'
class D(B, C):
    pass
print([k.__name__ for k in D.__mro__])
print(D().who())
class E(C, B):
    pass
print([k.__name__ for k in E.__mro__])
print(E().who())
print(D.mro() == list(D.__mro__), type(D.__mro__).__name__, type(D.mro()).__name__)
