# Truth testing prefers __bool__, falls back to __len__, and defaults to True.
class WithBool:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
    def __len__(self): return 0
class WithLen:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Neither:
    pass
print(bool(WithBool(True)), bool(WithBool(False)))
print(bool(WithLen(0)), bool(WithLen(3)), bool(Neither()))
for obj in (WithLen(0), WithLen(2)):
    if obj:
        print('truthy', obj.n)
    else:
        print('falsy', obj.n)
print(not WithLen(0), [x.n for x in [WithLen(0), WithLen(1)] if x])
class NoneBool:
    __bool__ = None
    def __len__(self): return 1
try:
    bool(NoneBool())
except TypeError as e:
    print(type(e).__name__, e)
