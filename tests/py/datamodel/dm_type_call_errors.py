# Argument errors of type() with the wrong number or kinds of arguments.
def attempt(*args, **kw):
    try:
        r = type(*args, **kw)
        print('ok', r.__name__ if isinstance(r, type) else r)
    except TypeError as e:
        print(type(e).__name__, e)
attempt()
attempt('A', ())
attempt(1, (), {})
attempt('A', 1, {})
attempt('A', (), [])
attempt('A', (1,), {})
attempt('A', (), {}, 4)
attempt(5)
attempt('A', (bool,), {})
attempt('A', (), {}, extra=1)
