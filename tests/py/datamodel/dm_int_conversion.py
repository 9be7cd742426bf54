# int() uses __int__, then __index__; the result of __int__ must be an int.
class WithInt:
    def __int__(self): return 42
class WithIndex:
    def __index__(self): return 7
class Both:
    def __int__(self): return 1
    def __index__(self): return 2
class Neither: pass
class BadInt:
    def __int__(self): return 'x'
print(int(WithInt()), int(WithIndex()), int(Both()), Both().__index__())
for obj in (Neither(), BadInt()):
    try:
        int(obj)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int(WithInt(), 10)
except TypeError as e:
    print(type(e).__name__, e)
