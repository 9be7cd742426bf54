# Dunder methods of a metaclass act on its classes: an enum-like registry.
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = [k for k in ns if not k.startswith('_')]
        return cls
    def __iter__(cls):
        return iter([getattr(cls, k) for k in cls._members])
    def __len__(cls):
        return len(cls._members)
    def __getitem__(cls, name):
        return getattr(cls, name)
    def __contains__(cls, value):
        return value in list(cls)
    def __repr__(cls):
        return '<enum %s>' % cls.__name__
    def __bool__(cls):
        return False

class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2

print(list(Color), len(Color), Color['GREEN'], 2 in Color, 5 in Color, repr(Color), Color, bool(Color))
print([Color], str(Color), sorted(Color), 'RED' in Color._members)
