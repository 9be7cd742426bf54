# Class keyword arguments reach the metaclass and __init_subclass__.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print('new', name, kwargs)
        return super().__new__(mcls, name, bases, ns, **kwargs)
    def __init__(cls, name, bases, ns, **kwargs):
        print('init', name, kwargs)
        super().__init__(name, bases, ns, **kwargs)

class Base(metaclass=Meta):
    def __init_subclass__(cls, **kwargs):
        print('init_subclass', cls.__name__, kwargs)
        cls.options = kwargs

class Child(Base, color='red', size=2):
    pass

print(Child.options, type(Child).__name__)
try:
    type.__init__(Child, 'x', (), {}, bad=1)
    print('type.__init__ accepts keywords with 3 arguments')
    type.__init__(Child, 'x', bad=1)
except TypeError as e:
    print('TypeError', e)
