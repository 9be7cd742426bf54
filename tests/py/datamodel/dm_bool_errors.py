# __bool__ must return a bool; __len__ must return a non-negative index-sized int.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __init__(self, v): self.v = v
    def __len__(self): return self.v
def attempt(obj):
    try:
        print(bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
attempt(B(1))
attempt(B(None))
attempt(B('yes'))
attempt(L(-1))
attempt(L('3'))
attempt(L(2**100))
attempt(L(1.0))
attempt(L(True))
