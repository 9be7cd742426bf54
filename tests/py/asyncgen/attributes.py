def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Suspend:
    def __await__(self):
        yield "s"

async def agen():
    await Suspend()
    yield 1

g = agen()
print(g.__name__, g.__qualname__)
print(g.ag_code is agen.__code__)
print(g.ag_running, g.ag_await)
print(type(g.ag_frame).__name__)
aw = g.__anext__()
aw.send(None)
print(g.ag_running, type(g.ag_await).__name__)
try:
    aw.send(None)
except StopIteration:
    pass
print(g.ag_running, g.ag_await)
print(hasattr(g, "gi_code"), hasattr(g, "cr_code"))
print(agen.__code__.co_flags & 0x200 != 0)
