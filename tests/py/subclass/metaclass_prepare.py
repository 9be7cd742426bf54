# __prepare__ supplies the class namespace; a dict subclass sees every assignment.
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith('__'):
            self.order.append(key)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print('prepare', name, kwargs)
        return Recording()
    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls

class Form(metaclass=Meta, strict=True):
    zeta = 1
    alpha = 2
    def method(self):
        pass
    zeta = 3

print(Form.order, Form.zeta, type(Form).__name__)
