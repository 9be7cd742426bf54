# Invalid __slots__ declarations raise CPython's errors at class creation.
def attempt(ns):
    try:
        type('K', (), ns)
        print('ok')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
attempt({'__slots__': ('x',), 'x': 1})
attempt({'__slots__': ('x', 'x')})
attempt({'__slots__': (1,)})
attempt({'__slots__': ('not valid',)})
attempt({'__slots__': ('__dict__', '__dict__')})
attempt({'__slots__': 3})
attempt({'__slots__': ()})
