# __init_subclass__ and __set_name__ work for subclasses of built-in types.
class Base(list):
    registry = []
    def __init_subclass__(cls, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Base.registry.append((cls.__name__, tag))

class Named:
    def __set_name__(self, owner, name):
        self.name = owner.__name__ + '.' + name
    def __get__(self, obj, owner):
        return self.name

class A(Base, tag='a'):
    field = Named()
class B(A):
    pass

print(Base.registry, A().field, B.field, B([1]) + [2])
