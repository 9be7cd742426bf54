# Metaclass methods and properties are reachable from classes, not their instances.
class Meta(type):
    def describe(cls):
        return 'class ' + cls.__name__
    @property
    def upper_name(cls):
        return cls.__name__.upper()
    kind = 'meta attr'

class A(metaclass=Meta):
    pass
class B(A):
    pass

print(A.describe(), B.upper_name, A.kind, type(B) is Meta, isinstance(B, type))
try:
    A().describe()
except AttributeError as e:
    print('AttributeError', e)
X = type('X', (A,), {'v': 1})
print(type(X).__name__, X.v, X.describe(), Meta('Y', (), {}).describe())
print(Meta.__mro__, issubclass(Meta, type), Meta.__base__.__name__)
