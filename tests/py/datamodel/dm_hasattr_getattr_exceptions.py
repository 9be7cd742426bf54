# hasattr and getattr with a default swallow only AttributeError.
class A:
    @property
    def bad(self):
        raise ValueError('value problem')
    @property
    def missing(self):
        raise AttributeError('attr problem')
a = A()
print(hasattr(a, 'missing'), getattr(a, 'missing', 'default'))
try:
    hasattr(a, 'bad')
except ValueError as e:
    print('hasattr', type(e).__name__, e)
try:
    getattr(a, 'bad', 'default')
except ValueError as e:
    print('getattr', type(e).__name__, e)
class G:
    def __getattr__(self, name):
        raise LookupError(name)
try:
    hasattr(G(), 'x')
except LookupError as e:
    print('hasattr', type(e).__name__, e)
