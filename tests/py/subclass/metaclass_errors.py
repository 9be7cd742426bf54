# Errors of metaclass and type calls, with CPython's messages.
class M(type):
    pass
calls = [lambda: M(), lambda: M(1), lambda: M('a', 2), lambda: type(1, 2),
         lambda: type('a', (), {}, x=1), lambda: type.__new__(1), lambda: type.__new__(M),
         lambda: type.__init__(int), lambda: type('a', (1,), {}), lambda: type('a', (), []),
         lambda: M('x', (bool,), {})]
for f in calls:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
try:
    class K(metaclass=M, extra=1):
        pass
except TypeError as e:
    print('TypeError', e)
print(type(M('ok', (), {})).__name__, M.__class__.__name__, type.__call__(M, 'n', (), {}).__name__)
