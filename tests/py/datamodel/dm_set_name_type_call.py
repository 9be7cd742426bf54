# __set_name__ also runs for type(name, bases, ns) and through metaclasses, after __new__.
class Tracker:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
T = type('T', (), {'a': Tracker(), 'b': 5, 'c': Tracker()})
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print('Meta.__new__ start', name)
        cls = super().__new__(mcls, name, bases, ns)
        print('Meta.__new__ end', name)
        return cls
    def __init__(cls, name, bases, ns):
        print('Meta.__init__', name)
class U(metaclass=Meta):
    t = Tracker()
class NotCallable:
    __set_name__ = 5
try:
    class V:
        n = NotCallable()
except Exception as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
