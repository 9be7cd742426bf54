def f(): pass
def g(): yield
async def c(): pass
async def ag(): yield
def va(*a, **k): pass
def outer():
    def nested(): pass
    return nested
for fn in (f, g, c, ag, va, outer(), lambda: 0):
    print(fn.__code__.co_flags)
print((x for x in []).gi_code.co_flags)
