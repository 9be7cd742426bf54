# repr() and str() of classes and metaclass-customised class reprs.
class A: pass
class Meta(type):
    def __repr__(cls):
        return 'Meta-made ' + cls.__name__
    def __str__(cls):
        return 'str of ' + cls.__name__
class B(metaclass=Meta): pass
print(repr(A), str(A))
print(repr(B), str(B), [B])
print(f'{B} {B!r}')
print(repr(int), repr(type), repr(object), str(Meta))
