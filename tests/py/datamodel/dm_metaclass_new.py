# A metaclass __new__ sees name, bases and namespace, and can rewrite the namespace.
class Upper(type):
    def __new__(mcls, name, bases, ns):
        print('Upper.__new__', mcls.__name__, name, [b.__name__ for b in bases])
        print(sorted([k for k in ns if not k.startswith('__')]))
        fixed = {}
        for k, v in ns.items():
            fixed[k if k.startswith('__') else k.upper()] = v
        return super().__new__(mcls, name, bases, fixed)
class A(metaclass=Upper):
    greeting = 'hi'
    def shout(self):
        return 'HEY'
print(A.GREETING, A().SHOUT(), hasattr(A, 'greeting'))
class B(A):
    other = 1
print(B.OTHER, type(B).__name__)
