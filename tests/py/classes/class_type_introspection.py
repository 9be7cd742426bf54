# type(), isinstance and __class__ on user classes.
class A:
    pass
class B(A):
    pass
b = B()
print(type(b).__name__, b.__class__.__name__, type(b) is B, type(b) is A)
print(isinstance(b, A), isinstance(b, (int, A)), isinstance(A, type), type(A).__name__)
print(issubclass(B, (int, A)), issubclass(B, object), A.__bases__[0].__name__)
print(type(B) is type, isinstance(b, object), type(type).__name__)
