# __class__ assignment between subclasses of the same built-in type.
class A(list):
    def who(self):
        return 'A'
class B(list):
    def who(self):
        return 'B'
class D(dict):
    pass

a = A([1, 2])
a.x = 1
a.__class__ = B
print(a.who(), type(a).__name__, a, a.x)
for target in [list, D, int]:
    try:
        a.__class__ = target
    except TypeError as e:
        print('TypeError', e)
print(type(a).__name__)
