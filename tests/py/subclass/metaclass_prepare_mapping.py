# __prepare__ can pre-fill the namespace; a callable metaclass need not be a type;
# a non-mapping namespace is refused.
class Injecting(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {'base_value': 10}

class A(metaclass=Injecting):
    doubled = base_value * 2
print(A.base_value, A.doubled)

def describe(name, bases, ns):
    return name + ':' + ','.join(sorted([k for k in ns if not k.startswith('__')]))
class B(metaclass=describe):
    x = 1
    def f(self):
        pass
print(B, type(B).__name__)

class Bad(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class C(metaclass=Bad):
        pass
except TypeError as e:
    print('TypeError', e)
print(type.__prepare__('x', ()), Injecting.__prepare__('y', ()))
