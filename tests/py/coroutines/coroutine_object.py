# Coroutine objects: type, cr_ attributes, __await__ wrapper, names and co_flags.
async def g():
    return 1
c = g()
print(type(c).__name__, c.cr_running, c.cr_await, c.cr_frame is not None)
print(c.cr_code.co_name, c.__name__, c.__qualname__, bool(g.__code__.co_flags & 0x80))
print(repr(c).startswith('<coroutine object g at 0x'))
w = c.__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print('stop', e.value)
print(c.cr_frame)
class K:
    async def m(self):
        pass
k = K().m()
print(k.__qualname__)
k.close()
