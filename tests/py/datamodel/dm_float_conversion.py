# float() uses __float__, then __index__; the result must be a float.
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 3
class BadF:
    def __float__(self): return 1
class Neither: pass
print(float(F()), float(I()))
for obj in (BadF(), Neither()):
    try:
        float(obj)
    except TypeError as e:
        print(type(e).__name__, e)
class Big:
    def __index__(self): return 10**400
try:
    float(Big())
except OverflowError as e:
    print(type(e).__name__, e)
print(F().__float__() + 1, round(float(F())))
