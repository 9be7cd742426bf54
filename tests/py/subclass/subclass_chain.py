# Overrides at different levels of a chain of subclasses of list.
class A(list):
    def __len__(self):
        return 1
class B(A):
    def __getitem__(self, i):
        return 'B'
class C(B):
    def __len__(self):
        return list.__len__(self) * 10

c = C([1, 2])
print(len(c), c[0], len(B([1, 2, 3])), B([1])[0], A([5])[0], len(A([5, 6])))
print([k.__name__ for k in C.__mro__], isinstance(c, A), issubclass(C, list))
print(super(C, c).__len__(), super(B, c).__getitem__(0), C.__base__.__name__)
