# A metaclass __call__ controls instance creation (a singleton), bypassing __init__.
class Singleton(type):
    def __call__(cls, *args, **kw):
        print('Singleton.__call__', cls.__name__, args, kw)
        if 'instance' not in cls.__dict__:
            cls.instance = super().__call__(*args, **kw)
        return cls.instance
class Config(metaclass=Singleton):
    def __init__(self, value):
        print('Config.__init__', value)
        self.value = value
a = Config(1)
b = Config(2)
print(a is b, a.value)
class Returns(type):
    def __call__(cls, *args):
        return ('not an instance', args)
class X(metaclass=Returns):
    def __init__(self):
        print('never')
print(X(1, 2))
