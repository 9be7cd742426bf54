# __prepare__ supplies the class-body namespace; it sees every assignment in order.
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        self.order.append(key)
        super().__setitem__(key, value)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print('prepare', name, bases)
        return Recorder()
    def __new__(mcls, name, bases, ns):
        print(type(ns).__name__, ns.order)
        return super().__new__(mcls, name, bases, dict(ns))
class A(metaclass=Meta):
    z = 1
    a = 2
    z = 3
    def m(self): pass
print(A.z, type(A.__dict__).__name__)
