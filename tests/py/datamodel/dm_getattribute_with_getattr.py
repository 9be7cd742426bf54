# __getattr__ runs when __getattribute__ raises AttributeError, and only then.
class A:
    def __getattribute__(self, name):
        if name.startswith('hidden'):
            raise AttributeError('hidden: ' + name)
        if name == 'boom':
            raise KeyError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'getattr saw ' + name
a = A()
a.visible = 'v'
a.hidden_x = 'secret'
print(a.visible, a.hidden_x, a.nothing)
try:
    a.boom
except KeyError as e:
    print(type(e).__name__, e)
print(object.__getattribute__(a, 'hidden_x'))
