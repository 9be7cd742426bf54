# __getattribute__ defined in Python intercepts every attribute read, method loads
# included, and falls back to __getattr__ on AttributeError.
class G:
    def __init__(self):
        self.real = 1
    def __getattribute__(self, n):
        if n == 'magic':
            return 42
        if n == 'boom':
            raise KeyError(n)
        return object.__getattribute__(self, n)
    def __getattr__(self, n):
        return 'missing:' + n
    def meth(self):
        return 'meth'
g = G()
print(g.magic, g.real, g.other, g.meth())
try:
    g.boom
except KeyError as e:
    print('KeyError', e)
print(getattr(g, 'magic'), hasattr(g, 'anything'))
class Log:
    def __getattribute__(self, n):
        print('get', n)
        return object.__getattribute__(self, n)
    def f(self):
        return 'f'
l = Log()
print(l.f())
class Sub(Log):
    pass
print(Sub().f())
