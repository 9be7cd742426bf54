# Constructing dict subclasses: keyword arguments, __init__ overrides, fromkeys.
class D(dict):
    pass

print(D(a=1), D([(1, 2)], b=3), D({'x': 0}), D(), type(D(a=1)).__name__)
print(D.fromkeys('ab'), type(D.fromkeys('ab')).__name__, D.fromkeys([1], 0))

class Config(dict):
    def __init__(self, name, **values):
        super().__init__(**values)
        self.name = name
c = Config('cfg', debug=True, level=2)
print(c, c.name, c['level'], type(c).__name__, len(c))

class Lazy(dict):
    def __init__(self, *args, **kwargs):
        dict.__init__(self, *args, **kwargs)
print(Lazy([('k', 'v')], z=1), Lazy())
