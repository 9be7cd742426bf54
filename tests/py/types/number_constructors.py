# int(), float(), complex() and bool() from every kind of argument, with CPython's errors.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 7
class IntLike:
    def __int__(self):
        return 9
class BadInt:
    def __int__(self):
        return "x"
class Flt:
    def __float__(self):
        return 2.5
class BadFlt:
    def __float__(self):
        return 1
class Cpx:
    def __complex__(self):
        return 1 + 2j
class BadCpx:
    def __complex__(self):
        return 5
for args in [(), (" 12 ",), ("0x1f", 0), ("0x1f", 16), ("1f", 16), (b"12", 8), (bytearray(b"z"), 36),
             (3.9,), (-3.9,), (1e30,), ("1e5",), ("١٢",), ("1_000",), ("1__0",), ("0b101", 0),
             ("010", 0), ("0", 0), ("-0x_1", 0), (True,), (Idx(),), (IntLike(),), (BadInt(),),
             (5, 10), ("1", 1), ("1", 37), ("1", 2 ** 100), ("1", 1.5), (None,), ([],),
             (float("inf"),), (float("nan"),), ("", ), ("  ",), ("+", ), ("12", 0)]:
    attempt(lambda: int(*args))
attempt(lambda: int(x=1))
attempt(lambda: int(1, 2, 3))
attempt(lambda: int(base=10))
attempt(lambda: int("11", base=2))
for args in [(), (" -InFiNity ",), ("nan",), ("-nan",), ("+inf",), ("infinit",), ("1_000.5",),
             (b" 1.5 ",), (bytearray(b"2"),), ("١٢.٥",), (10 ** 400,), (2 ** 53 + 1,), (Flt(),),
             (BadFlt(),), (Idx(),), (None,), ("1e500",), ("-1e-500",), (".5",), ("5.",), (".",),
             ("1__0",), (1j,)]:
    attempt(lambda: float(*args))
attempt(lambda: float(x=1))
attempt(lambda: float(1, 2))
for args in [(), (2,), (2, 3), (1.5, -0.5), ("2-3j",), ("  ( 1+2j )  ",), ("(1+2j",), ("1+2j)",),
             ("j",), ("-j",), ("1-j",), ("nan-infj",), ("1e",), ("",), (".j",), ("1.j",),
             ("1_0+2_0j",), ("1__2j",), ("1e500j",), ("١+٢j",), ("1 + 2j",), ("x", 1),
             (None,), (1, None), (1j, 1j), (1, 1j), (1, -0.0), (-0.0, -0.0), (Flt(),),
             (Cpx(),), (BadCpx(),), (b"1",), (10 ** 400,), ("1", 2), (1, "2"), (1j,)]:
    attempt(lambda: complex(*args))
attempt(lambda: complex(real=1, imag=2))
attempt(lambda: complex(imag=2))
attempt(lambda: complex(real="1"))
attempt(lambda: complex(imag="1"))
attempt(lambda: complex(x=1))
attempt(lambda: complex(1, 2, 3))
print(-(0j), -0j, 0j * -1, complex("-0-0j"), complex(-0.0, 0), 1e300j * 1e300, -(1 - 1j))
print(~True, True & 1, True ^ True, -True, +False, True + True, True * 2.5, True / 2, 3 // True)
attempt(lambda: bool(1, 2))
attempt(lambda: bool(x=1))
