# A descriptor __get__ raising AttributeError falls back to __getattr__.
class Flaky:
    def __get__(self, obj, owner):
        if obj is None:
            return self
        if obj.ready:
            return 'ready'
        raise AttributeError('not ready')
class A:
    value = Flaky()
    def __init__(self, ready):
        self.ready = ready
    def __getattr__(self, name):
        return 'getattr(%s)' % name
print(A(True).value, A(False).value)
class B:
    value = Flaky()
    ready = False
try:
    B().value
except AttributeError as e:
    print(type(e).__name__, e)
