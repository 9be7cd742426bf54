# __new__ in an exception subclass, and BaseException.__new__ checks.
class Cached(Exception):
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls, *args)
        return cls._instance

a, b = Cached('first'), Cached('second')
print(a is b, a.args, b)
try:
    BaseException.__new__(int)
except TypeError as e:
    print('TypeError', e)
class E(Exception):
    pass
print(repr(Exception.__new__(E, 1, 2)))
