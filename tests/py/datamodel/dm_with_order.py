# Nested managers exit in reverse order; an inner suppression hides the error from the outer.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        return self.suppress
with CM('outer'), CM('middle'), CM('inner', suppress=True):
    raise ValueError('x')
print('---')
try:
    with CM('a', suppress=True), CM('b'):
        raise TypeError('y')
    print('after with, suppressed by a')
except TypeError:
    print('not reached')
