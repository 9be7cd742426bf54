# Class keyword arguments reach __prepare__, __new__, __init__ and __init_subclass__.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('init', name, kw)
        super().__init__(name, bases, ns)
class A(metaclass=Meta, flavour='x', size=3):
    pass
class Base:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
class B(Base, tag='b'):
    pass
opts = {'alpha': 1, 'beta': 2}
class C(Base, **opts):
    pass
try:
    class D(bogus=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
