# CPython's checks on the class passed to a built-in __new__.
class L(list):
    pass
class I(int):
    pass
class J(I):
    def __new__(cls, v):
        return super().__new__(cls, v)
class E(ValueError):
    pass
calls = [lambda: object.__new__(L), lambda: object.__new__(I), lambda: object.__new__(J),
         lambda: object.__new__(E), lambda: int.__new__(bool), lambda: int.__new__(str),
         lambda: int.__new__(5), lambda: int.__new__(), lambda: list.__new__(I),
         lambda: tuple.__new__(L), lambda: str.__new__(I, 'x'), lambda: dict.__new__(list)]
for f in calls:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
print(int.__new__(J, 3), type(int.__new__(J, 3)).__name__, list.__new__(L), type(list.__new__(L)).__name__)
