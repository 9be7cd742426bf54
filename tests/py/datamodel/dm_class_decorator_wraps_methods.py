# A class decorator that rewraps every method of the class it receives.
def logged(cls):
    for name, value in list(vars(cls).items()):
        if callable(value) and not name.startswith('__'):
            def make(fn, name=name):
                def wrapper(self, *a):
                    print('call', name, a)
                    return fn(self, *a)
                return wrapper
            setattr(cls, name, make(value))
    return cls
@logged
class Calc:
    def add(self, a, b):
        return a + b
    def neg(self, a):
        return -a
c = Calc()
print(c.add(2, 3), c.neg(4))
print(Calc.add.__name__)
