# An exception from __enter__ skips the body and __exit__; one from __exit__ replaces the original.
class EnterFails:
    def __enter__(self): raise ValueError('enter failed')
    def __exit__(self, *a):
        print('exit should not run')
try:
    with EnterFails():
        print('body should not run')
except ValueError as e:
    print(type(e).__name__, e)
class ExitFails:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        raise KeyError('from exit')
try:
    with ExitFails():
        raise IndexError('from body')
except KeyError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)
try:
    with ExitFails():
        pass
except KeyError as e:
    print(type(e).__name__, e, e.__context__)
