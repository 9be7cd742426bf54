# An AttributeError raised inside a property getter falls back to __getattr__.
class A:
    @property
    def broken(self):
        raise AttributeError('inner problem')
    @property
    def other_error(self):
        raise KeyError('k')
    def __getattr__(self, name):
        return 'fallback for ' + name
a = A()
print(a.broken)
try:
    a.other_error
except KeyError as e:
    print(type(e).__name__, e)
class B:
    @property
    def broken(self):
        raise AttributeError('no fallback here')
try:
    B().broken
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(B(), 'broken'), getattr(B(), 'broken', 'default'))
