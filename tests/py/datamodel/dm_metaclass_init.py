# A metaclass __init__ runs after __new__ with the same arguments; the class is ready.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print('new', name)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns):
        print('init', name, cls.__name__, sorted([k for k in ns if not k.startswith('_')]))
        super().__init__(name, bases, ns)
        cls.registered = True
class A(metaclass=Meta):
    a = 1
class B(A):
    b = 2
print(A.registered, B.registered)
C = Meta('C', (), {'c': 3})
print(C.c, C.registered)
