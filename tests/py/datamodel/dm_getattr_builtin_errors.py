# getattr/setattr/hasattr/delattr argument errors and error messages.
class A: pass
a = A()
def attempt(label, fn):
    try:
        print(label, fn())
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)
attempt('getattr int name', lambda: getattr(a, 1))
attempt('getattr missing', lambda: getattr(a, 'nope'))
attempt('getattr no args', lambda: getattr(a))
attempt('hasattr int name', lambda: hasattr(a, None))
attempt('setattr int name', lambda: setattr(a, 2, 3))
attempt('delattr int name', lambda: delattr(a, 2.5))
attempt('delattr missing', lambda: delattr(a, 'nope'))
attempt('getattr class missing', lambda: getattr(A, 'nope'))
attempt('getattr int attr', lambda: getattr(5, 'nope'))
attempt('setattr int attr', lambda: setattr(5, 'real', 1))
attempt('setattr builtin type', lambda: setattr(int, 'x', 1))
attempt('delattr builtin type', lambda: delattr(str, 'upper'))
attempt('getattr default', lambda: getattr(a, 'nope', None))
