# __delattr__ intercepts del and delattr(); object.__delattr__ performs the removal.
class Guarded:
    def __init__(self):
        self.keep = 1
        self.drop = 2
    def __delattr__(self, name):
        print('delattr', name)
        if name == 'keep':
            raise AttributeError('refusing to delete keep')
        object.__delattr__(self, name)
g = Guarded()
del g.drop
print(g.__dict__)
try:
    del g.keep
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(g, 'drop')
except AttributeError as e:
    print(type(e).__name__, e)
print(g.__dict__)
