# math's conversions: __float__, __index__, __ceil__/__floor__/__trunc__, int and float subclasses.
import math

def t(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
    else:
        print(f.__name__, repr(r), type(r).__name__)

class F:
    def __float__(self):
        return 2.25
class I:
    def __index__(self):
        return 7
class FI:
    def __float__(self):
        return 2
class Both:
    def __float__(self):
        return 0.5
    def __index__(self):
        return 100
class C:
    def __ceil__(self):
        return 'ceil'
    def __floor__(self):
        return 'floor'
    def __trunc__(self):
        return 'trunc'
class Bad:
    def __float__(self):
        raise RuntimeError('boom')
class SF(float):
    def __float__(self):
        return 9.0
    def __floor__(self):
        return 'SF floor'
class SI(int):
    def __float__(self):
        return 9.0
    def __ceil__(self):
        return 'SI ceil'
class BigI:
    def __index__(self):
        return 10**400

t(math.sqrt, F()); t(math.sqrt, I()); t(math.sqrt, FI()); t(math.sqrt, Both()); t(math.sqrt, Bad())
t(math.ceil, C()); t(math.floor, C()); t(math.trunc, C()); t(math.ceil, F()); t(math.floor, I())
t(math.trunc, F()); t(math.trunc, I()); t(math.sqrt, SF(4.0)); t(math.sqrt, SI(4)); t(math.floor, SF(2.5))
t(math.ceil, SF(2.5)); t(math.ceil, SI(3)); t(math.floor, SI(3)); t(math.trunc, SI(3)); t(math.trunc, SF(2.5))
t(math.log, I()); t(math.log, SI(4)); t(math.log, BigI()); t(math.log2, F()); t(math.factorial, I()); t(math.ldexp, 1.0, I())
t(math.ldexp, F(), SI(3)); t(math.isclose, F(), 2.25); t(math.hypot, F(), I()); t(math.fsum, [F(), I(), SI(1)])
t(math.pow, F(), I()); t(math.atan2, SI(1), SF(1.0)); t(math.frexp, I()); t(math.modf, F()); t(math.gcd, SI(12), I())
t(math.floor, True); t(math.ceil, False); t(math.trunc, True); t(math.sqrt, True); t(math.exp, BigI())
