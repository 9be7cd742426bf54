# __classcell__ appears in the namespace a metaclass sees; type.__new__ fills the cell.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print(name, '__classcell__' in ns)
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=Meta):
    def f(self):
        return __class__
class B(metaclass=Meta):
    def g(self):
        return 1
print(A().f() is A, '__classcell__' in A.__dict__)
class Bad(type):
    def __new__(mcls, name, bases, ns):
        ns = dict(ns)
        ns.pop('__classcell__', None)
        return super().__new__(mcls, name, bases, ns)
try:
    class C(metaclass=Bad):
        def f(self):
            return __class__
    print(C().f())
except (RuntimeError, NameError) as e:
    print(type(e).__name__, e)
