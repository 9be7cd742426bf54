# Subclasses inherit their base's metaclass; the most derived metaclass is chosen.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print('Meta makes', name, 'with', mcls.__name__)
        return super().__new__(mcls, name, bases, ns)
class SubMeta(Meta):
    pass
class A(metaclass=Meta):
    pass
class B(A):
    pass
class C(metaclass=SubMeta):
    pass
class D(A, C):
    pass
class E(B, metaclass=type):
    pass
print(type(A).__name__, type(B).__name__, type(D).__name__, type(E).__name__)
print(isinstance(D, Meta), isinstance(B, SubMeta))
