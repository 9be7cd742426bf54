# When both sides return NotImplemented, TypeError names the operator symbol and both types.
class A:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
class B: pass
tests = [
    ('+', lambda: A() + B()), ('-', lambda: A() - B()), ('*', lambda: A() * 2),
    ('@', lambda: A() @ B()), ('/', lambda: 1 / A()), ('//', lambda: A() // 1.0),
    ('%', lambda: A() % B()), ('**', lambda: A() ** B()),
    ('<<', lambda: A() << 1), ('>>', lambda: None >> A()), ('&', lambda: A() & B()),
    ('^', lambda: A() ^ B()), ('|', lambda: A() | B()), ('divmod', lambda: divmod(A(), B())),
    ('pow3', lambda: pow(A(), 2, 3)), ('radd', lambda: 1 + A()),
]
for label, fn in tests:
    try:
        fn()
    except TypeError as e:
        print(label, '->', e)
