# A metaclass's __new__ and __init__ run when a class statement executes.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print('Meta.__new__', mcls.__name__, name, [b.__name__ for b in bases], sorted([k for k in ns if not k.startswith("__")]))
        ns['added'] = 'by meta'
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
        cls.initialised = True

class A(metaclass=Meta):
    x = 1
    def f(self):
        return 'f'

class B(A):
    y = 2

print(type(A).__name__, type(B).__name__, A.added, B.initialised, B().f(), isinstance(A, Meta))
print(B.__mro__, B.x, B.y)
