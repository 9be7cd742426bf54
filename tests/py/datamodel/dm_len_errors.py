# len() errors: no __len__, negative, non-integer and oversized results.
class L:
    def __init__(self, v): self.v = v
    def __len__(self): return self.v
class NoLen: pass
class Idx:
    def __index__(self): return 4
def attempt(obj):
    try:
        print(len(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
attempt(NoLen())
attempt(L(3))
attempt(L(-5))
attempt(L(2**64))
attempt(L(3.0))
attempt(L(Idx()))
attempt(L(None))
attempt(5)
