def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    yield 1

g = agen()
try:
    g.asend(5).send(None)
except TypeError as e:
    print(type(e).__name__, e)
