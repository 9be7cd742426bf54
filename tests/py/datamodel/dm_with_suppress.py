# __exit__ returning a true value suppresses the exception; a false one lets it propagate.
class CM:
    def __init__(self, result): self.result = result
    def __enter__(self): return self
    def __exit__(self, exc_type, exc, tb):
        print('exit', exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.result
with CM(True):
    raise ValueError('suppressed')
print('after suppressed')
with CM('non-empty string'):
    raise KeyError('also suppressed')
try:
    with CM(0):
        raise ValueError('propagates')
except ValueError as e:
    print('caught', e)
try:
    with CM(None):
        1 / 0
except ZeroDivisionError as e:
    print('caught', type(e).__name__)
def f():
    for i in range(3):
        with CM(True):
            if i == 1:
                raise RuntimeError(i)
    return 'finished'
print(f())
