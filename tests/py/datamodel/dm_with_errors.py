# with on objects lacking __enter__ or __exit__ raises CPython 3.11's TypeError.
class NoEnter:
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): return self
class Nothing: pass
for obj in (NoEnter(), NoExit(), Nothing(), 5):
    try:
        with obj:
            print('body should not run')
    except TypeError as e:
        print(type(e).__name__, e)
class BadExitSig:
    def __enter__(self): return self
    def __exit__(self): return True
try:
    with BadExitSig():
        pass
except TypeError as e:
    print(type(e).__name__, e)
