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
first = g.__anext__()
print(first.send(None))
second = g.__anext__()
try:
    second.send(None)
except RuntimeError as e:
    print(e)
print(g.ag_running)
try:
    first.send(None)
except StopIteration as e:
    print("value", e.value)
print(g.ag_running)
