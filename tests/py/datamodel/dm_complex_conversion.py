# complex() uses __complex__, then __float__, then __index__; results are type-checked.
class C:
    def __complex__(self): return 1 + 2j
class F:
    def __float__(self): return 1.5
class I:
    def __index__(self): return 4
class BadC:
    def __complex__(self): return 5
class Neither: pass
print(complex(C()), complex(F()), complex(I()), complex(F(), F()), complex(1, I()))
for obj in (BadC(), Neither()):
    try:
        complex(obj)
    except TypeError as e:
        print(type(e).__name__, e)
