# Nonempty __slots__ are refused on subclasses of variable-size builtins like int and tuple.
for base in (int, tuple, bytes):
    try:
        type('Derived', (base,), {'__slots__': ('a',)})
        print(base.__name__, 'ok')
    except TypeError as e:
        print(type(e).__name__, e)
class Fine(int):
    __slots__ = ()
print(Fine(3) + 1, hasattr(Fine(3), '__dict__'))
