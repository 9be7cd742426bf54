# A metaclass's __getattr__, __setattr__, __eq__, __hash__ and __instancecheck__.
class Meta(type):
    def __getattr__(cls, name):
        return 'meta:' + name
    def __setattr__(cls, name, value):
        print('meta setattr', name, value)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print('meta delattr', name)
        type.__delattr__(cls, name)
    def __eq__(cls, other):
        return getattr(other, '__name__', None) == cls.__name__
    def __hash__(cls):
        return hash(cls.__name__)
    def __instancecheck__(cls, obj):
        return isinstance(obj, int)

class Thing(metaclass=Meta):
    real = 'real attr'

print(Thing.missing, Thing.real)
Thing.x = 5
print(Thing.x)
del Thing.x
print(Thing.x)

class Other:
    pass
Other.__name__ = 'Thing'
print(Thing == Other, Thing != Other, {Thing: 1}.get(Other), isinstance(3, Thing), isinstance('3', Thing))
try:
    type.__setattr__(int, 'x', 1)
except TypeError as e:
    print('TypeError', e)
