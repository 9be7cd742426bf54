# Metaclass methods and properties are visible on the class but not on its instances.
class Meta(type):
    def describe(cls):
        return 'class ' + cls.__name__
    @property
    def upper_name(cls):
        return cls.__name__.upper()
    attr = 'from meta'
class A(metaclass=Meta):
    pass
a = A()
print(A.describe(), A.upper_name, A.attr)
for name in ('describe', 'upper_name', 'attr'):
    print(name, hasattr(a, name))
class B(metaclass=Meta):
    attr = 'from class'
print(B.attr, Meta.attr)
print('describe' in dir(A), 'describe' in dir(Meta))
