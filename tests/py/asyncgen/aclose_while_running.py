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
step = g.__anext__()
step.send(None)
closer = g.aclose()
try:
    closer.send(None)
except RuntimeError as e:
    print(e)
try:
    closer.send(None)
except RuntimeError as e:
    print(e)
thrower = g.athrow(ValueError)
try:
    thrower.send(None)
except RuntimeError as e:
    print(e)
