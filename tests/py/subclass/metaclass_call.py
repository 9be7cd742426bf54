# A metaclass's __call__ controls instance creation: a singleton.
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in Singleton._instances:
            print('creating', cls.__name__, args, kwargs)
            Singleton._instances[cls] = super().__call__(*args, **kwargs)
        return Singleton._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, value, flag=False):
        self.value = value
        self.flag = flag

a = Config(1, flag=True)
b = Config(2)
print(a is b, a.value, b.flag, type(a).__name__)
class Counted(type):
    def __call__(cls, *args):
        obj = type.__call__(cls, *args)
        obj.via = 'meta'
        return obj
class P(metaclass=Counted):
    def __init__(self, n):
        self.n = n
p = P(5)
print(p.n, p.via)
