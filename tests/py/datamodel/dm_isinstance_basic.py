# isinstance/issubclass with inheritance, tuples of classes and nested tuples.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, (C, (int, B))))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(B, B))
print(isinstance(A, type), issubclass(type, object), isinstance(object, type))
print(isinstance(True, int), issubclass(bool, (str, int)), isinstance(b, ()))
print(isinstance(b, object), issubclass(B, object))
