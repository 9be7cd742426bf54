# __getattribute__ sees every attribute read, including methods and existing attributes.
class Spy:
    def __init__(self):
        self.x = 1
    def method(self):
        return 'method result'
    def __getattribute__(self, name):
        print('getattribute', name)
        return object.__getattribute__(self, name)
s = Spy()
print(s.x)
print(s.method())
print(getattr(s, 'x'), hasattr(s, 'method'))
try:
    s.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(type(s).__name__)
