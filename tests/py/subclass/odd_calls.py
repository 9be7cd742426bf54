# Odd calls on subclasses and built-in constructors: every one ends in CPython's
# result or exception, never a crash.
class I(int): pass
class L(list): pass
class M(type): pass
class P(property): pass
class S(str): pass
calls = [
 lambda: list.__init__(5), lambda: dict.__init__(I(1)), lambda: bytearray.__init__(5), lambda: property.__init__(5),
 lambda: classmethod.__init__(5, 1), lambda: int.__new__(I, 'x'), lambda: object.__new__(type), lambda: type.__new__(M, 'x', (I,), {}),
 lambda: type.__new__(type, 'x', (L, I), {}), lambda: L.__new__(L).__dict__, lambda: I.__new__(I, 2**70).__dict__,
 lambda: setattr(L(), '__class__', I), lambda: setattr(I(1), '__class__', type('J', (int,), {'__slots__': ()})),
 lambda: setattr(M('a', (), {}), '__class__', type('M2', (type,), {})), lambda: P.__new__(P).fget,
 lambda: P().__get__(1), lambda: P()(1), lambda: S.__new__(S, b'\xff', 'utf-8'), lambda: S('\ud800'),
 lambda: repr(S('\ud800')), lambda: len(S('a\ud800b')), lambda: str(S('\ud800')) == '\ud800',
 lambda: type.__call__(5), lambda: type.__setattr__(5, 'a', 1), lambda: type.__init__(M, 1, 2, 3, x=1),
 lambda: int.__new__(M), lambda: list.__new__(M), lambda: tuple.__new__(I), lambda: frozenset.__new__(I),
 lambda: set.__new__(frozenset), lambda: frozenset.__new__(set), lambda: staticmethod.__new__(classmethod),
 lambda: classmethod.__new__(staticmethod), lambda: property.__new__(classmethod),
 lambda: vars(I(1)), lambda: I(1).__dict__.update(a=1), lambda: setattr(I(1), '__dict__', L()),
 lambda: delattr(L(), '__dict__'), lambda: delattr(L(), '__class__'), lambda: type('T', (tuple,), {'__slots__': ('a',)}),
 lambda: type('X', (), {'__slots__': ('__dict__',)})().__dict__, lambda: hash(type('H', (list,), {'__hash__': lambda s: 2**100})()),
 lambda: len(type('N', (list,), {'__len__': lambda s: 2**100})()), lambda: bool(type('B', (list,), {'__bool__': lambda s: 1})()),
 lambda: iter(type('It', (list,), {'__iter__': lambda s: 5})()), lambda: type('R', (str,), {'__repr__': lambda s: 5})().__repr__(),
 lambda: repr(type('R', (str,), {'__repr__': lambda s: 5})()), lambda: str(type('R', (int,), {'__str__': lambda s: 5})()),
]
for i, f in enumerate(calls):
    try:
        r = f()
        print(i, 'ok', type(r).__name__)
    except Exception as e:
        print(i, type(e).__name__, e)
